import type { RecordedOf } from '#accord/ledger';
import type { AddresseeEvent } from '../domain/addressee/addressee.events.js';
import { createReadModelDataSource, ReadModelsAdvanced, readModelMigrations } from '#accord/projections';
import { firstValueFrom, take, toArray } from 'rxjs';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { AppealEvent } from '../domain/appeal/appeal.events.js';
import { deadlineStatusSql } from './appeal-records.js';
import { AppealsDashboards, medianOf } from './appeals-dashboard.js';
import { appealsReadMigrations } from './appeals-read.migrations.js';
import { AppealRow, appealsProjection, AppealTimelineRow } from './appeals.projection.js';
import { addresseesMigrations } from './addressees.migrations.js';
import { AddresseeRow, addresseesProjection } from './addressees.projection.js';
import { addresseeEventsOf, ADDRESSEES, answered, appealEventsOf, dispatchedAppeal, recordedAppeal, registered, registeredAddressees } from './testing/appeal-histories.js';

let database: TestDatabase;
let dataSource: DataSource;
let dashboards: AppealsDashboards;
const advanced = new ReadModelsAdvanced();

const id = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ANSWERED_IN_20, ANSWERED_LATE_IN_40, ANSWERED_IN_10, MINTRUD_IN_10, MINTRUD_IN_25, OPEN_MVD, OPEN_IPA, DRAFT, CLOSED] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(id);

const toMvd = (appealId: string, dispatchedOn: string, ...after: AppealEvent[]) =>
  recordedAppeal(appealId, [...dispatchedAppeal({ dispatchedOn, outgoingNumber: `2026-${appealId.slice(-4)}` }), ...after]);
const toMintrud = (appealId: string, dispatchedOn: string, ...after: AppealEvent[]) =>
  recordedAppeal(appealId, [...dispatchedAppeal({ addresseeId: ADDRESSEES.mintrud, dispatchedOn, outgoingNumber: `2026-${appealId.slice(-4)}` }), ...after]);

/**
 * The Russian ministry answered in 10, 20 and 40 days (the last one late), the Ministry of Labour in 10
 * and 25 days; one appeal to each of the ministry and the IPA CIS is open, one draft, one closed unanswered.
 */
const HISTORY: readonly RecordedOf<AppealEvent | AddresseeEvent>[] = [
  ...registeredAddressees(),
  ...toMvd(ANSWERED_IN_20, '2026-04-01', registered('2026-04-02', '1'), answered('2026-04-21')),
  ...toMvd(ANSWERED_LATE_IN_40, '2026-04-01', registered('2026-04-02', '2'), answered('2026-05-11', 'declined')),
  ...toMvd(ANSWERED_IN_10, '2026-04-01', answered('2026-04-11')),
  ...toMintrud(MINTRUD_IN_10, '2026-04-10', registered('2026-04-10', '4', ADDRESSEES.mintrud), answered('2026-04-20')),
  ...toMintrud(MINTRUD_IN_25, '2026-04-10', registered('2026-04-13', '5', ADDRESSEES.mintrud), answered('2026-05-05')),
  // Due 3 June: due soon from 27 May, very overdue from 4 July.
  ...toMvd(OPEN_MVD, '2026-05-01', registered('2026-05-04', '6')),
  // Expected by 10 June: due soon from 3 June, very overdue from 21 July.
  ...recordedAppeal(OPEN_IPA, dispatchedAppeal({ addresseeId: ADDRESSEES.ipa, policyId: 'EXPECTED-DATE', expectedAnswerOn: '2026-06-10', dispatchedOn: '2026-05-01', outgoingNumber: '2026-0007' })),
  ...recordedAppeal(DRAFT, dispatchedAppeal({ addresseeId: ADDRESSEES.kz, dispatchedOn: '2026-05-01', outgoingNumber: '-' }).slice(0, 1)),
  ...toMvd(CLOSED, '2026-04-01', { type: 'AppealClosed', data: { reason: null } }),
];

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...addresseesMigrations, ...appealsReadMigrations]);
  dataSource = await createReadModelDataSource(database.url, [AppealRow, AppealTimelineRow, AddresseeRow]).initialize();
  dashboards = new AppealsDashboards(dataSource, advanced);
  await dataSource.transaction(async (manager) => {
    await addresseesProjection.apply(addresseeEventsOf(HISTORY), manager);
    await appealsProjection.apply(appealEventsOf(HISTORY), manager);
  });
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

/** Entries in code order: the database's collation decides where `interstate` falls among the ISO codes. */
const byCountryCode = <Entry extends { country: string | null }>(entries: readonly Entry[]) => [...entries].sort((a, b) => (a.country! < b.country! ? -1 : 1));

const countsOf = (entries: readonly { count: number }[], key: 'status' | 'stage') =>
  Object.fromEntries(entries.filter((entry) => entry.count > 0).map((entry) => [(entry as unknown as Record<string, string>)[key], entry.count]));

describe('the appeals dashboard', () => {
  it('counts the appeals by stage, naming every stage in both languages', async () => {
    const dashboard = await dashboards.on('2026-07-10', 10);
    expect(dashboard.total).toBe(9);
    expect(countsOf(dashboard.byStage, 'stage')).toEqual({ draft: 1, dispatched: 1, registered: 1, answered: 5, closed: 1 });
    expect(dashboard.byStage).toHaveLength(7);
    expect(dashboard.byStage[0]).toEqual({ stage: 'draft', title: { ru: 'Проект', en: 'Draft' }, count: 1 });
  });

  it('counts the appeals by their status on the day asked', async () => {
    const dashboard = await dashboards.on('2026-07-10', 10);
    expect(countsOf(dashboard.byStatus, 'status')).toEqual({
      not_dispatched: 1,
      very_overdue: 1,
      overdue: 1,
      answered_on_time: 4,
      answered_late: 1,
      closed_unanswered: 1,
    });
    expect(dashboard.byStatus.find((entry) => entry.status === 'very_overdue')?.title).toEqual({ ru: 'Срок ответа пропущен вдвое', en: 'Very overdue' });
  });

  it('moves the open appeals from not due to due soon to overdue as the day asked moves on', async () => {
    const on = async (asOf: string) => {
      const dashboard = await dashboards.on(asOf, 10);
      return { overdue: dashboard.overdue.map((item) => [item.id, item.status]), dueSoon: dashboard.dueSoon.map((item) => item.id) };
    };
    expect(await on('2026-05-20')).toEqual({ overdue: [], dueSoon: [] });
    expect(await on('2026-05-28')).toEqual({ overdue: [], dueSoon: [OPEN_MVD] });
    expect(await on('2026-06-05')).toEqual({ overdue: [[OPEN_MVD, 'overdue']], dueSoon: [OPEN_IPA] });
    expect(await on('2026-07-10')).toEqual({ overdue: [[OPEN_MVD, 'very_overdue'], [OPEN_IPA, 'overdue']], dueSoon: [] });
  });

  it('lists an appeal as due soon from its first day to its due date, and as overdue from the day after', async () => {
    const on = async (asOf: string) => {
      const dashboard = await dashboards.on(asOf, 10);
      return { overdue: dashboard.overdue.map((item) => item.id), dueSoon: dashboard.dueSoon.map((item) => item.id) };
    };
    expect(await on('2026-05-26')).toEqual({ overdue: [], dueSoon: [] });
    expect(await on('2026-05-27')).toEqual({ overdue: [], dueSoon: [OPEN_MVD] });
    expect(await on('2026-06-03')).toEqual({ overdue: [], dueSoon: [OPEN_MVD, OPEN_IPA] });
    expect(await on('2026-06-04')).toEqual({ overdue: [OPEN_MVD], dueSoon: [OPEN_IPA] });
  });

  it('lists at most the number of appeals asked, the earliest due first', async () => {
    const dashboard = await dashboards.on('2026-07-10', 1);
    expect(dashboard.overdue.map((item) => item.id)).toEqual([OPEN_MVD]);
    expect(dashboard.overdue[0]).toMatchObject({ holder: { name: { ru: 'МВД России' } }, deadlines: { dueOn: '2026-06-03' } });
  });

  it('gives each body its open, overdue and answered appeals, the median days to answer and the late rate', async () => {
    const { byAddressee } = await dashboards.on('2026-07-10', 10);
    const figures = Object.fromEntries(byAddressee.map(({ addressee, ...rest }) => [addressee.id, rest]));
    expect(Object.keys(figures).sort()).toEqual([ADDRESSEES.mvd, ADDRESSEES.ipa, ADDRESSEES.mintrud].sort());
    // 10, 20 and 40 days: the middle one.
    expect(figures[ADDRESSEES.mvd]).toEqual({ open: 1, overdue: 1, answered: 3, answeredLate: 1, medianDaysToAnswer: 20, answeredLateRate: 1 / 3 });
    // 10 and 25 days: the mean of the two.
    expect(figures[ADDRESSEES.mintrud]).toEqual({ open: 0, overdue: 0, answered: 2, answeredLate: 0, medianDaysToAnswer: 17.5, answeredLateRate: 0 });
    expect(figures[ADDRESSEES.ipa]).toEqual({ open: 1, overdue: 1, answered: 0, answeredLate: 0, medianDaysToAnswer: null, answeredLateRate: null });
    expect(byAddressee.find((entry) => entry.addressee.id === ADDRESSEES.ipa)?.addressee).toEqual({ id: ADDRESSEES.ipa, name: { ru: 'МПА СНГ', en: 'IPA CIS' }, country: 'interstate' });
  });

  it('gives the same figures by the country of the body holding the appeal', async () => {
    const { byCountry } = await dashboards.on('2026-07-10', 10);
    expect(byCountryCode(byCountry)).toEqual([
      { country: 'RU', open: 1, overdue: 1, answered: 5, answeredLate: 1, medianDaysToAnswer: 20, answeredLateRate: 0.2 },
      { country: 'interstate', open: 1, overdue: 1, answered: 0, answeredLate: 0, medianDaysToAnswer: null, answeredLateRate: null },
    ]);
  });

  it('counts an appeal overdue by a body only on the days it is overdue', async () => {
    const { byCountry } = await dashboards.on('2026-05-20', 10);
    expect(byCountryCode(byCountry).map((entry) => [entry.country, entry.overdue])).toEqual([
      ['RU', 0],
      ['interstate', 0],
    ]);
  });
});

describe('the median of the days to answer', () => {
  it.each([
    [[], null],
    [[{ days: 12, count: 1 }], 12],
    [[{ days: 10, count: 1 }, { days: 20, count: 1 }, { days: 40, count: 1 }], 20],
    [[{ days: 10, count: 1 }, { days: 25, count: 1 }], 17.5],
    [[{ days: 3, count: 2 }, { days: 8, count: 2 }], 5.5],
    [[{ days: 3, count: 3 }, { days: 8, count: 1 }], 3],
  ])('gives the interpolated middle of %j: %p', (histogram, median) => {
    expect(medianOf(histogram)).toBe(median);
  });
});

describe('the counts the projection keeps for the dashboard', () => {
  const days = Array.from({ length: 30 }, (_, index) => new Date(Date.UTC(2026, 3, 1 + 5 * index)).toISOString().slice(0, 10));

  /** The figures as the appeals themselves give them, read row by row: what the counts must add up to. */
  const fromAppeals = async (asOf: string) => ({
    byStatus: Object.fromEntries(
      (await dataSource.query(`SELECT ${deadlineStatusSql('appeal', '$1::date')} AS status, count(*)::int AS count FROM appeals appeal GROUP BY 1`, [asOf])).map(
        (row: { status: string; count: number }) => [row.status, row.count],
      ),
    ),
    byAddressee: Object.fromEntries(
      (
        await dataSource.query(
          `SELECT holder_id AS id,
                  count(*) FILTER (WHERE answered_on IS NULL AND NOT closed)::int AS open,
                  count(*) FILTER (WHERE ${deadlineStatusSql('appeal', '$1::date')} IN ('overdue', 'very_overdue'))::int AS overdue,
                  count(*) FILTER (WHERE answered_on IS NOT NULL)::int AS answered,
                  count(*) FILTER (WHERE answered_late)::int AS "answeredLate",
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - dispatched_on) FILTER (WHERE answered_on IS NOT NULL) AS "medianDaysToAnswer"
             FROM appeals appeal WHERE dispatched_on IS NOT NULL GROUP BY holder_id`,
          [asOf],
        )
      ).map(({ id, ...figures }: { id: string }) => [id, figures]),
    ),
  });

  const fromDashboard = async (asOf: string) => {
    const dashboard = await dashboards.on(asOf, 10);
    return {
      byStatus: countsOf(dashboard.byStatus, 'status'),
      byAddressee: Object.fromEntries(dashboard.byAddressee.map(({ addressee, answeredLateRate: _, ...figures }) => [addressee.id, figures])),
    };
  };

  it('add up, on every day, to the figures the appeals themselves give', async () => {
    for (const asOf of days) expect({ asOf, ...(await fromDashboard(asOf)) }).toEqual({ asOf, ...(await fromAppeals(asOf)) });
  });

  it('are the same when the history is applied again, or event by event', async () => {
    const counts = () => dataSource.query('SELECT * FROM appeal_counts ORDER BY holder_id, stage, dispatched, closed, answered, answered_late, settled_status, due_soon_from, due_on, very_overdue_from, days_to_answer');
    const appealEvents = appealEventsOf(HISTORY);
    const once = await counts();
    await dataSource.transaction((manager) => appealsProjection.apply(appealEvents, manager));
    expect(await counts()).toEqual(once);
    await dataSource.query('TRUNCATE appeals, appeal_timeline, appeal_counts');
    for (const event of appealEvents) await dataSource.transaction((manager) => appealsProjection.apply([event], manager));
    expect(await counts()).toEqual(once);
  });

  it('are filled by their migration from the appeals already read, as the projection keeps them', async () => {
    const counts = () => dataSource.query('SELECT * FROM read.appeal_counts ORDER BY holder_id, stage, dispatched, closed, answered, answered_late, settled_status, due_soon_from, due_on, very_overdue_from, days_to_answer');
    const kept = await counts();
    const migration = appealsReadMigrations.find((candidate) => candidate.id === '0611-appeal-counts')!;
    await dataSource.query('DROP TABLE read.appeal_counts; DROP INDEX read.appeals_waiting_by_due_on');
    await dataSource.query(migration.sql);
    expect(await counts()).toEqual(kept);
  });
  it('keep the appeals that the dashboard tells apart from nothing in one row, however many they are', async () => {
    const rows = () => dataSource.query('SELECT count(*)::int AS rows, sum(count)::int AS appeals FROM appeal_counts').then(([row]) => row);
    const before = await rows();
    const drafts = Array.from({ length: 20 }, (_, index) =>
      recordedAppeal(id(100 + index), dispatchedAppeal({ addresseeId: ADDRESSEES.kz, dispatchedOn: '2026-05-01', outgoingNumber: '-' }).slice(0, 1)),
    );
    await dataSource.transaction((manager) => appealsProjection.apply(drafts.flat(), manager));
    expect(await rows()).toEqual({ rows: before.rows, appeals: before.appeals + 20 });
  });

  it('given a watcher of a day, when the appeals projection applies a new appeal and its checkpoint moves, then the watcher is sent the dashboard with it', async () => {
    const sent = firstValueFrom(dashboards.watch('2026-05-25', 10).pipe(take(2), toArray()));
    await new Promise((resolve) => setImmediate(resolve));
    const before = await dashboards.on('2026-05-25', 10);

    const appeal = recordedAppeal(id(200), dispatchedAppeal({ addresseeId: ADDRESSEES.kz, dispatchedOn: '2026-05-01', outgoingNumber: '-' }).slice(0, 1));
    await dataSource.transaction((manager) => appealsProjection.apply(appeal, manager));
    advanced.publish(appealsProjection.name, { commit: 1n, sequence: 0n });

    const [first, second] = await sent;
    expect(first.total).toBe(before.total);
    expect(second.total).toBe(before.total + 1);
  });
});
