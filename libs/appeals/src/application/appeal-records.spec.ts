import { RecordNotFound } from '#accord/eventsourcing';
import type { RecordedOf } from '#accord/ledger';
import type { AddresseeEvent } from '../domain/addressee/addressee.events.js';
import { createReadModelDataSource, readModelMigrations, ReadModelAnswers } from '#accord/projections';
import type { Page } from '#accord/platform';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { AppealEvent } from '../domain/appeal/appeal.events.js';
import type { DeadlineAssessment } from '../domain/deadlines/deadline-assessment.js';
import { assessDeadlines, deadlineStatus } from '../domain/deadlines/deadline-engine.js';
import { AppealRecords, deadlineStatusSql, type AppealFilter, type AppealItem } from './appeal-records.js';
import { appealsReadMigrations } from './appeals-read.migrations.js';
import { AppealRow, appealsProjection, AppealTimelineRow } from './appeals.projection.js';
import { addresseesMigrations } from './addressees.migrations.js';
import { AddresseeRow, addresseesProjection } from './addressees.projection.js';
import { addresseeEventsOf, ADDRESSEES, answered, appealEventsOf, dispatchedAppeal, recordedAppeal, registered, registeredAddressees } from './testing/appeal-histories.js';

let database: TestDatabase;
let dataSource: DataSource;
let records: AppealRecords;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...addresseesMigrations, ...appealsReadMigrations]);
  dataSource = await createReadModelDataSource(database.url, [AppealRow, AppealTimelineRow, AddresseeRow]).initialize();
  records = new AppealRecords(dataSource, new ReadModelAnswers(dataSource, ['appeals', 'addressees']));
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
/** The tables change with the appeals projection's checkpoint, as the runner moves it. */
const movedCheckpoint = () =>
  dataSource.query(
    `INSERT INTO projection_checkpoints (projection, commit_position, sequence_position) VALUES ('appeals', 1, 0)
     ON CONFLICT (projection) DO UPDATE SET commit_position = projection_checkpoints.commit_position + 1`,
  );

beforeEach(async () => {
  await dataSource.query('TRUNCATE appeals, appeal_timeline, addressees');
  await movedCheckpoint();
});

const given = (events: readonly RecordedOf<AppealEvent | AddresseeEvent>[]) =>
  dataSource.transaction(async (manager) => {
    await addresseesProjection.apply(addresseeEventsOf(events), manager);
    await appealsProjection.apply(appealEventsOf(events), manager);
    await manager.query(`UPDATE projection_checkpoints SET commit_position = commit_position + 1 WHERE projection = 'appeals'`);
  });

/** A page of the register as the API answers it. */
const listed = async (...query: Parameters<AppealRecords['list']>) => JSON.parse((await records.list(...query)).text) as Page<AppealItem>;

const uuid = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

describe('the deadline status in SQL', () => {
  const dispatched = (dueOn: string | null, periodStartsOn: string, extra: Partial<DeadlineAssessment> = {}): DeadlineAssessment => ({
    policyId: 'RU-59FZ',
    registrationDueOn: null,
    periodStartsOn,
    dueOn,
    dueOnBasis: dueOn === null ? null : 'statute',
    isEstimate: false,
    estimateReasons: [],
    dueSoonFrom: dueOn === null ? null : addDays(dueOn, -7),
    veryOverdueFrom: null,
    answeredOn: null,
    answeredLate: null,
    closedUnanswered: false,
    ...extra,
  });
  const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const history = (...events: AppealEvent[]) => assessDeadlines([...dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: 'x' }).slice(3), ...events]);

  /** Hand-made assessments for every branch and boundary, and the engine's own for real histories. */
  const CASES: readonly DeadlineAssessment[] = [
    assessDeadlines([]),
    { ...assessDeadlines([]), closedUnanswered: true },
    dispatched('2026-05-20', '2026-04-20', { veryOverdueFrom: '2026-06-20' }),
    dispatched(null, '2026-04-17', { policyId: 'EXPECTED-DATE' }),
    dispatched('2026-05-20', '2026-04-20', { veryOverdueFrom: '2026-06-20', answeredOn: '2026-05-20', answeredLate: false }),
    dispatched('2026-05-20', '2026-04-20', { veryOverdueFrom: '2026-06-20', answeredOn: '2026-05-21', answeredLate: true }),
    dispatched('2026-05-20', '2026-04-20', { veryOverdueFrom: '2026-06-20', closedUnanswered: true }),
    // An extension to a date before the period's start allows no time: very overdue the day after.
    dispatched('2026-05-01', '2026-05-05', { veryOverdueFrom: '2026-05-02' }),
    history(),
    history(registered('2026-04-20', '1')),
    history(registered('2026-04-20', '1'), { type: 'AppealExtended', data: { dueOn: '2026-06-19', noticeOn: '2026-05-18' } }),
    history(registered('2026-04-20', '1'), answered('2026-05-30')),
    history({ type: 'AppealClosed', data: { reason: null } }),
  ];

  it('agrees with deadlineStatus for every case on every day around their dates', async () => {
    const rows = dataSource.getRepository(AppealRow);
    for (const [index, assessment] of CASES.entries()) {
      await rows.insert({
        id: uuid(index),
        stage: 'dispatched',
        addresseeId: ADDRESSEES.mvd,
        holderId: ADDRESSEES.mvd,
        subjectRu: 'Тема',
        subjectEn: null,
        searchText: 'тема',
        resolutionId: null,
        followUpOf: null,
        followUpIds: [],
        signatory: null,
        outgoingNumber: null,
        outgoingSort: null,
        dispatchedOn: null,
        channel: null,
        registeredOn: null,
        incomingNumber: null,
        forwardedCount: 0,
        lastForwardedOn: null,
        outcome: null,
        answerReference: null,
        closed: false,
        ...assessment,
        estimateReasons: [...assessment.estimateReasons],
        reminders: [],
        deadlineEvents: [],
        version: 1,
        createdAt: new Date('2026-04-01T00:00:00Z'),
        updatedAt: new Date('2026-04-01T00:00:00Z'),
      });
    }
    const statuses: { id: string; day: string; status: string }[] = await dataSource.query(
      `SELECT appeal.id, to_char(day, 'YYYY-MM-DD') AS day, ${deadlineStatusSql('appeal', 'day::date')} AS status
         FROM appeals appeal CROSS JOIN generate_series('2026-04-01'::date, '2026-08-31'::date, interval '1 day') AS day`,
    );
    expect(statuses).toHaveLength(CASES.length * 153);
    const disagreements = statuses.filter(({ id, day, status }) => deadlineStatus(CASES[Number(id.slice(-12))], day) !== status);
    expect(disagreements).toEqual([]);
    expect(new Set(statuses.map((row) => row.status))).toEqual(
      new Set(['not_dispatched', 'not_due', 'due_soon', 'overdue', 'very_overdue', 'answered_on_time', 'answered_late', 'closed_unanswered']),
    );
  });
});

describe('the register of appeals', () => {
  const MVD_2026 = '11111111-1111-4111-8111-111111111111';
  const FORWARDED = '22222222-2222-4222-8222-222222222222';
  const IPA_2025 = '33333333-3333-4333-8333-333333333333';
  const KZ_DRAFT = '44444444-4444-4444-8444-444444444444';

  beforeEach(() =>
    given([
      ...registeredAddressees(),
      ...recordedAppeal(MVD_2026, [
        ...dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: '2026-0001' }),
        registered('2026-04-20', '77-1'),
        { type: 'AppealDeadlineReminderRecorded', data: { kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' } },
      ]),
      ...recordedAppeal(FORWARDED, [
        ...dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: '2026-0002' }, { ru: 'О квотах на ЁЛКИ', en: 'On quotas' }),
        {
          type: 'AppealForwarded',
          data: { addresseeId: ADDRESSEES.kz, policyId: 'KZ-APPK', expectedAnswerOn: null, forwardedOn: '2026-05-15', fromAddresseeId: ADDRESSEES.mvd },
        },
      ]),
      ...recordedAppeal(IPA_2025, [
        ...dispatchedAppeal({ addresseeId: ADDRESSEES.ipa, policyId: 'EXPECTED-DATE', expectedAnswerOn: '2026-01-31', dispatchedOn: '2025-12-01', outgoingNumber: '2025-0040' }),
        answered('2026-01-20'),
      ]),
      ...recordedAppeal(KZ_DRAFT, dispatchedAppeal({ addresseeId: ADDRESSEES.kz, dispatchedOn: '2026-05-01', outgoingNumber: '-' }).slice(0, 1)),
    ]),
  );

  const ids = async (filter: AppealFilter, asOf = '2026-05-25') => (await listed(filter, asOf, { limit: 50 })).items.map((item) => item.id);

  it('lists every appeal in the order they were drafted, with its status on the day asked', async () => {
    const page = await listed({}, '2026-05-25', { limit: 50 });
    expect(page.items.map((item) => [item.id, item.status])).toEqual([
      [MVD_2026, 'overdue'],
      [FORWARDED, 'not_due'],
      [IPA_2025, 'answered_on_time'],
      [KZ_DRAFT, 'not_dispatched'],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by the status on the day asked', async () => {
    expect(await ids({ status: 'overdue' }, '2026-05-25')).toEqual([MVD_2026]);
    expect(await ids({ status: 'due_soon' }, '2026-05-14')).toEqual([MVD_2026]);
  });

  it('filters by stage', async () => {
    expect(await ids({ stage: 'dispatched' })).toEqual([FORWARDED]);
  });

  it('finds appeals addressed to a body or forwarded to it', async () => {
    expect(await ids({ addresseeId: ADDRESSEES.mvd })).toEqual([MVD_2026, FORWARDED]);
    expect(await ids({ addresseeId: ADDRESSEES.kz })).toEqual([FORWARDED, KZ_DRAFT]);
  });

  it('filters by the country of the body holding the appeal', async () => {
    expect(await ids({ country: 'KZ' })).toEqual([FORWARDED, KZ_DRAFT]);
    expect(await ids({ country: 'interstate' })).toEqual([IPA_2025]);
  });

  it('filters by due date, year of dispatch and words of the subject', async () => {
    expect(await ids({ dueBefore: '2026-05-20' })).toEqual([IPA_2025]);
    expect(await ids({ dueBefore: '2026-05-21' })).toEqual([MVD_2026, IPA_2025]);
    expect(await ids({ outgoingYear: 2025 })).toEqual([IPA_2025]);
    expect(await ids({ q: 'ёлки' })).toEqual([FORWARDED]);
    expect(await ids({ q: 'QUOTAS', outgoingYear: 2026 })).toEqual([FORWARDED]);
  });

  it('pages through the register without losing or repeating an appeal', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listed({}, '2026-05-25', { limit: 3, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([MVD_2026, FORWARDED, IPA_2025, KZ_DRAFT]);
  });

  it('gives the full record of an appeal with both bodies named and its timeline', async () => {
    const record = await records.record(FORWARDED, '2026-05-25');
    expect(record).toMatchObject({
      id: FORWARDED,
      stage: 'dispatched',
      addressee: { id: ADDRESSEES.mvd, name: { ru: 'МВД России' }, country: 'RU' },
      holder: { id: ADDRESSEES.kz, name: { ru: 'Комитет миграции МТСЗН РК' }, country: 'KZ' },
      signatory: { name: 'Иванова А. П.' },
      forwardedCount: 1,
    });
    expect(record.timeline.map((entry) => [entry.version, entry.type])).toEqual([
      [1, 'AppealDrafted'],
      [2, 'AppealApproved'],
      [3, 'AppealSigned'],
      [4, 'AppealDispatched'],
      [5, 'AppealForwarded'],
    ]);
    expect(record.timeline[4].position).toMatch(/^\d+-\d+$/);
  });

  it('gives the reminders recorded with the day each was recorded', async () => {
    const record = await records.record(MVD_2026, '2026-05-25');
    expect(record.reminders).toEqual([{ kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' }]);
  });

  it('shows in each item the days, moments and deadlines of its row as the row holds them', async () => {
    const row = await dataSource.getRepository(AppealRow).findOneByOrFail({ id: MVD_2026 });
    const [item] = (await listed({}, '2026-05-25', { limit: 1 })).items;
    expect(item).toMatchObject({
      dispatchedOn: row.dispatchedOn,
      registeredOn: '2026-04-20',
      incomingNumber: '77-1',
      followUpIds: [],
      channelTitle: { ru: 'Официальный портал', en: 'Official portal' },
      outcomeTitle: null,
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
        answeredLate: null,
        closedUnanswered: false,
      },
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
    const { signatory: _signatory, reminders: _reminders, timeline: _timeline, draftedOn: _drafted, approvedOn: _approved, signedOn: _signed, ...recorded } = await records.record(MVD_2026, '2026-05-25');
    expect(recorded).toEqual(item);
  });

  it('names a body the register does not know by its id alone', async () => {
    await dataSource.query('DELETE FROM addressees WHERE id = $1', [ADDRESSEES.ipa]);
    await movedCheckpoint();
    const item = (await listed({}, '2026-05-25', { limit: 50 })).items.find((candidate) => candidate.id === IPA_2025);
    expect(item?.addressee).toEqual({ id: ADDRESSEES.ipa, name: null, country: null });
  });

  it('answers a page again from what it kept while the checkpoints stand, and reads anew once one moves', async () => {
    const before = await records.list({}, '2026-05-25', { limit: 50 });
    await dataSource.query(`UPDATE appeals SET subject_en = 'Changed' WHERE id = $1`, [MVD_2026]);
    expect(await records.list({}, '2026-05-25', { limit: 50 })).toBe(before);
    expect((await listed({}, '2026-05-24', { limit: 50 })).items[0].subject.en).toBe('Changed');
    await dataSource.query(`UPDATE projection_checkpoints SET sequence_position = sequence_position + 1 WHERE projection = 'addressees' OR projection = 'appeals'`);
    expect((await listed({}, '2026-05-25', { limit: 50 })).items[0].subject.en).toBe('Changed');
  });

  it('answers RecordNotFound for an appeal it does not know', async () => {
    await expect(records.record('99999999-9999-4999-8999-999999999999', '2026-05-25')).rejects.toBeInstanceOf(RecordNotFound);
  });
});

