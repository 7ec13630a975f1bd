import { RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import type { ReadModelsAdvanced } from '#accord/projections';
import { concat, defer, distinctUntilChanged, finalize, from, Observable, of, share, switchMap, takeWhile } from 'rxjs';
import type { DataSource } from 'typeorm';
import { verdictOf, type VoteOutcome } from '../domain/tally.js';
import { describeThreshold, RULE_TITLES, type Threshold, type VotingRule } from '../domain/thresholds.js';
import { ResolutionRow, ResolutionTallyRow, resolutionsProjection } from './resolutions.projection.js';

export interface LiveTally {
  readonly resolutionId: string;
  readonly status: ResolutionRow['status'];
  readonly closesAt: string;
  readonly rule: VotingRule;
  readonly ruleTitle: BilingualText;
  readonly electorateSize: number;
  readonly participants: number;
  /** Participants as a share of the electorate, from 0 to 1. */
  readonly participation: number;
  readonly quorum: Threshold & { readonly title: BilingualText; readonly reached: boolean };
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** What the outcome would be if voting closed now; final only once it has closed. */
  readonly outcome: VoteOutcome;
  readonly final: boolean;
  readonly reason: BilingualText;
}

/** The tally of a vote as the read model stands: its maintained figures, judged by the domain's own rule. */
export class LiveTallies {
  private readonly sources = new Map<string, Observable<LiveTally>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly advanced: ReadModelsAdvanced,
  ) {}

  async current(resolutionId: string): Promise<LiveTally> {
    const row = await this.dataSource.getRepository(ResolutionTallyRow).findOneBy({ resolutionId });
    if (!row) {
      if (!(await this.dataSource.getRepository(ResolutionRow).existsBy({ id: resolutionId }))) throw new RecordNotFound('resolution', resolutionId);
      throw new DomainRuleViolation('VOTING_NOT_OPEN', { ru: 'Голосование ещё не открыто', en: 'Voting has not opened' });
    }
    const { rule, quorum, electorateSize, participants } = row;
    const verdict = verdictOf({ electorateSize, participants, for: row.for }, { rule, quorum });
    return {
      resolutionId,
      status: row.status,
      closesAt: row.closesAt,
      rule,
      ruleTitle: RULE_TITLES[rule],
      electorateSize,
      participants,
      participation: electorateSize === 0 ? 0 : participants / electorateSize,
      quorum: { ...quorum, title: describeThreshold(quorum), reached: verdict.quorumReached },
      for: row.for,
      against: row.against,
      abstain: row.abstain,
      outcome: verdict.outcome,
      final: row.status === 'closed',
      reason: verdict.reason,
    };
  }

  /**
   * The tally now, then again whenever it changes, until voting has ended. The first tally is read
   * for this watcher alone (so it is as fresh as its `minPosition`); the changes come from one
   * source per resolution, shared by every watcher of it.
   */
  watch(resolutionId: string): Observable<LiveTally> {
    return defer(() => from(this.current(resolutionId))).pipe(
      switchMap((first) =>
        first.status !== 'voting'
          ? of(first)
          : concat(of(first), this.changes(resolutionId)).pipe(
              distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
              takeWhile((current) => current.status === 'voting', true),
            ),
      ),
    );
  }

  /**
   * The tally of one resolution read once per move of the resolutions projection's checkpoint,
   * however many watch it; moves that arrive during a read are folded into one more read.
   */
  private changes(resolutionId: string): Observable<LiveTally> {
    let source = this.sources.get(resolutionId);
    if (!source) {
      source = new Observable<LiveTally>((subscriber) => {
        let reading = false;
        let again = false;
        const read = async () => {
          if (reading) {
            again = true;
            return;
          }
          reading = true;
          do {
            again = false;
            try {
              subscriber.next(await this.current(resolutionId));
            } catch (error) {
              subscriber.error(error);
              return;
            }
          } while (again && !subscriber.closed);
          reading = false;
        };
        return this.advanced.subscribe((move) => {
          if (move.projection === resolutionsProjection.name) void read();
        });
      }).pipe(
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        finalize(() => this.sources.delete(resolutionId)),
        share(),
      );
      this.sources.set(resolutionId, source);
    }
    return source;
  }
}
