import { unreachable } from '#accord/kernel';
import type { RecordedEvent, RecordedOf } from '#accord/ledger';
import { foldRows, upsertRows, type Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { Contacts, LocalizedText, Representative } from '../domain/member-application.js';
import type { DecisionReference, MemberEvent, MembershipKind } from '../domain/member.events.js';
import type { MemberStatus } from '../domain/member.state.js';
import { legalDateOf } from '../domain/member-dates.js';
import { nationalIdentifierKey, nationalIdentifierKeys, type NationalIdentifier } from '../domain/national-identifier.js';
import { searchable } from '#accord/platform';

/** One step of a member's status, as the register's card shows it. */
export interface StatusChange {
  readonly status: MemberStatus;
  /** When the event was recorded (ISO 8601 UTC). */
  readonly at: string;
  /** The legal date of the act (see `legalDateOf`); absent in rows projected before it existed, until a rebuild. */
  readonly effectiveOn: string;
  readonly eventId: string;
  readonly membership: MembershipKind | null;
  readonly decision: DecisionReference | null;
  readonly reason: LocalizedText | null;
  readonly noticeDate: string | null;
}

@Entity({ name: 'members' })
export class MemberRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'name_ru' })
  nameRu: string;

  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;

  /** Both names in lower case with ё as е, for a search that ignores case in any collation. */
  @Column({ type: 'text', name: 'search_text' })
  searchText: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'jsonb', name: 'legal_form' })
  legalForm: LocalizedText;

  @Column({ type: 'jsonb', name: 'national_identifier' })
  nationalIdentifier: NationalIdentifier;

  /** Every value of the identifier as the register compares them (ОГРН and ИНН…), for a search by any of them. */
  @Column({ type: 'text', array: true, name: 'identifier_values' })
  identifierValues: string[];

  /** The organization's ended record that this application follows, when it applied again. */
  @Column({ type: 'uuid', name: 'previous_member_id', nullable: true })
  previousMemberId: string | null;

  @Column({ type: 'text', name: 'identifier_key' })
  identifierKey: string;

  @Column({ type: 'jsonb' })
  contacts: Contacts;

  @Column({ type: 'jsonb' })
  representatives: Representative[];

  @Column({ type: 'text' })
  status: MemberStatus;

  @Column({ type: 'text', nullable: true })
  membership: MembershipKind | null;

  @Column({ type: 'jsonb', nullable: true })
  admission: DecisionReference | null;

  @Column({ type: 'jsonb', name: 'status_history' })
  statusHistory: StatusChange[];

  @Column({ type: 'timestamptz', name: 'applied_at' })
  appliedAt: Date;

  /** When the admission was recorded. */
  @Column({ type: 'timestamptz', name: 'admitted_at', nullable: true })
  admittedAt: Date | null;

  /** The legal date of the admission. */
  @Column({ type: 'date', name: 'admitted_on', nullable: true })
  admittedOn: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

/** Text as the register searches it: lower case, and ё written as е as most people type it. */

const nameColumns = (name: LocalizedText) => ({
  nameRu: name.ru,
  nameEn: name.en,
  searchText: searchable(`${name.ru}\n${name.en ?? ''}`),
});

const MEMBER_EVENTS: readonly MemberEvent['type'][] = [
  'MembershipApplicationSubmitted',
  'MemberAdmitted',
  'MembershipApplicationRejected',
  'MemberSuspended',
  'MemberReinstated',
  'MemberExpelled',
  'MembershipWithdrawn',
  'RepresentativeAdded',
  'RepresentativeRemoved',
  'MemberDetailsCorrected',
];

export const memberIdOf = (event: Pick<RecordedEvent, 'streamId'>) => event.streamId.slice('member-'.length);

function statusChange(
  recorded: RecordedOf<MemberEvent>,
  status: MemberStatus,
  details: Partial<Pick<StatusChange, 'membership' | 'decision' | 'reason' | 'noticeDate'>> = {},
): StatusChange {
  return {
    status,
    at: recorded.recordedAt.toISOString(),
    effectiveOn: legalDateOf(recorded, recorded.recordedAt),
    eventId: recorded.eventId,
    membership: details.membership ?? null,
    decision: details.decision ?? null,
    reason: details.reason ?? null,
    noticeDate: details.noticeDate ?? null,
  };
}

function changes(event: Exclude<MemberEvent, { type: 'MembershipApplicationSubmitted' }>, row: MemberRow, recorded: RecordedOf<MemberEvent>): Partial<MemberRow> {
  const moveTo = (status: MemberStatus, details?: Parameters<typeof statusChange>[2]) => ({
    status,
    statusHistory: [...row.statusHistory, statusChange(recorded, status, details)],
  });
  switch (event.type) {
    case 'MemberAdmitted': {
      const { membership, decision } = event.data;
      return {
        ...moveTo('admitted', { membership, decision }),
        membership,
        admission: decision,
        admittedAt: recorded.recordedAt,
        admittedOn: legalDateOf(event, recorded.recordedAt),
      };
    }
    case 'MembershipApplicationRejected':
      return moveTo('rejected', { reason: event.data.reason });
    case 'MemberSuspended':
      return moveTo('suspended', { reason: event.data.reason, decision: event.data.decision });
    case 'MemberReinstated':
      return moveTo('admitted', { decision: event.data.decision });
    case 'MemberExpelled':
      return moveTo('expelled', { decision: event.data.decision });
    case 'MembershipWithdrawn':
      return moveTo('withdrawn', { noticeDate: event.data.noticeDate });
    case 'RepresentativeAdded':
      return { representatives: [...row.representatives, event.data.representative] };
    case 'RepresentativeRemoved':
      return { representatives: row.representatives.filter((representative) => representative.id !== event.data.representativeId) };
    case 'MemberDetailsCorrected': {
      const { name, legalForm, contacts } = event.data;
      return { ...(name && nameColumns(name)), ...(legalForm && { legalForm }), ...(contacts && { contacts }) };
    }
    default:
      return unreachable(event);
  }
}

function submitted(id: string, event: Extract<MemberEvent, { type: 'MembershipApplicationSubmitted' }>, recorded: RecordedOf<MemberEvent>): MemberRow {
  const { name, country, legalForm, nationalIdentifier, category, contacts, representatives, previousMemberId } = event.data;
  return {
    id,
    ...nameColumns(name),
    country,
    category,
    legalForm,
    nationalIdentifier,
    identifierKey: nationalIdentifierKey(nationalIdentifier),
    identifierValues: nationalIdentifierKeys(nationalIdentifier).map((key) => key.value),
    previousMemberId: previousMemberId ?? null,
    contacts,
    representatives: [...representatives],
    status: 'applied',
    membership: null,
    admission: null,
    statusHistory: [statusChange(recorded, 'applied')],
    appliedAt: recorded.recordedAt,
    admittedAt: null,
    admittedOn: null,
    updatedAt: recorded.recordedAt,
    version: recorded.version,
  };
}

type CountedColumns = Pick<MemberRow, 'country' | 'category' | 'status'>;

/**
 * Moves the members a batch changed from the count of what they were (none for a new member) to the
 * count of what they are, by the net change of each count in one multi-row statement; a count that
 * reaches nought goes, so a rebuild leaves the same rows.
 */
async function moveCounts(moves: ReadonlyArray<{ before: CountedColumns | undefined; after: CountedColumns }>, manager: EntityManager): Promise<void> {
  const net = new Map<string, { key: CountedColumns; by: number }>();
  const count = ({ country, category, status }: CountedColumns, by: number) => {
    const id = JSON.stringify([country, category, status]);
    net.set(id, { key: { country, category, status }, by: (net.get(id)?.by ?? 0) + by });
  };
  for (const { before, after } of moves) {
    if (before) count(before, -1);
    count(after, 1);
  }
  const changes = [...net.values()].filter((change) => change.by !== 0);
  if (changes.length === 0) return;
  const column = <T>(of: (change: (typeof changes)[number]) => T) => changes.map(of);
  await manager.query(
    `INSERT INTO member_counts (country, category, status, count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT (country, category, status) DO UPDATE SET count = member_counts.count + excluded.count`,
    [column((change) => change.key.country), column((change) => change.key.category), column((change) => change.key.status), column((change) => change.by)],
  );
  if (changes.some((change) => change.by < 0)) {
    await manager.query('DELETE FROM member_counts WHERE country = ANY($1::text[]) AND count = 0', [column((change) => change.key.country)]);
  }
}

/**
 * The register of member organizations: one row per member stream, and the number of members by
 * country, category and status, moved in the same transaction. A batch is folded in memory: the rows
 * of the members it touches are read in one statement, its events applied to them in order, and the
 * changed rows and counts written back in multi-row statements. Each row keeps the version of the
 * last event it applied, so an event seen again (a replayed batch) changes nothing.
 */
export const membersProjection: Projection = {
  name: 'members',
  tables: ['members', 'member_counts'],
  eventTypes: MEMBER_EVENTS,
  async apply(events: readonly RecordedOf<MemberEvent>[], manager: EntityManager) {
    const { before, changed } = await foldRows(manager, MemberRow, events, memberIdOf, (row, recorded, id) => {
      const event = recorded;
      if (event.type === 'MembershipApplicationSubmitted') return submitted(id, event, recorded);
      return row && { ...row, ...changes(event, row, recorded), updatedAt: recorded.recordedAt, version: recorded.version };
    });
    await upsertRows(manager, MemberRow, changed, ['id']);
    await moveCounts(
      changed.map((row) => ({ before: before.get(row.id), after: row })),
      manager,
    );
  },
} satisfies Projection<MemberEvent>;
