import { RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import { SharedReadings, type ReadModelsAdvanced } from '#accord/projections';
import { takeWhile, type Observable } from 'rxjs';
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
  private readonly readings: SharedReadings<LiveTally>;

  constructor(
    private readonly dataSource: DataSource,
    advanced: ReadModelsAdvanced,
  ) {
    this.readings = new SharedReadings(advanced, [resolutionsProjection.name]);
  }

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
   * The tally now, then again whenever it changes, until voting has ended; the changes come from
   * one source per resolution, shared by every watcher of it.
   */
  watch(resolutionId: string): Observable<LiveTally> {
    return this.readings.watch(resolutionId, () => this.current(resolutionId)).pipe(takeWhile((tally) => tally.status === 'voting', true));
  }
}
