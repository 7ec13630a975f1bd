import type { RecordedEvent } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { BodyDecision, MemberEvent } from '../domain/member.events.js';
import { deputy, kazakhApplication, russianApplication } from '../domain/testing/applications.js';
import { MemberRow, membersProjection } from './members.projection.js';
import { membershipMigrations } from './membership.migrations.js';
import { projectionSpec } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...membershipMigrations]);
  dataSource = await createReadModelDataSource(database.url, [MemberRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE members'));

const RUSSIAN = '11111111-1111-4111-8111-111111111111';
const KAZAKH = '22222222-2222-4222-8222-222222222222';
const assemblyDecision: BodyDecision = { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания № 3, п. 2', date: '2026-06-30' };
const reason = { ru: 'Неуплата членских взносов', en: null };

let sequence = 0;
/** The events of one member's stream as the ledger gives them, at fixed times a day apart. */
function stream(memberId: string, events: readonly MemberEvent[]): RecordedEvent[] {
  return events.map((event, index) => {
    sequence += 1;
    return {
      eventId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      streamId: `member-${memberId}`,
      version: index + 1,
      position: { commit: BigInt(sequence), sequence: BigInt(sequence) },
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { actorId: 'account-1', onBehalfOf: null, correlationId: 'request-1', causationId: null, commandId: null },
      recordedAt: new Date(Date.UTC(2026, 6, 1 + index, 9)),
      hash: '0'.repeat(64),
    };
  });
}

const rows = () => dataSource.query('SELECT * FROM members ORDER BY id');
const spec = projectionSpec(() => dataSource, membersProjection, rows);
const { given } = spec;

const russianHistory = stream(RUSSIAN, [
  { type: 'MembershipApplicationSubmitted', data: russianApplication },
  { type: 'MemberAdmitted', data: { membership: 'full', decision: assemblyDecision } },
  { type: 'RepresentativeAdded', data: { representative: deputy } },
  { type: 'MemberSuspended', data: { reason, decision: assemblyDecision } },
  { type: 'MemberDetailsCorrected', data: { name: { ru: 'ООО «Пример Кадры»', en: 'Primer Kadry LLC' } } },
  { type: 'RepresentativeRemoved', data: { representativeId: 'representative-1' } },
  { type: 'MemberReinstated', data: { decision: assemblyDecision } },
  { type: 'MemberExpelled', data: { decision: { kind: 'resolution', resolutionId: 'resolution-12' } } },
]);
const kazakhHistory = stream(KAZAKH, [
  { type: 'MembershipApplicationSubmitted', data: kazakhApplication },
  { type: 'MembershipApplicationRejected', data: { reason: { ru: 'Нет документов', en: 'No documents' } } },
]);

describe('members projection', () => {
  it('keeps one row per member with its details, status, representatives and version', async () => {
    await given([...russianHistory, ...kazakhHistory]);
    const [russian, kazakh] = await dataSource.getRepository(MemberRow).find({ order: { id: 'ASC' } });
    expect(russian).toMatchObject({
      id: RUSSIAN,
      nameRu: 'ООО «Пример Кадры»',
      nameEn: 'Primer Kadry LLC',
      searchText: 'ооо «пример кадры»\nprimer kadry llc',
      country: 'RU',
      category: 'staffing_agency',
      identifierKey: 'RU:OGRN:1267700000017',
      representatives: [deputy],
      status: 'expelled',
      membership: 'full',
      admission: assemblyDecision,
      appliedAt: new Date('2026-07-01T09:00:00Z'),
      admittedAt: new Date('2026-07-02T09:00:00Z'),
      updatedAt: new Date('2026-07-08T09:00:00Z'),
      version: 8,
    });
    expect(russian).toMatchObject({ admittedOn: '2026-06-30', identifierValues: ['1267700000017', expect.stringMatching(/^\d{10}$/)], previousMemberId: null });
    expect(russian.statusHistory.map((change) => [change.status, change.effectiveOn])).toEqual([
      ['applied', '2026-07-01'],
      ['admitted', '2026-06-30'],
      ['suspended', '2026-06-30'],
      ['admitted', '2026-06-30'],
      ['expelled', '2026-07-08'],
    ]);
    expect(russian.statusHistory.map((change) => [change.status, change.at])).toEqual([
      ['applied', '2026-07-01T09:00:00.000Z'],
      ['admitted', '2026-07-02T09:00:00.000Z'],
      ['suspended', '2026-07-04T09:00:00.000Z'],
      ['admitted', '2026-07-07T09:00:00.000Z'],
      ['expelled', '2026-07-08T09:00:00.000Z'],
    ]);
    expect(russian.statusHistory[2]).toEqual({
      status: 'suspended',
      at: '2026-07-04T09:00:00.000Z',
      effectiveOn: '2026-06-30',
      eventId: russianHistory[3].eventId,
      membership: null,
      decision: assemblyDecision,
      reason,
      noticeDate: null,
    });
    expect(kazakh).toMatchObject({ status: 'rejected', membership: null, admittedAt: null, version: 2 });
  });

  it('gives the same rows when the same events are applied twice', () => spec.thenReplayChangesNothing([...russianHistory, ...kazakhHistory]));

  it('gives the same rows when a batch is applied again after part of it', async () => {
    await given([...russianHistory, ...kazakhHistory]);
    const whole = await rows();
    await dataSource.query('TRUNCATE members');
    await given(russianHistory.slice(0, 3));
    await given([...russianHistory, ...kazakhHistory]);
    expect(await rows()).toEqual(whole);
  });

  it('records a withdrawal with its notice date', async () => {
    const withdrawal = stream(RUSSIAN, [
      { type: 'MembershipApplicationSubmitted', data: russianApplication },
      { type: 'MemberAdmitted', data: { membership: 'observer', decision: { kind: 'founding', eventId: 'established-1' } } },
      { type: 'MembershipWithdrawn', data: { noticeDate: '2026-06-15' } },
    ]);
    await given(withdrawal);
    const [row] = await dataSource.getRepository(MemberRow).find();
    expect(row).toMatchObject({ status: 'withdrawn', membership: 'observer', admission: { kind: 'founding', eventId: 'established-1' } });
    expect(row.statusHistory[2]).toMatchObject({ status: 'withdrawn', noticeDate: '2026-06-15' });
  });

  it('ignores events of a member whose application it never saw', async () => {
    await given(stream(RUSSIAN, [{ type: 'MemberAdmitted', data: { membership: 'full', decision: assemblyDecision } }]));
    expect(await rows()).toEqual([]);
  });
});
