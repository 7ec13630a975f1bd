import type { BilingualText } from '#accord/kernel';
import { queryReadModels, SharedReadings, type ReadModelsAdvanced } from '#accord/projections';
import type { Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { APPEAL_STAGES, type AppealStage } from '../domain/appeal/appeal.state.js';
import { DEADLINE_STATUSES, DUE_SOON_DAYS, type DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';
import { appealItem, datedDeadlineStatusSql, deadlineStatusSql, listedAppealsSql, type AppealItem, type ListedAppeal, type NamedAddressee } from './appeal-records.js';
import { APPEAL_STAGE_TITLES, DEADLINE_STATUS_TITLES } from './appeal-titles.js';
import { addresseesProjection } from './addressees.projection.js';
import { appealsProjection } from './appeals.projection.js';

/** How the bodies holding dispatched appeals have been answering. */
export interface AnswerFigures {
  /** Dispatched, neither answered nor closed. */
  readonly open: number;
  /** Overdue or very overdue on the dashboard's date. */
  readonly overdue: number;
  readonly answered: number;
  readonly answeredLate: number;
  /** The median of calendar days from dispatch to answer, `null` when none was answered. */
  readonly medianDaysToAnswer: number | null;
  /** Answered late as a share of answered, from 0 to 1; `null` when none was answered. */
  readonly answeredLateRate: number | null;
}

interface FiguresRow {
  readonly open: number;
  readonly overdue: number;
  readonly answered: number;
  readonly answered_late: number;
}

/** The status on the dashboard's day of the appeals a row of `appeal_counts` counts. */
const STATUS_ON_DAY = `COALESCE(counts.settled_status, ${datedDeadlineStatusSql('counts', '$1::date')})`;

/** The figures of one group of dispatched appeals, summed over its rows of `appeal_counts`. */
const FIGURES = `
  COALESCE(sum(counts.count) FILTER (WHERE NOT counts.answered AND NOT counts.closed), 0)::int AS open,
  COALESCE(sum(counts.count) FILTER (WHERE ${STATUS_ON_DAY} IN ('overdue', 'very_overdue')), 0)::int AS overdue,
  COALESCE(sum(counts.count) FILTER (WHERE counts.answered), 0)::int AS answered,
  COALESCE(sum(counts.count) FILTER (WHERE counts.answered_late), 0)::int AS answered_late`;

const figuresOf = (row: FiguresRow, medianDays: number | null): AnswerFigures => ({
  open: row.open,
  overdue: row.overdue,
  answered: row.answered,
  answeredLate: row.answered_late,
  medianDaysToAnswer: medianDays,
  answeredLateRate: row.answered === 0 ? null : row.answered_late / row.answered,
});

/** How many answers took each number of days, fewest days first. */
type DaysHistogram = readonly { readonly days: number; readonly count: number }[];

/**
 * The median of the days counted, as PostgreSQL's `percentile_cont(0.5)` gives it over the single
 * values: it interpolates, the middle value of an odd count, the mean of the two middle values of an even one.
 */
export function medianOf(histogram: DaysHistogram): number | null {
  const total = histogram.reduce((sum, bucket) => sum + bucket.count, 0);
  if (total === 0) return null;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const bucket of histogram) {
      seen += bucket.count;
      if (index < seen) return bucket.days;
    }
    throw new RangeError(`no value at ${index} of ${total}`);
  };
  const middle = (total - 1) / 2;
  return (valueAt(Math.floor(middle)) + valueAt(Math.ceil(middle))) / 2;
}

/** The histograms of a grouping of the answers, by the key of each group. */
function histogramsBy<Key>(rows: readonly HistogramRow[], keyOf: (row: HistogramRow) => Key): Map<Key, { days: number; count: number }[]> {
  const histograms = new Map<Key, { days: number; count: number }[]>();
  for (const row of rows) {
    const histogram = histograms.get(keyOf(row)) ?? [];
    const last = histogram.at(-1);
    if (last?.days === row.days) last.count += row.count;
    else histogram.push({ days: row.days, count: row.count });
    histograms.set(keyOf(row), histogram);
  }
  return histograms;
}

interface HistogramRow {
  readonly id: string;
  readonly country: string | null;
  readonly days: number;
  readonly count: number;
}

export interface AppealsDashboard {
  /** The day statuses are placed against. */
  readonly asOf: string;
  readonly total: number;
  readonly byStatus: readonly { readonly status: DeadlineStatus; readonly title: BilingualText; readonly count: number }[];
  readonly byStage: readonly { readonly stage: AppealStage; readonly title: BilingualText; readonly count: number }[];
  /** Overdue and very overdue appeals, the earliest due first. */
  readonly overdue: readonly AppealItem[];
  /** Appeals due within the next seven days (status `due_soon`), the earliest due first. */
  readonly dueSoon: readonly AppealItem[];
  readonly byAddressee: readonly (AnswerFigures & { readonly addressee: NamedAddressee })[];
  readonly byCountry: readonly (AnswerFigures & { readonly country: string | null })[];
}

const DISPATCHED = `
  FROM appeal_counts counts
  LEFT JOIN addressees addressee ON addressee.id = counts.holder_id
 WHERE counts.dispatched`;

/** The rows of a query as one JSON array, in the order of `orderBy` (over the query's columns, as `part.<column>`). */
const jsonRows = (sql: string, orderBy: string) => `(SELECT coalesce(json_agg(part ORDER BY ${orderBy}), '[]'::json) FROM (${sql}) part)`;

/**
 * The appeals waiting for an answer with one of the `statuses` (a text[] placeholder) on the day ($1),
 * the earliest due first, at most $2. Only an appeal waiting for its answer can be due or late: the
 * partial index on the due date holds those alone, and `dueOn` bounds the range it reads (see
 * `LATE` and `DUE_SOON`), so that a list costs its length, not the number of appeals.
 *
 * The day's bounds and the length are read through subqueries (`(SELECT $1::date)`), whose values
 * the planner does not see: otherwise, once the appeals waiting number in the thousands, the plan
 * made for the values at hand looks cheaper than the statement's one generic plan, and PostgreSQL
 * plans the whole dashboard anew on every request (about 1 ms at 100k appeals, several times the
 * cost of running it).
 */
function earliestDueSql(statuses: string, dueOn: string): string {
  return jsonRows(
    `${listedAppealsSql('$1::date', 'appeal.due_on AS "dueOnSort"')}
      WHERE appeal.answered_on IS NULL AND NOT appeal.closed_unanswered AND appeal.policy_id IS NOT NULL AND ${dueOn}
        AND ${deadlineStatusSql('appeal', '$1::date')} = ANY(${statuses}::text[])
      ORDER BY appeal.due_on, appeal.id LIMIT (SELECT $2::int)`,
    'part."dueOnSort", part.id',
  );
}

/** Overdue and very overdue appeals were due before the day: very overdue starts after the due date. */
const LATE = { statuses: ['overdue', 'very_overdue'] as readonly DeadlineStatus[], dueOn: 'appeal.due_on < (SELECT $1::date)' };
/** An appeal is due soon from DUE_SOON_DAYS before its due date until that date. */
const DUE_SOON = {
  statuses: ['due_soon'] as readonly DeadlineStatus[],
  dueOn: `appeal.due_on BETWEEN (SELECT $1::date) AND (SELECT $1::date + ${DUE_SOON_DAYS})`,
};

/**
 * The whole dashboard in one statement, a JSON array per part: one round trip to the database
 * whatever the number of parts. $1 the day, $2 the length of the lists, $3 and $4 the statuses of
 * each list.
 */
const DASHBOARD = `SELECT
  ${jsonRows(`SELECT ${STATUS_ON_DAY} AS key, sum(counts.count)::int AS count FROM appeal_counts counts GROUP BY 1`, 'part.key')} AS "byStatus",
  ${jsonRows('SELECT counts.stage AS key, sum(counts.count)::int AS count FROM appeal_counts counts GROUP BY 1', 'part.key')} AS "byStage",
  ${earliestDueSql('$3', LATE.dueOn)} AS overdue,
  ${earliestDueSql('$4', DUE_SOON.dueOn)} AS "dueSoon",
  ${jsonRows(
    `SELECT counts.holder_id AS id, addressee.name_ru, addressee.name_en, addressee.country, ${FIGURES} ${DISPATCHED}
      GROUP BY counts.holder_id, addressee.name_ru, addressee.name_en, addressee.country`,
    'part.name_ru, part.id',
  )} AS "byAddressee",
  ${jsonRows(`SELECT addressee.country, ${FIGURES} ${DISPATCHED} GROUP BY addressee.country`, 'part.country')} AS "byCountry",
  ${jsonRows(
    `SELECT counts.holder_id AS id, addressee.country, counts.days_to_answer AS days, sum(counts.count)::int AS count ${DISPATCHED} AND counts.answered
      GROUP BY counts.holder_id, addressee.country, counts.days_to_answer`,
    'part.days',
  )} AS answers`;

interface DashboardRow {
  readonly byStatus: readonly { key: DeadlineStatus; count: number }[];
  readonly byStage: readonly { key: AppealStage; count: number }[];
  readonly overdue: readonly ListedAppeal[];
  readonly dueSoon: readonly ListedAppeal[];
  readonly byAddressee: readonly (FiguresRow & { id: string; name_ru: string | null; name_en: string | null; country: string | null })[];
  readonly byCountry: readonly (FiguresRow & { country: string | null })[];
  readonly answers: readonly HistogramRow[];
}

/**
 * The secretariat's view of all appeals on one day: where they stand, what is late, and how each body
 * answers. The figures are summed over the counts the projection keeps, whose rows grow with the
 * bodies and the calendar, not with the appeals; the lists read the waiting appeals by due date.
 */
export class AppealsDashboards {
  private readonly readings: SharedReadings<AppealsDashboard>;

  constructor(
    private readonly dataSource: DataSource,
    advanced: ReadModelsAdvanced,
  ) {
    this.readings = new SharedReadings(advanced, [appealsProjection.name, addresseesProjection.name]);
  }

  /** The dashboard now, then again whenever an appeal or an addressee changes it: one reading per change for all who watch the same day. */
  watch(asOf: string, top: number): Observable<AppealsDashboard> {
    return this.readings.watch(`${asOf}:${top}`, () => this.on(asOf, top));
  }

  /** The dashboard on `asOf` (an ISO date), listing at most `top` appeals in each of its lists. */
  async on(asOf: string, top: number): Promise<AppealsDashboard> {
    const [row] = await queryReadModels<DashboardRow>(this.dataSource, DASHBOARD, [asOf, top, LATE.statuses, DUE_SOON.statuses]);
    const byStatus = new Map(row.byStatus.map((entry) => [entry.key, entry.count]));
    const byStage = new Map(row.byStage.map((entry) => [entry.key, entry.count]));
    const byHolder = histogramsBy(row.answers, (answer) => answer.id);
    const inCountry = histogramsBy(row.answers, (answer) => answer.country);
    return {
      asOf,
      total: [...byStage.values()].reduce((sum, count) => sum + count, 0),
      byStatus: DEADLINE_STATUSES.map((status) => ({ status, title: DEADLINE_STATUS_TITLES[status], count: byStatus.get(status) ?? 0 })),
      byStage: APPEAL_STAGES.map((stage) => ({ stage, title: APPEAL_STAGE_TITLES[stage], count: byStage.get(stage) ?? 0 })),
      overdue: row.overdue.map(appealItem),
      dueSoon: row.dueSoon.map(appealItem),
      byAddressee: row.byAddressee.map((entry) => ({
        addressee: { id: entry.id, name: entry.name_ru === null ? null : { ru: entry.name_ru, en: entry.name_en }, country: entry.country },
        ...figuresOf(entry, medianOf(byHolder.get(entry.id) ?? [])),
      })),
      byCountry: row.byCountry.map((entry) => ({ country: entry.country, ...figuresOf(entry, medianOf(inCountry.get(entry.country) ?? [])) })),
    };
  }
}
