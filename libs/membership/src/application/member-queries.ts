import { RecordNotFound } from '#accord/eventsourcing';
import { formatPosition, type EventStore, type RecordedEvent } from '#accord/ledger';
import { queryReadModels } from '#accord/projections';
import { containsPattern, decodeKeyCursor, isoDaySql, isoMomentSql, keysetCondition, SqlParameters, toPage, whereAll, type Page, type PageRequest } from '#accord/platform';
import type { DataSource } from 'typeorm';
import type { MemberCategory } from '../domain/member-application.js';
import { memberAggregate } from '../domain/member.decide.js';
import { MEMBER_STATUS_TITLES, type MemberStatus } from '../domain/member.state.js';
import { comparableRegistryNumber } from '../domain/national-identifier.js';
import { MemberRow } from './members.projection.js';

export interface MemberFilter {
  readonly status?: MemberStatus;
  readonly country?: string;
  readonly category?: MemberCategory;
  /** Words of the Russian or English name, or a whole identifier value. */
  readonly q?: string;
  /** Any value of the national identifier. */
  readonly identifier?: string;
  /** Only this organization: what a representative reads of the register. */
  readonly onlyId?: string | null;
}

/** What a list item shows of a member's row, in the API's own formats. */
type ListedMember = Pick<MemberRow, 'id' | 'nameRu' | 'nameEn' | 'country' | 'category' | 'status' | 'membership' | 'admittedOn' | 'previousMemberId' | 'version'> & {
  readonly admittedAt: string | null;
};

/** The columns of a list item alone: the row's documents (contacts, representatives, history) stay in the database. */
const LISTED_COLUMNS = `id, name_ru AS "nameRu", name_en AS "nameEn", country, category, status, membership,
  ${isoDaySql('admitted_on')} AS "admittedOn", ${isoMomentSql('admitted_at')} AS "admittedAt", previous_member_id AS "previousMemberId", version`;

function listItem(row: ListedMember) {
  return {
    id: row.id,
    name: { ru: row.nameRu, en: row.nameEn },
    country: row.country,
    category: row.category,
    status: row.status,
    statusTitle: MEMBER_STATUS_TITLES[row.status],
    membership: row.membership,
    admittedOn: row.admittedOn,
    admittedAt: row.admittedAt,
    previousMemberId: row.previousMemberId,
    version: row.version,
  };
}

export type MemberItem = ReturnType<typeof listItem>;

/** One event of the member's stream as the card shows it: what, when, who, why. */
function historyEntry(event: RecordedEvent) {
  const data = event.data as { decision?: unknown };
  return {
    eventId: event.eventId,
    version: event.version,
    type: event.type,
    recordedAt: event.recordedAt.toISOString(),
    position: formatPosition(event.position),
    actorId: event.metadata.actorId,
    onBehalfOf: event.metadata.onBehalfOf,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    commandId: event.metadata.commandId,
    decision: data.decision ?? null,
    data: event.data,
  };
}

/** The reads of the register: the list by Russian name, the figures, and an organization's card with its history. */
export class MemberQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
  ) {}

  async list(filter: MemberFilter, page: PageRequest): Promise<Page<MemberItem>> {
    const after = decodeKeyCursor(page.cursor, ['text', 'uuid']);
    const parameters = new SqlParameters();
    const where = whereAll([
      keysetCondition(['name_ru', 'id'], after, parameters),
      filter.onlyId === undefined ? undefined : `id = ${parameters.add(filter.onlyId)}`,
      filter.status && `status = ${parameters.add(filter.status)}`,
      filter.country && `country = ${parameters.add(filter.country)}`,
      filter.category && `category = ${parameters.add(filter.category)}`,
      // A name contains the words; an identifier (ОГРН, ИНН, БИН…) is found by its whole value.
      filter.q && `(search_text LIKE ${parameters.add(containsPattern(filter.q))} OR ${parameters.add(comparableRegistryNumber(filter.q))} = ANY(identifier_values))`,
      filter.identifier && `${parameters.add(comparableRegistryNumber(filter.identifier))} = ANY(identifier_values)`,
    ]);
    const rows = await queryReadModels<ListedMember>(
      this.dataSource,
      `SELECT ${LISTED_COLUMNS} FROM members ${where} ORDER BY name_ru, id LIMIT ${parameters.add(page.limit + 1)}`,
      parameters.values,
    );
    return toPage(rows, page.limit, (row) => [row.nameRu, row.id], listItem);
  }

  async statistics() {
    // The counts the projection keeps: a row per combination, however many members.
    const rows: { country: string; category: string; status: MemberStatus; count: number }[] = await this.dataSource.query(
      'SELECT country, category, status, count FROM member_counts ORDER BY country, category, status',
    );
    return {
      total: rows.reduce((sum, row) => sum + row.count, 0),
      counts: rows.map((row) => ({ ...row, statusTitle: MEMBER_STATUS_TITLES[row.status] })),
    };
  }

  /** The card of an organization; its history is read from the ledger up to the version the row shows, so both agree. */
  async card(id: string) {
    const members = this.dataSource.getRepository(MemberRow);
    const row = await members.findOneBy({ id });
    if (!row) throw new RecordNotFound('member', id);
    const next = await members.findOne({ select: { id: true }, where: { previousMemberId: id } });
    const events = await this.store.readStream(`${memberAggregate.category}-${id}`, { maxCount: row.version });
    return {
      ...listItem({ ...row, admittedAt: row.admittedAt?.toISOString() ?? null }),
      legalForm: row.legalForm,
      nationalIdentifier: row.nationalIdentifier,
      contacts: row.contacts,
      representatives: row.representatives,
      admission: row.admission,
      nextMemberId: next?.id ?? null,
      appliedAt: row.appliedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      statusHistory: row.statusHistory.map((change) => ({ ...change, statusTitle: MEMBER_STATUS_TITLES[change.status] })),
      history: events.map(historyEntry),
    };
  }
}
