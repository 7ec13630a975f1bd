import { unreachable } from '#accord/kernel';
import type { RecordedEvent, RecordedOf } from '#accord/ledger';
import { insertRows, upsertRows, type Projection } from '#accord/projections';
import { Column, Entity, In, PrimaryColumn, type EntityManager } from 'typeorm';
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

function changes(event: Exclude<RecordedOf<ResolutionEvent>, { type: 'ResolutionDrafted' }>, row: ResolutionRow): Partial<ResolutionRow> {
  const at = event.recordedAt.toISOString();
  switch (event.type) {
    case 'ResolutionAmended': {
      const { version, text } = event.data;
      return { text, textVersion: version, versions: [...row.versions, { version, text, at, eventId: event.eventId }] };
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

/**
 * The rows of the resolutions, ballots (by `ballotKey`) and tallies a batch touches, and which of its
 * ballots' organizations (by `ballotKey`) are of their vote's electorate. A resolution's own row is
 * read only for its own events: a ballot needs its tally and the electorate's rows alone.
 */
interface BatchRows {
  readonly resolutions: Map<string, ResolutionRow>;
  readonly ballots: Map<string, ResolutionBallotRow>;
  readonly tallies: Map<string, ResolutionTallyRow>;
  readonly electors: Set<string>;
}

/** The rows as the batch's events so far leave them, and the ballot history entries and electorate rows they add. */
interface BatchState extends BatchRows {
  readonly history: ResolutionBallotHistoryRow[];
  /** Organizations of an electorate that voting opened in the batch, for `resolution_electorates`. */
  readonly newElectors: { readonly resolutionId: string; readonly organizationId: string }[];
}

const ballotKey = (resolutionId: string, organizationId: string) => `${resolutionId}:${organizationId}`;
/** The events the projection is given: a resolution's own, and the ballots cast in it. */
type VotingRecord = RecordedOf<ResolutionEvent | BallotEvent>;
const isBallotEvent = (recorded: VotingRecord): recorded is RecordedOf<BallotEvent> => (BALLOT_EVENTS as readonly string[]).includes(recorded.type);
const isResolutionEvent = (recorded: VotingRecord): recorded is RecordedOf<ResolutionEvent> => !isBallotEvent(recorded);

/** The rows a batch touches, read in one statement per table; every ballot of a vote the batch opens, for its first count. */
async function readBatchRows(events: readonly VotingRecord[], manager: EntityManager): Promise<BatchRows> {
  const ballotEvents = events.filter(isBallotEvent).map((recorded) => recorded.data);
  const resolutionIds = [...new Set(events.filter(isResolutionEvent).map(resolutionIdOf))];
  const ids = [...new Set([...resolutionIds, ...ballotEvents.map((data) => data.resolutionId)])];
  const opening = events.filter((recorded) => recorded.type === 'VotingOpened').map(resolutionIdOf);
  const resolutions = resolutionIds.length > 0 ? await manager.getRepository(ResolutionRow).findBy({ id: In(resolutionIds) }) : [];
  const electors: { resolution_id: string; organization_id: string }[] =
    ballotEvents.length > 0
      ? await manager.query(
          `SELECT resolution_id, organization_id FROM resolution_electorates
            WHERE (resolution_id, organization_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
          [ballotEvents.map((data) => data.resolutionId), ballotEvents.map((data) => data.organizationId)],
        )
      : [];
  const tallies = ids.length > 0 ? await manager.getRepository(ResolutionTallyRow).findBy({ resolutionId: In(ids) }) : [];
  const ballots =
    ballotEvents.length + opening.length > 0
      ? await manager
          .getRepository(ResolutionBallotRow)
          .createQueryBuilder('ballot')
          .where('(ballot.resolution_id, ballot.organization_id) IN (SELECT * FROM unnest(CAST(:resolutions AS uuid[]), CAST(:organizations AS text[])))', {
            resolutions: ballotEvents.map((data) => data.resolutionId),
            organizations: ballotEvents.map((data) => data.organizationId),
          })
          .orWhere('ballot.resolution_id = ANY(CAST(:opening AS uuid[]))', { opening })
          .getMany()
      : [];
  return {
    resolutions: new Map(resolutions.map((row) => [row.id, row])),
    ballots: new Map(ballots.map((row) => [ballotKey(row.resolutionId, row.organizationId), row])),
    tallies: new Map(tallies.map((row) => [row.resolutionId, row])),
    electors: new Set(electors.map((row) => ballotKey(row.resolution_id, row.organization_id))),
  };
}

/** Opens the tally of a vote, counting any ballot already applied, so it equals a count from scratch. */
function openTally(id: string, voting: VotingArrangements, state: BatchState): void {
  if (state.tallies.has(id)) return;
  const electorate = new Set(voting.electorate);
  const counted = [...state.ballots.values()].filter((ballot) => ballot.resolutionId === id && electorate.has(ballot.organizationId));
  const choices = (choice: BallotChoice) => counted.filter((ballot) => ballot.choice === choice).length;
  state.tallies.set(id, {
    resolutionId: id,
    status: 'voting',
    closesAt: voting.closesAt,
    rule: voting.rule,
    quorum: voting.quorum,
    electorateSize: electorate.size,
    participants: counted.length,
    for: choices('for'),
    against: choices('against'),
    abstain: choices('abstain'),
    revision: 1,
  });
}

/** Follows the resolution's status; at the close the figures become the result's, which no later ballot moves. */
function followTally(id: string, event: Exclude<ResolutionEvent, { type: 'ResolutionDrafted' }>, state: BatchState): void {
  const tally = state.tallies.get(id);
  if (!tally) return;
  if (event.type === 'VotingClosed') {
    const { electorateSize, participants, for: inFavour, against, abstain } = event.data;
    state.tallies.set(id, { ...tally, status: 'closed', electorateSize, participants, for: inFavour, against, abstain, revision: tally.revision + 1 });
  } else if (event.type === 'ResolutionWithdrawn') {
    state.tallies.set(id, { ...tally, status: 'withdrawn', revision: tally.revision + 1 });
  }
}

/**
 * Moves the open tally by one ballot of an organization of the electorate: a first ballot adds a
 * participant and its choice, a changed one moves a count from the choice it replaces.
 */
function countBallot(resolutionId: string, organizationId: string, previous: BallotChoice | null, choice: BallotChoice, state: BatchState): void {
  const tally = state.tallies.get(resolutionId);
  if (previous === choice || tally?.status !== 'voting' || !state.electors.has(ballotKey(resolutionId, organizationId))) return;
  const moved = { ...tally, [choice]: tally[choice] + 1, revision: tally.revision + 1 };
  state.tallies.set(resolutionId, previous ? { ...moved, [previous]: moved[previous] - 1 } : { ...moved, participants: tally.participants + 1 });
}

function applyResolutionEvent(recorded: RecordedOf<ResolutionEvent>, state: BatchState): void {
  const id = resolutionIdOf(recorded);
  const row = state.resolutions.get(id);
  if (row && row.version >= recorded.version) return;
  if (recorded.type === 'ResolutionDrafted') {
    const { title, text, body, rule, quorum, motion } = recorded.data;
    state.resolutions.set(id, {
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
  state.resolutions.set(id, { ...row, ...changes(recorded, row), updatedAt: recorded.recordedAt, version: recorded.version });
  if (recorded.type === 'VotingOpened') {
    for (const organizationId of new Set(recorded.data.electorate)) {
      state.electors.add(ballotKey(id, organizationId));
      state.newElectors.push({ resolutionId: id, organizationId });
    }
    openTally(id, recorded.data, state);
  } else followTally(id, recorded, state);
}

function applyBallotEvent(recorded: RecordedOf<BallotEvent>, state: BatchState): void {
  const { resolutionId, organizationId, choice, recordAgainst, proxy, castAt } = recorded.data;
  const key = ballotKey(resolutionId, organizationId);
  const row = state.ballots.get(key);
  if (row && row.version >= recorded.version) return;
  state.history.push({
    resolutionId,
    organizationId,
    version: recorded.version,
    eventId: recorded.eventId,
    type: recorded.type,
    choice,
    previousChoice: recorded.type === 'BallotChanged' ? recorded.data.previousChoice : null,
    recordAgainst,
    actorId: recorded.metadata.actorId,
    onBehalfOf: recorded.metadata.onBehalfOf,
    proxy,
    castAt,
  });
  state.ballots.set(key, {
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
  });
  countBallot(resolutionId, organizationId, row?.choice ?? null, choice, state);
}

/** The rows of `now` that are not the rows read at the start of the batch: the ones to write back. */
const changedRows = <Row>(now: Map<string, Row>, read: Map<string, Row>) => [...now].filter(([key, row]) => row !== read.get(key)).map(([, row]) => row);

/**
 * The electorate of each vote, one row per organization, written when voting opens: a batch of
 * ballots looks up its own organizations there instead of reading the resolution's whole electorate.
 */
async function insertElectors(manager: EntityManager, electors: BatchState['newElectors']): Promise<void> {
  if (electors.length === 0) return;
  await manager.query('INSERT INTO resolution_electorates SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING', [
    electors.map((row) => row.resolutionId),
    electors.map((row) => row.organizationId),
  ]);
}

/**
 * Resolutions, their ballots, each ballot's history and the tally of each vote. A batch is folded in
 * memory: the rows it touches are read in one statement per table, its events applied to them in
 * order, and the changed rows and new history entries written back in multi-row statements. Each
 * resolution and ballot row keeps the version of the last event of its own stream that it applied
 * (a resolution's, or one organization's ballot), and the history and the tally move only with it,
 * so a replayed batch changes nothing.
 */
export const resolutionsProjection = {
  name: 'resolutions',
  tables: ['resolutions', 'resolution_ballots', 'resolution_ballot_history', 'resolution_tallies', 'resolution_electorates'],
  eventTypes: [...RESOLUTION_EVENTS, ...BALLOT_EVENTS],
  async apply(events: readonly VotingRecord[], manager: EntityManager) {
    const read = await readBatchRows(events, manager);
    const state: BatchState = {
      resolutions: new Map(read.resolutions),
      ballots: new Map(read.ballots),
      tallies: new Map(read.tallies),
      electors: new Set(read.electors),
      history: [],
      newElectors: [],
    };
    for (const recorded of events) {
      if (isBallotEvent(recorded)) applyBallotEvent(recorded, state);
      else applyResolutionEvent(recorded, state);
    }
    await upsertRows(manager, ResolutionRow, changedRows(state.resolutions, read.resolutions), ['id']);
    await insertElectors(manager, state.newElectors);
    await insertRows(manager, ResolutionBallotHistoryRow, state.history);
    await upsertRows(manager, ResolutionBallotRow, changedRows(state.ballots, read.ballots), ['resolutionId', 'organizationId']);
    await upsertRows(manager, ResolutionTallyRow, changedRows(state.tallies, read.tallies), ['resolutionId']);
  },
} satisfies Projection<ResolutionEvent | BallotEvent>;
