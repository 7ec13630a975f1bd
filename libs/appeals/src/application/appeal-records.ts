import { RecordNotFound } from '#accord/eventsourcing';
import type { BilingualText } from '#accord/kernel';
import { formatPosition } from '#accord/ledger';
import { queryReadModels, type ReadModelAnswers, type TextAnswer } from '#accord/projections';
import { containsPattern, decodeKeyCursor, isoDaySql, isoMomentSql, keysetCondition, SqlParameters, toPage, whereAll, type PageRequest } from '#accord/platform';
import { In, type DataSource } from 'typeorm';
import type { LocalizedText, Signatory } from '../domain/appeal/appeal.events.js';
import type { AppealStage } from '../domain/appeal/appeal.state.js';
import type { DeadlineAssessment, DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';
import { APPEAL_STAGE_TITLES, DISPATCH_CHANNEL_TITLES, DEADLINE_STATUS_TITLES, ANSWER_OUTCOME_TITLES } from './appeal-titles.js';
import { type AppealRow, AppealTimelineRow } from './appeals.projection.js';
import { AddresseeRow } from './addressees.projection.js';

/** The assessment columns `deadlineStatus` reads. */
const COLUMNS = {
  answeredOn: 'answered_on',
  answeredLate: 'answered_late',
  closedUnanswered: 'closed_unanswered',
  policyId: 'policy_id',
  dueOn: 'due_on',
  dueSoonFrom: 'due_soon_from',
  veryOverdueFrom: 'very_overdue_from',
} as const satisfies Partial<Record<keyof DeadlineAssessment, string>>;

/**
 * `deadlineStatus` in SQL: the status of the appeal row `alias` on the day `today`, where `today` is an
 * SQL date expression — a placeholder such as `CAST(:asOf AS date)` or `$1::date`, never a value.
 * The branches follow `deadlineStatus` one for one and in the same order; appeal-records.spec.ts
 * holds the two to each other over a table of cases.
 */
export function deadlineStatusSql(alias: string, today: string): string {
  const column = (name: keyof typeof COLUMNS) => `${alias}.${COLUMNS[name]}`;
  return `(CASE
    WHEN ${column('answeredOn')} IS NOT NULL THEN (CASE WHEN ${column('answeredLate')} THEN 'answered_late' ELSE 'answered_on_time' END)
    WHEN ${column('closedUnanswered')} THEN 'closed_unanswered'
    WHEN ${column('policyId')} IS NULL THEN 'not_dispatched'
    WHEN ${column('dueOn')} IS NULL OR ${column('dueSoonFrom')} IS NULL OR ${column('veryOverdueFrom')} IS NULL THEN 'not_due'
    ELSE ${datedDeadlineStatusSql(alias, today)}
  END)`;
}

/**
 * The day-dependent branches of `deadlineStatusSql` alone: the status on `today` of an appeal that
 * waits for its answer against dated deadlines (`settledDeadlineStatus` is null), from the
 * `due_soon_from`, `due_on` and `very_overdue_from` columns of the row `alias`.
 */
export function datedDeadlineStatusSql(alias: string, today: string): string {
  const column = (name: keyof typeof COLUMNS) => `${alias}.${COLUMNS[name]}`;
  return `(CASE
    WHEN ${today} >= ${column('veryOverdueFrom')} THEN 'very_overdue'
    WHEN ${today} > ${column('dueOn')} THEN 'overdue'
    WHEN ${today} >= ${column('dueSoonFrom')} THEN 'due_soon'
    ELSE 'not_due'
  END)`;
}

export interface AppealFilter {
  readonly stage?: AppealStage;
  /** The status on the day the query is placed against. */
  readonly status?: DeadlineStatus;
  /** The body the appeal is addressed to or is now with. */
  readonly addresseeId?: string;
  /** The country of the body the appeal is now with (ISO 3166-1 alpha-2, or `interstate`). */
  readonly country?: string;
  /** Due before this date (exclusive). */
  readonly dueBefore?: string;
  /** Dispatched in this year. */
  readonly outgoingYear?: number;
  /** Words of the subject, in either language. */
  readonly q?: string;
}

/** A body as the register names it; `null` parts when the register does not know the id. */
export interface NamedAddressee {
  readonly id: string;
  readonly name: LocalizedText | null;
  readonly country: string | null;
}

/** The body with this id as the register names it. */
export const namedAddressee = (addressees: ReadonlyMap<string, NamedAddressee>, id: string): NamedAddressee =>
  addressees.get(id) ?? { id, name: null, country: null };

/** The first day of a year and of the next, for a range condition an index on the date can serve. */
export const yearRange = (year: number) => ({ from: `${String(year).padStart(4, '0')}-01-01`, until: `${String(year + 1).padStart(4, '0')}-01-01` });

function titled<Code extends string>(titles: Readonly<Record<Code, BilingualText>>, code: Code | null): BilingualText | null {
  return code === null ? null : titles[code];
}

/** What an item shows of an appeal's row, in the API's own formats, with the bodies it names and its status on the day asked. */
export type ListedAppeal = Pick<
  AppealRow,
  | 'id' | 'stage' | 'subjectRu' | 'subjectEn' | 'addresseeId' | 'holderId' | 'resolutionId' | 'followUpOf' | 'followUpIds' | 'outgoingNumber'
  | 'dispatchedOn' | 'channel' | 'registeredOn' | 'incomingNumber' | 'forwardedCount' | 'lastForwardedOn' | 'answeredOn' | 'outcome'
  | 'answerReference' | 'closed' | 'policyId' | 'registrationDueOn' | 'periodStartsOn' | 'dueOn' | 'dueOnBasis' | 'isEstimate'
  | 'estimateReasons' | 'dueSoonFrom' | 'veryOverdueFrom' | 'answeredLate' | 'closedUnanswered' | 'version'
> & {
  readonly status: DeadlineStatus;
  readonly addresseeNameRu: string | null;
  readonly addresseeNameEn: string | null;
  readonly addresseeCountry: string | null;
  readonly holderNameRu: string | null;
  readonly holderNameEn: string | null;
  readonly holderCountry: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
};

const DAYS = ['dispatchedOn', 'registeredOn', 'lastForwardedOn', 'answeredOn', 'registrationDueOn', 'periodStartsOn', 'dueOn', 'dueSoonFrom', 'veryOverdueFrom'] as const;
const PLAIN_COLUMNS = [
  'id', 'stage', 'subjectRu', 'subjectEn', 'addresseeId', 'holderId', 'resolutionId', 'followUpOf', 'followUpIds', 'outgoingNumber', 'channel',
  'incomingNumber', 'forwardedCount', 'outcome', 'answerReference', 'closed', 'policyId', 'dueOnBasis', 'isEstimate', 'estimateReasons',
  'answeredLate', 'closedUnanswered', 'version',
] as const;
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The columns of `listedAppealsSql` that do not depend on the day. */
const ITEM_COLUMNS = [
  ...PLAIN_COLUMNS.map((name) => `appeal.${snakeCase(name)} AS "${name}"`),
  ...DAYS.map((name) => `${isoDaySql(`appeal.${snakeCase(name)}`)} AS "${name}"`),
  `${isoMomentSql('appeal.created_at')} AS "createdAt"`,
  `${isoMomentSql('appeal.updated_at')} AS "updatedAt"`,
  ...['addressee', 'holder'].flatMap((body) => [`${body}.name_ru AS "${body}NameRu"`, `${body}.name_en AS "${body}NameEn"`, `${body}.country AS "${body}Country"`]),
].join(', ');

/**
 * One statement for the items of the appeals `appeal` it is completed with (`WHERE`, `ORDER BY`,
 * `LIMIT`): only the columns an item shows, the bodies it names joined from the register, and its
 * status on `today` (an SQL date expression such as `CAST($1 AS date)`) computed by `deadlineStatusSql`.
 * Days and moments come formatted as the API writes them; `extra` adds columns of `appeal`.
 */
export function listedAppealsSql(today: string, extra = ''): string {
  return `SELECT ${ITEM_COLUMNS}, ${deadlineStatusSql('appeal', today)} AS status${extra && `, ${extra}`}
    FROM appeals appeal
    LEFT JOIN addressees addressee ON addressee.id = appeal.addressee_id
    LEFT JOIN addressees holder ON holder.id = appeal.holder_id`;
}

const bodyOf = (id: string, nameRu: string | null, nameEn: string | null, country: string | null): NamedAddressee => ({
  id,
  name: nameRu === null ? null : { ru: nameRu, en: nameEn },
  country,
});

export function appealItem(row: ListedAppeal) {
  return {
    id: row.id,
    stage: row.stage,
    stageTitle: APPEAL_STAGE_TITLES[row.stage],
    status: row.status,
    statusTitle: DEADLINE_STATUS_TITLES[row.status],
    subject: { ru: row.subjectRu, en: row.subjectEn },
    addressee: bodyOf(row.addresseeId, row.addresseeNameRu, row.addresseeNameEn, row.addresseeCountry),
    holder: bodyOf(row.holderId, row.holderNameRu, row.holderNameEn, row.holderCountry),
    resolutionId: row.resolutionId,
    followUpOf: row.followUpOf,
    followUpIds: row.followUpIds,
    outgoingNumber: row.outgoingNumber,
    dispatchedOn: row.dispatchedOn,
    channel: row.channel,
    channelTitle: titled(DISPATCH_CHANNEL_TITLES, row.channel),
    registeredOn: row.registeredOn,
    incomingNumber: row.incomingNumber,
    forwardedCount: row.forwardedCount,
    lastForwardedOn: row.lastForwardedOn,
    answeredOn: row.answeredOn,
    outcome: row.outcome,
    outcomeTitle: titled(ANSWER_OUTCOME_TITLES, row.outcome),
    answerReference: row.answerReference,
    closed: row.closed,
    deadlines: {
      policyId: row.policyId,
      registrationDueOn: row.registrationDueOn,
      periodStartsOn: row.periodStartsOn,
      dueOn: row.dueOn,
      dueOnBasis: row.dueOnBasis,
      isEstimate: row.isEstimate,
      estimateReasons: row.estimateReasons,
      dueSoonFrom: row.dueSoonFrom,
      veryOverdueFrom: row.veryOverdueFrom,
      answeredLate: row.answeredLate,
      closedUnanswered: row.closedUnanswered,
    },
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type AppealItem = ReturnType<typeof appealItem>;

function timelineEntry(row: AppealTimelineRow) {
  return {
    version: row.version,
    eventId: row.eventId,
    type: row.type,
    recordedAt: row.recordedAt.toISOString(),
    actorId: row.actorId,
    onBehalfOf: row.onBehalfOf,
    correlationId: row.correlationId,
    causationId: row.causationId,
    position: formatPosition({ commit: BigInt(row.commitPosition), sequence: BigInt(row.sequencePosition) }),
    data: row.data,
  };
}

type TimelineEntry = ReturnType<typeof timelineEntry>;

/**
 * The legal date of each step before the dispatch, from its event (`draftedOn`, `approvedOn`,
 * `signedOn`), or the day it was recorded for events older than those fields; `null` for a step not taken.
 */
function legalDatesOf(entries: readonly TimelineEntry[]) {
  const dateOf = (type: string, field: string): string | null => {
    const entry = [...entries].reverse().find((candidate) => candidate.type === type);
    if (!entry) return null;
    const given = (entry.data as Record<string, unknown>)[field];
    return typeof given === 'string' ? given : entry.recordedAt.slice(0, 10);
  };
  return {
    draftedOn: dateOf('AppealDrafted', 'draftedOn'),
    approvedOn: dateOf('AppealApproved', 'approvedOn'),
    signedOn: dateOf('AppealSigned', 'signedOn'),
  };
}

/** The register of appeals and each appeal's full record, read from the appeals and addressees read models. */
export class AppealRecords {
  /** `answers` keeps the register's pages under the checkpoints of the appeals and addressees projections. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly answers: ReadModelAnswers,
  ) {}

  /**
   * Appeals in the order they were drafted, filtered; statuses as of `asOf`. The page comes as the
   * JSON text of a `Page<AppealItem>`, kept until the appeals or the addressees change: 50 items
   * make 86 kB, and reading, parsing and serializing them again cost more than all the rest of the request.
   */
  list(filter: AppealFilter, asOf: string, page: PageRequest): Promise<TextAnswer> {
    const { stage, status, addresseeId, country, dueBefore, outgoingYear, q } = filter;
    const key = JSON.stringify(['appeals', stage, status, addresseeId, country, dueBefore, outgoingYear, q, asOf, page.limit, page.cursor]);
    return this.answers.answer(key, () => this.page(filter, asOf, page));
  }

  private async page(filter: AppealFilter, asOf: string, page: PageRequest): Promise<string> {
    const after = decodeKeyCursor(page.cursor, ['timestamp', 'uuid']);
    const parameters = new SqlParameters();
    const today = `CAST(${parameters.add(asOf)} AS date)`;
    const addresseeId = filter.addresseeId && parameters.add(filter.addresseeId);
    const outgoingYear = filter.outgoingYear === undefined ? undefined : yearRange(filter.outgoingYear);
    const where = whereAll([
      keysetCondition(['appeal.created_at', 'appeal.id'], after, parameters, 'timestamptz'),
      filter.stage && `appeal.stage = ${parameters.add(filter.stage)}`,
      filter.status && `${deadlineStatusSql('appeal', today)} = ${parameters.add(filter.status)}`,
      addresseeId && `(appeal.holder_id = ${addresseeId} OR appeal.addressee_id = ${addresseeId})`,
      filter.country && `appeal.holder_id IN (SELECT body.id FROM addressees body WHERE body.country = ${parameters.add(filter.country)})`,
      filter.dueBefore && `appeal.due_on < CAST(${parameters.add(filter.dueBefore)} AS date)`,
      outgoingYear && `appeal.dispatched_on >= CAST(${parameters.add(outgoingYear.from)} AS date) AND appeal.dispatched_on < CAST(${parameters.add(outgoingYear.until)} AS date)`,
      filter.q && `appeal.search_text LIKE ${parameters.add(containsPattern(filter.q))}`,
    ]);
    const rows = await queryReadModels<ListedAppeal>(
      this.dataSource,
      `${listedAppealsSql(today)} ${where} ORDER BY appeal.created_at, appeal.id LIMIT ${parameters.add(page.limit + 1)}`,
      parameters.values,
    );
    return JSON.stringify(toPage(rows, page.limit, (row) => [row.createdAt, row.id], appealItem));
  }

  /** One appeal with the bodies named from the register and every event of its timeline. */
  async record(id: string, asOf: string) {
    const [[row], timeline] = await Promise.all([
      queryReadModels<ListedAppeal & { signatory: Signatory | null }>(this.dataSource, `${listedAppealsSql('CAST($1 AS date)', 'appeal.signatory')} WHERE appeal.id = $2`, [asOf, id]),
      this.dataSource.getRepository(AppealTimelineRow).find({ where: { appealId: id }, order: { version: 'ASC' } }),
    ]);
    if (!row) throw new RecordNotFound('appeal', id);
    const entries = timeline.map(timelineEntry);
    const reminders = entries.filter((entry) => entry.type === 'AppealDeadlineReminderRecorded').map((entry) => entry.data);
    return { ...appealItem(row), signatory: row.signatory, ...legalDatesOf(entries), reminders, timeline: entries };
  }

  /** The register's names and countries of these bodies. */
  async addressees(ids: readonly string[]): Promise<Map<string, NamedAddressee>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(AddresseeRow).find({ select: { id: true, nameRu: true, nameEn: true, country: true }, where: { id: In(unique) } });
    return new Map(rows.map((row) => [row.id, { id: row.id, name: { ru: row.nameRu, en: row.nameEn }, country: row.country }]));
  }
}
