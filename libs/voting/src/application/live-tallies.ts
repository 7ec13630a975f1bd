import { RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import { concat, exhaustMap, filter, from, of, switchMap, takeWhile, timer, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { BallotRecord } from '../domain/ballot/ballot.events.js';
import { tally, type VoteOutcome } from '../domain/tally.js';
import { describeThreshold, RULE_TITLES, type Threshold, type VotingRule } from '../domain/thresholds.js';
import { ResolutionBallotRow, ResolutionRow } from './resolutions.projection.js';

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

/** The ballot that counts now, as the tally reads it: the last event of the organization's stream. */
const asCounted = (row: ResolutionBallotRow): BallotRecord => ({
  eventId: row.eventId,
  type: 'BallotCast',
  data: {
    resolutionId: row.resolutionId,
    organizationId: row.organizationId,
    choice: row.choice,
    recordAgainst: row.recordAgainst,
    castBy: row.castBy,
    proxy: row.proxy,
    castAt: row.castAt.toISOString(),
  },
});

/** The tally of a vote as the read model stands, counted by the domain's own rule from each organization's last ballot. */
export class LiveTallies {
  constructor(private readonly dataSource: DataSource) {}

  async current(resolutionId: string): Promise<LiveTally> {
    const row = await this.dataSource.getRepository(ResolutionRow).findOneBy({ id: resolutionId });
    if (!row) throw new RecordNotFound('resolution', resolutionId);
    if (row.voting === null) {
      throw new DomainRuleViolation('VOTING_NOT_OPEN', { ru: 'Голосование ещё не открыто', en: 'Voting has not opened' });
    }
    const { electorate, rule, quorum, closesAt } = row.voting;
    const ballots = await this.dataSource.getRepository(ResolutionBallotRow).find({ where: { resolutionId }, order: { organizationId: 'ASC' } });
    const counted = tally({ electorate, rule, quorum, ballots: ballots.map(asCounted) });
    return {
      resolutionId,
      status: row.status,
      closesAt,
      rule,
      ruleTitle: RULE_TITLES[rule],
      electorateSize: counted.electorateSize,
      participants: counted.participants,
      participation: counted.electorateSize === 0 ? 0 : counted.participants / counted.electorateSize,
      quorum: { ...quorum, title: describeThreshold(quorum), reached: counted.quorumReached },
      for: counted.for,
      against: counted.against,
      abstain: counted.abstain,
      outcome: counted.outcome,
      final: row.status === 'closed',
      reason: counted.reason,
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

  /** Changes whenever the resolution or any of its ballots does: every row keeps the version it applied. */
  private async fingerprint(resolutionId: string): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT r.version AS version,
              (SELECT count(*) FROM resolution_ballots b WHERE b.resolution_id = r.id) AS ballots,
              (SELECT coalesce(sum(b.version), 0) FROM resolution_ballots b WHERE b.resolution_id = r.id) AS changes
         FROM resolutions r WHERE r.id = $1`,
      [resolutionId],
    )) as { version: number; ballots: string; changes: string }[];
    return row ? `${row.version}:${row.ballots}:${row.changes}` : 'none';
  }
}
