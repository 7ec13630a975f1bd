import { unreachable } from '#accord/kernel';
import type { RecordedEvent } from '#accord/ledger';
import type { Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { BallotChoice, BallotEvent, ProxyReference } from '../domain/ballot/ballot.events.js';
import type { Motion } from '../domain/motion.js';
import type { ResolutionEvent, VotingArrangements, VotingResult } from '../domain/resolution/resolution.events.js';
import type { ConsequenceState, ResolutionState } from '../domain/resolution/resolution.state.js';
import type { Threshold, VotingRule } from '../domain/thresholds.js';
import type { LocalizedText, VotingBody } from '../domain/voting-terms.js';

/** One version of the resolution's text: the draft is version 1, each amendment the next. */
export interface TextVersion {
  readonly version: number;
  readonly text: LocalizedText;
  readonly at: string;
  readonly eventId: string;
}

/** One cast or change of an organization's ballot, with who cast it and under which power. */
export interface BallotHistoryEntry {
  readonly eventId: string;
  readonly type: BallotEvent['type'];
  readonly choice: BallotChoice;
  readonly previousChoice: BallotChoice | null;
  readonly recordAgainst: boolean;
  readonly actorId: string;
  readonly onBehalfOf: string | null;
  readonly proxy: ProxyReference | null;
  readonly castAt: string;
}

@Entity({ name: 'resolutions' })
export class ResolutionRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  status: Exclude<ResolutionState['status'], 'none'>;

  @Column({ type: 'jsonb' })
  body: VotingBody;

  @Column({ type: 'text', name: 'body_kind' })
  bodyKind: VotingBody['kind'];

  @Column({ type: 'text', name: 'working_group_id', nullable: true })
  workingGroupId: string | null;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  text: LocalizedText;

  @Column({ type: 'integer', name: 'text_version' })
  textVersion: number;

  @Column({ type: 'jsonb' })
  versions: TextVersion[];

  @Column({ type: 'text' })
  rule: VotingRule;

  @Column({ type: 'jsonb' })
  quorum: Threshold;

  @Column({ type: 'jsonb', nullable: true })
  motion: Motion | null;

  /** The kind of the motion, or 'none': the decisions register filters on it. */
  @Column({ type: 'text', name: 'motion_kind' })
  motionKind: Motion['kind'] | 'none';

  @Column({ type: 'jsonb', nullable: true })
  voting: VotingArrangements | null;

  @Column({ type: 'jsonb', nullable: true })
  result: VotingResult | null;

  /** When voting closed, and its outcome: copied from `result` so the decisions register can filter and sort on them. */
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: VotingResult['outcome'] | null;

  @Column({ type: 'jsonb', nullable: true })
  consequence: (ConsequenceState & { readonly at: string }) | null;

  @Column({ type: 'jsonb', nullable: true })
  withdrawal: { readonly reason: LocalizedText; readonly withdrawnAt: string } | null;

  @Column({ type: 'timestamptz', name: 'drafted_at' })
  draftedAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

@Entity({ name: 'resolution_ballots' })
export class ResolutionBallotRow {
  @PrimaryColumn({ type: 'uuid', name: 'resolution_id' })
  resolutionId: string;

  @PrimaryColumn({ type: 'text', name: 'organization_id' })
  organizationId: string;

  @Column({ type: 'text' })
  choice: BallotChoice;

  @Column({ type: 'boolean', name: 'record_against' })
  recordAgainst: boolean;

  /** The account of the representative who cast the ballot that counts now. */
  @Column({ type: 'text', name: 'cast_by' })
  castBy: string;

  @Column({ type: 'text', name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'jsonb', nullable: true })
  proxy: ProxyReference | null;

  @Column({ type: 'timestamptz', name: 'cast_at' })
  castAt: Date;

  /** The event of the ballot that counts now: the one the closing of the vote cites. */
  @Column({ type: 'uuid', name: 'event_id' })
  eventId: string;

  /** The version of the ballot's own stream last applied. */
  @Column({ type: 'integer' })
  version: number;
}

/** One event of an organization's ballot stream, appended once and never rewritten. */
@Entity({ name: 'resolution_ballot_history' })
export class ResolutionBallotHistoryRow {
  @PrimaryColumn({ type: 'uuid', name: 'resolution_id' })
  resolutionId: string;

  @PrimaryColumn({ type: 'text', name: 'organization_id' })
  organizationId: string;

  /** The version of the event in the ballot's own stream. */
  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid', name: 'event_id' })
  eventId: string;

  @Column({ type: 'text' })
  type: BallotEvent['type'];

  @Column({ type: 'text' })
  choice: BallotChoice;

  @Column({ type: 'text', name: 'previous_choice', nullable: true })
  previousChoice: BallotChoice | null;

  @Column({ type: 'boolean', name: 'record_against' })
  recordAgainst: boolean;

  @Column({ type: 'text', name: 'actor_id' })
  actorId: string;

  @Column({ type: 'text', name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'jsonb', nullable: true })
  proxy: ProxyReference | null;

  /** As the event states it. */
  @Column({ type: 'text', name: 'cast_at' })
  castAt: string;
}

/**
 * The figures of a vote, kept from the moment voting opens: each counted ballot moves them in the
 * transaction that applies it, so the live tally reads this one row. Frozen at the result once voting closes.
 */
@Entity({ name: 'resolution_tallies' })
export class ResolutionTallyRow {
  @PrimaryColumn({ type: 'uuid', name: 'resolution_id' })
  resolutionId: string;

  @Column({ type: 'text' })
  status: ResolutionRow['status'];

  @Column({ type: 'text', name: 'closes_at' })
  closesAt: string;

  @Column({ type: 'text' })
  rule: VotingRule;

  @Column({ type: 'jsonb' })
  quorum: Threshold;

  @Column({ type: 'integer', name: 'electorate_size' })
  electorateSize: number;

  /** Organizations of the electorate with a ballot of any kind. */
  @Column({ type: 'integer' })
  participants: number;

  @Column({ type: 'integer', name: 'for_count' })
  for: number;

  @Column({ type: 'integer', name: 'against_count' })
  against: number;

  @Column({ type: 'integer', name: 'abstain_count' })
  abstain: number;

  /** Moves with every change of this row, so a watcher can tell that it changed. */
  @Column({ type: 'integer' })
  revision: number;
}

/** The history entry of a ballot row as the resolution's record shows it. */
export const historyEntryOf = (row: ResolutionBallotHistoryRow): BallotHistoryEntry => ({
  eventId: row.eventId,
  type: row.type,
  choice: row.choice,
  previousChoice: row.previousChoice,
  recordAgainst: row.recordAgainst,
  actorId: row.actorId,
  onBehalfOf: row.onBehalfOf,
  proxy: row.proxy,
  castAt: row.castAt,
});

const RESOLUTION_EVENTS: readonly ResolutionEvent['type'][] = [
  'ResolutionDrafted',
  'ResolutionAmended',
  'ResolutionWithdrawn',
  'VotingOpened',
  'VotingClosed',
  'ResolutionConsequenceRecorded',
  'ResolutionConsequenceFailed',
];

const BALLOT_EVENTS: readonly BallotEvent['type'][] = ['BallotCast', 'BallotChanged'];

export const resolutionIdOf = (event: Pick<RecordedEvent, 'streamId'>) => event.streamId.slice('resolution-'.length);

function changes(event: Exclude<ResolutionEvent, { type: 'ResolutionDrafted' }>, row: ResolutionRow, recorded: RecordedEvent): Partial<ResolutionRow> {
  const at = recorded.recordedAt.toISOString();
  switch (event.type) {
    case 'ResolutionAmended': {
      const { version, text } = event.data;
      return { text, textVersion: version, versions: [...row.versions, { version, text, at, eventId: recorded.eventId }] };
    }
    case 'ResolutionWithdrawn':
      return { status: 'withdrawn', withdrawal: { reason: event.data.reason, withdrawnAt: event.data.withdrawnAt } };
    case 'VotingOpened':
      return { status: 'voting', voting: event.data };
    case 'VotingClosed':
      return {
        status: 'closed',
        result: event.data,
        closedAt: new Date(event.data.closedAt),
        outcome: event.data.outcome,
        consequence: row.motion && event.data.outcome === 'adopted' ? { status: 'pending', at } : null,
      };
    case 'ResolutionConsequenceRecorded':
      return { consequence: { status: 'carried_out', eventIds: event.data.eventIds, at } };
    case 'ResolutionConsequenceFailed':
      return { consequence: { status: 'failed', code: event.data.code, text: event.data.text, at } };
    default:
      return unreachable(event);
  }
}

const COUNT_OF: Readonly<Record<BallotChoice, string>> = { for: 'for_count', against: 'against_count', abstain: 'abstain_count' };

/** Opens the tally of a vote, counting any ballot already applied, so it equals a count from scratch. */
async function openTally(id: string, voting: VotingArrangements, manager: EntityManager): Promise<void> {
  const electorate = [...new Set(voting.electorate)];
  await manager.query(
    `INSERT INTO resolution_tallies
       (resolution_id, status, closes_at, rule, quorum, electorate_size, participants, for_count, against_count, abstain_count, revision)
     SELECT $1, 'voting', $2, $3, $4, $5, count(*),
            count(*) FILTER (WHERE choice = 'for'), count(*) FILTER (WHERE choice = 'against'), count(*) FILTER (WHERE choice = 'abstain'), 1
       FROM resolution_ballots WHERE resolution_id = $1 AND organization_id = ANY($6::text[])
     ON CONFLICT (resolution_id) DO NOTHING`,
    [id, voting.closesAt, voting.rule, voting.quorum, electorate.length, electorate],
  );
}

/** Follows the resolution's status; at the close the figures become the result's, which no later ballot moves. */
async function followTally(id: string, event: Exclude<ResolutionEvent, { type: 'ResolutionDrafted' }>, manager: EntityManager): Promise<void> {
  const tallies = manager.getRepository(ResolutionTallyRow);
  if (event.type === 'VotingClosed') {
    const { electorateSize, participants, for: inFavour, against, abstain } = event.data;
    await tallies.update(id, { status: 'closed', electorateSize, participants, for: inFavour, against, abstain, revision: () => 'revision + 1' });
  } else if (event.type === 'ResolutionWithdrawn') {
    await tallies.update(id, { status: 'withdrawn', revision: () => 'revision + 1' });
  }
}

/**
 * Moves the open tally by one ballot of an organization of the electorate: a first ballot adds a
 * participant and its choice, a changed one moves a count from the choice it replaces.
 */
async function countBallot(resolutionId: string, organizationId: string, previous: BallotChoice | null, choice: BallotChoice, manager: EntityManager): Promise<void> {
  if (previous === choice) return;
  const moves = [`${COUNT_OF[choice]} = ${COUNT_OF[choice]} + 1`, previous ? `${COUNT_OF[previous]} = ${COUNT_OF[previous]} - 1` : 'participants = participants + 1'];
  await manager.query(
    `UPDATE resolution_tallies tally SET ${moves.join(', ')}, revision = revision + 1
       FROM resolutions resolution
      WHERE tally.resolution_id = $1 AND tally.status = 'voting'
        AND resolution.id = tally.resolution_id AND resolution.voting -> 'electorate' ? $2`,
    [resolutionId, organizationId],
  );
}

async function applyResolutionEvent(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
  const resolutions = manager.getRepository(ResolutionRow);
  const event = recorded as unknown as ResolutionEvent;
  const id = resolutionIdOf(recorded);
  const row = await resolutions.findOneBy({ id });
  if (row && row.version >= recorded.version) return;
  if (event.type === 'ResolutionDrafted') {
    const { title, text, body, rule, quorum, motion } = event.data;
    await resolutions.insert({
      id,
      status: 'draft',
      body,
      bodyKind: body.kind,
      workingGroupId: body.kind === 'working_group' ? body.workingGroupId : null,
      title,
      text,
      textVersion: 1,
      versions: [{ version: 1, text, at: recorded.recordedAt.toISOString(), eventId: recorded.eventId }],
      rule,
      quorum,
      motion,
      motionKind: motion?.kind ?? 'none',
      voting: null,
      result: null,
      closedAt: null,
      outcome: null,
      consequence: null,
      withdrawal: null,
      draftedAt: recorded.recordedAt,
      updatedAt: recorded.recordedAt,
      version: recorded.version,
    });
    return;
  }
  if (!row) return;
  await resolutions.update(id, { ...changes(event, row, recorded), updatedAt: recorded.recordedAt, version: recorded.version });
  if (event.type === 'VotingOpened') await openTally(id, event.data, manager);
  else await followTally(id, event, manager);
}

async function applyBallotEvent(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
  const ballots = manager.getRepository(ResolutionBallotRow);
  const event = recorded as unknown as BallotEvent;
  const { resolutionId, organizationId, choice, recordAgainst, proxy, castAt } = event.data;
  const row = await ballots.findOneBy({ resolutionId, organizationId });
  if (row && row.version >= recorded.version) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(ResolutionBallotHistoryRow)
    .values({
      resolutionId,
      organizationId,
      version: recorded.version,
      eventId: recorded.eventId,
      type: event.type,
      choice,
      previousChoice: event.type === 'BallotChanged' ? event.data.previousChoice : null,
      recordAgainst,
      actorId: recorded.metadata.actorId,
      onBehalfOf: recorded.metadata.onBehalfOf,
      proxy,
      castAt,
    })
    .orIgnore()
    .execute();
  await ballots.upsert(
    {
      resolutionId,
      organizationId,
      choice,
      recordAgainst,
      castBy: recorded.metadata.actorId,
      onBehalfOf: recorded.metadata.onBehalfOf,
      proxy,
      castAt: new Date(castAt),
      eventId: recorded.eventId,
      version: recorded.version,
    },
    ['resolutionId', 'organizationId'],
  );
  await countBallot(resolutionId, organizationId, row?.choice ?? null, choice, manager);
}

/**
 * Resolutions, their ballots, each ballot's history and the tally of each vote. Each resolution and
 * ballot row keeps the version of the last event of its own stream that it applied (a resolution's,
 * or one organization's ballot), and the history and the tally move only with it, so a replayed
 * batch changes nothing.
 */
export const resolutionsProjection: Projection = {
  name: 'resolutions',
  tables: ['resolutions', 'resolution_ballots', 'resolution_ballot_history', 'resolution_tallies'],
  eventTypes: [...RESOLUTION_EVENTS, ...BALLOT_EVENTS],
  async apply(events: readonly RecordedEvent[], manager: EntityManager) {
    for (const recorded of events) {
      if ((BALLOT_EVENTS as readonly string[]).includes(recorded.type)) await applyBallotEvent(recorded, manager);
      else await applyResolutionEvent(recorded, manager);
    }
  },
};
