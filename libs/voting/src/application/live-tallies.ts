import { RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import { concat, exhaustMap, filter, from, of, switchMap, takeWhile, timer, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { verdictOf, type VoteOutcome } from '../domain/tally.js';
import { describeThreshold, RULE_TITLES, type Threshold, type VotingRule } from '../domain/thresholds.js';
import { ResolutionRow, ResolutionTallyRow } from './resolutions.projection.js';

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
  constructor(private readonly dataSource: DataSource) {}

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
   * The tally now and again whenever the read model applies a ballot or a change of the
   * resolution (looked for every `intervalMilliseconds`); it ends once voting has ended.
   */
  watch(resolutionId: string, intervalMilliseconds = 200): Observable<LiveTally> {
    // The fingerprint of the first tally is read before it, so a ballot landing in between is sent once more, never missed.
    const first = async () => {
      const fingerprint = await this.fingerprint(resolutionId);
      return { fingerprint, tally: await this.current(resolutionId) };
    };
    return from(first()).pipe(
      switchMap(({ fingerprint, tally }) => {
        if (tally.status !== 'voting') return of(tally);
        let seen = fingerprint;
        return concat(
          of(tally),
          timer(intervalMilliseconds, intervalMilliseconds).pipe(
            exhaustMap(() => from(this.fingerprint(resolutionId))),
            filter((changed) => changed !== seen),
            exhaustMap((changed) => {
              seen = changed;
              return from(this.current(resolutionId));
            }),
            takeWhile((current) => current.status === 'voting', true),
          ),
        );
      }),
    );
  }

  /** Changes whenever the tally does: its row moves its revision with every change. */
  private async fingerprint(resolutionId: string): Promise<string> {
    const row = await this.dataSource.getRepository(ResolutionTallyRow).findOne({ select: { revision: true }, where: { resolutionId } });
    return row ? String(row.revision) : 'none';
  }
}
