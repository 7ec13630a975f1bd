import type { BilingualText } from '#accord/kernel';
import { SharedReadings, type ReadModelsAdvanced } from '#accord/projections';
import type { Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { APPEAL_STAGES, type AppealStage } from '../domain/appeal/appeal.state.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';
import { datedDeadlineStatusSql, deadlineStatusSql, type AppealItem, type AppealRecords, type NamedAddressee } from './appeal-records.js';
import { APPEAL_STAGE_TITLES, DEADLINE_STATUS_TITLES } from './appeal-titles.js';
import { addresseesProjection } from './addressees.projection.js';
import { AppealRow, appealsProjection } from './appeals.projection.js';

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

/**
 * The secretariat's view of all appeals on one day: where they stand, what is late, and how each body
 * answers. The figures are summed over the counts the projection keeps, whose rows grow with the
 * bodies and the calendar, not with the appeals; the lists read the waiting appeals by due date.
 */
export class AppealsDashboards {
  private readonly readings: SharedReadings<AppealsDashboard>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: AppealRecords,
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
    const [byStatus, byStage, overdue, dueSoon, byAddressee, byCountry, answers] = await Promise.all([
      this.countsBy<DeadlineStatus>(STATUS_ON_DAY, [asOf]),
      this.countsBy<AppealStage>('counts.stage', []),
      this.earliestDue(['overdue', 'very_overdue'], asOf, top),
      this.earliestDue(['due_soon'], asOf, top),
      this.dataSource.query<(FiguresRow & { id: string; name_ru: string | null; name_en: string | null; country: string | null })[]>(
        `SELECT counts.holder_id AS id, addressee.name_ru, addressee.name_en, addressee.country, ${FIGURES} ${DISPATCHED}
          GROUP BY counts.holder_id, addressee.name_ru, addressee.name_en, addressee.country
          ORDER BY addressee.name_ru, counts.holder_id`,
        [asOf],
      ),
      this.dataSource.query<(FiguresRow & { country: string | null })[]>(
        `SELECT addressee.country, ${FIGURES} ${DISPATCHED} GROUP BY addressee.country ORDER BY addressee.country`,
        [asOf],
      ),
      this.dataSource.query<HistogramRow[]>(
        `SELECT counts.holder_id AS id, addressee.country, counts.days_to_answer AS days, sum(counts.count)::int AS count ${DISPATCHED} AND counts.answered
          GROUP BY counts.holder_id, addressee.country, counts.days_to_answer
          ORDER BY counts.days_to_answer`,
      ),
    ]);
    const byHolder = histogramsBy(answers, (row) => row.id);
    const inCountry = histogramsBy(answers, (row) => row.country);
    return {
      asOf,
      total: [...byStage.values()].reduce((sum, count) => sum + count, 0),
      byStatus: DEADLINE_STATUSES.map((status) => ({ status, title: DEADLINE_STATUS_TITLES[status], count: byStatus.get(status) ?? 0 })),
      byStage: APPEAL_STAGES.map((stage) => ({ stage, title: APPEAL_STAGE_TITLES[stage], count: byStage.get(stage) ?? 0 })),
      overdue,
      dueSoon,
      byAddressee: byAddressee.map((row) => ({
        addressee: { id: row.id, name: row.name_ru === null ? null : { ru: row.name_ru, en: row.name_en }, country: row.country },
        ...figuresOf(row, medianOf(byHolder.get(row.id) ?? [])),
      })),
      byCountry: byCountry.map((row) => ({ country: row.country, ...figuresOf(row, medianOf(inCountry.get(row.country) ?? [])) })),
    };
  }

  private async countsBy<Key extends string>(expression: string, parameters: readonly unknown[]): Promise<Map<Key, number>> {
    const rows: { key: Key; count: number }[] = await this.dataSource.query(
      `SELECT ${expression} AS key, sum(counts.count)::int AS count FROM appeal_counts counts GROUP BY 1`,
      [...parameters],
    );
    return new Map(rows.map((row) => [row.key, row.count]));
  }

  private async earliestDue(statuses: readonly DeadlineStatus[], asOf: string, top: number): Promise<AppealItem[]> {
    const select = this.dataSource
      .getRepository(AppealRow)
      .createQueryBuilder('appeal')
      // Only an appeal waiting for its answer can be due or late: the partial index on the due date holds those alone.
      .where('appeal.answeredOn IS NULL AND NOT appeal.closedUnanswered AND appeal.policyId IS NOT NULL')
      .andWhere(`${deadlineStatusSql('appeal', 'CAST(:asOf AS date)')} IN (:...statuses)`, { asOf, statuses })
      .orderBy('appeal.dueOn')
      .addOrderBy('appeal.id')
      .limit(top);
    // An appeal due before the day is overdue: a list of the others starts at the day.
    if (!statuses.some((status) => status === 'overdue' || status === 'very_overdue')) select.andWhere('appeal.dueOn >= CAST(:asOf AS date)');
    const rows = await select.getMany();
    return this.records.items(rows, asOf);
  }
}
