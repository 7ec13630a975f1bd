import type { BilingualText } from '#accord/kernel';
import type { DataSource } from 'typeorm';
import { APPEAL_STAGES, type AppealStage } from '../domain/appeal/appeal.state.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';
import { deadlineStatusSql, type AppealItem, type AppealRecords, type NamedAddressee } from './appeal-records.js';
import { APPEAL_STAGE_TITLES, DEADLINE_STATUS_TITLES } from './appeal-titles.js';
import { AppealRow } from './appeals.projection.js';

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
  readonly median_days: number | null;
}

const STATUS_ON_DAY = deadlineStatusSql('appeal', '$1::date');

/**
 * The figures of one group of dispatched appeals. The median is PostgreSQL's `percentile_cont(0.5)`,
 * which interpolates: the middle value of an odd count, the mean of the two middle values of an even one.
 */
const FIGURES = `
  count(*) FILTER (WHERE appeal.answered_on IS NULL AND NOT appeal.closed)::int AS open,
  count(*) FILTER (WHERE ${STATUS_ON_DAY} IN ('overdue', 'very_overdue'))::int AS overdue,
  count(*) FILTER (WHERE appeal.answered_on IS NOT NULL)::int AS answered,
  count(*) FILTER (WHERE appeal.answered_late)::int AS answered_late,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY appeal.answered_on - appeal.dispatched_on) FILTER (WHERE appeal.answered_on IS NOT NULL) AS median_days`;

const figuresOf = (row: FiguresRow): AnswerFigures => ({
  open: row.open,
  overdue: row.overdue,
  answered: row.answered,
  answeredLate: row.answered_late,
  medianDaysToAnswer: row.median_days,
  answeredLateRate: row.answered === 0 ? null : row.answered_late / row.answered,
});

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
  FROM appeals appeal
  LEFT JOIN addressees addressee ON addressee.id = appeal.holder_id
 WHERE appeal.dispatched_on IS NOT NULL`;

/** The secretariat's view of all appeals on one day: where they stand, what is late, and how each body answers. */
export class AppealsDashboards {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: AppealRecords,
  ) {}

  /** The dashboard on `asOf` (an ISO date), listing at most `top` appeals in each of its lists. */
  async on(asOf: string, top: number): Promise<AppealsDashboard> {
    const [byStatus, byStage, overdue, dueSoon, byAddressee, byCountry] = await Promise.all([
      this.countsBy<DeadlineStatus>(STATUS_ON_DAY, [asOf]),
      this.countsBy<AppealStage>('appeal.stage', []),
      this.earliestDue(['overdue', 'very_overdue'], asOf, top),
      this.earliestDue(['due_soon'], asOf, top),
      this.dataSource.query<(FiguresRow & { id: string; name_ru: string | null; name_en: string | null; country: string | null })[]>(
        `SELECT appeal.holder_id AS id, addressee.name_ru, addressee.name_en, addressee.country, ${FIGURES} ${DISPATCHED}
          GROUP BY appeal.holder_id, addressee.name_ru, addressee.name_en, addressee.country
          ORDER BY addressee.name_ru, appeal.holder_id`,
        [asOf],
      ),
      this.dataSource.query<(FiguresRow & { country: string | null })[]>(
        `SELECT addressee.country, ${FIGURES} ${DISPATCHED} GROUP BY addressee.country ORDER BY addressee.country`,
        [asOf],
      ),
    ]);
    return {
      asOf,
      total: [...byStage.values()].reduce((sum, count) => sum + count, 0),
      byStatus: DEADLINE_STATUSES.map((status) => ({ status, title: DEADLINE_STATUS_TITLES[status], count: byStatus.get(status) ?? 0 })),
      byStage: APPEAL_STAGES.map((stage) => ({ stage, title: APPEAL_STAGE_TITLES[stage], count: byStage.get(stage) ?? 0 })),
      overdue,
      dueSoon,
      byAddressee: byAddressee.map((row) => ({
        addressee: { id: row.id, name: row.name_ru === null ? null : { ru: row.name_ru, en: row.name_en }, country: row.country },
        ...figuresOf(row),
      })),
      byCountry: byCountry.map((row) => ({ country: row.country, ...figuresOf(row) })),
    };
  }

  private async countsBy<Key extends string>(expression: string, parameters: readonly unknown[]): Promise<Map<Key, number>> {
    const rows: { key: Key; count: number }[] = await this.dataSource.query(
      `SELECT ${expression} AS key, count(*)::int AS count FROM appeals appeal GROUP BY 1`,
      [...parameters],
    );
    return new Map(rows.map((row) => [row.key, row.count]));
  }

  private async earliestDue(statuses: readonly DeadlineStatus[], asOf: string, top: number): Promise<AppealItem[]> {
    const rows = await this.dataSource
      .getRepository(AppealRow)
      .createQueryBuilder('appeal')
      .where(`${deadlineStatusSql('appeal', 'CAST(:asOf AS date)')} IN (:...statuses)`, { asOf, statuses })
      .orderBy('appeal.dueOn')
      .addOrderBy('appeal.id')
      .limit(top)
      .getMany();
    return this.records.items(rows, asOf);
  }
}
