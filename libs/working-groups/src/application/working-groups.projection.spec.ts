import type { RecordedEvent } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { DecisionReference, WorkingGroupEvent } from '../domain/working-group.events.js';
import { DeliverableRow, WorkingGroupMemberRow, WorkingGroupRow, workingGroupsProjection } from './working-groups.projection.js';
import { workingGroupsMigrations } from './working-groups.migrations.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...workingGroupsMigrations]);
  dataSource = await createReadModelDataSource(database.url, [WorkingGroupRow, WorkingGroupMemberRow, DeliverableRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE working_groups, working_group_members, working_group_deliverables'));

const GROUP = '33333333-3333-4333-8333-333333333333';
const RU = '11111111-1111-4111-8111-111111111111';
const KZ = '22222222-2222-4222-8222-222222222222';
const UZ = '44444444-4444-4444-8444-444444444444';
const resolution: DecisionReference = { kind: 'resolution', resolutionId: 'resolution-7' };
const minutesSha256 = '0123456789abcdef'.repeat(4);

let sequence = 0;
/** The events of one group's stream as the ledger gives them, at fixed times a day apart. */
function stream(groupId: string, events: readonly WorkingGroupEvent[]): RecordedEvent[] {
  return events.map((event, index) => {
    sequence += 1;
    return {
      eventId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      streamId: `working-group-${groupId}`,
      version: index + 1,
      position: { commit: BigInt(1000 + sequence), sequence: BigInt(sequence) },
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { actorId: 'account-1', onBehalfOf: null, correlationId: 'request-1', causationId: null, commandId: null },
      recordedAt: new Date(Date.UTC(2026, 8, 1 + index, 9)),
      hash: '0'.repeat(64),
    };
  });
}

const given = (events: readonly RecordedEvent[]) => dataSource.transaction((manager) => workingGroupsProjection.apply(events, manager));
const tables = async () => ({
  groups: await dataSource.query('SELECT * FROM working_groups ORDER BY id'),
  members: await dataSource.query('SELECT * FROM working_group_members ORDER BY group_id, organization_id'),
  deliverables: await dataSource.query('SELECT * FROM working_group_deliverables ORDER BY group_id, deliverable_id'),
});

const history = stream(GROUP, [
  {
    type: 'WorkingGroupEstablished',
    data: {
      name: { ru: 'Рабочая группа по оргнабору', en: 'Working group on organized recruitment' },
      mandate: { ru: 'Подготовить проект рекомендаций для МПА СНГ', en: null },
      chairId: RU,
      memberIds: [RU, KZ],
      decision: resolution,
    },
  },
  { type: 'WorkingGroupMemberAdded', data: { organizationId: UZ } },
  { type: 'DeliverableAdded', data: { deliverableId: 'recommendations', title: { ru: 'Проект рекомендаций', en: null }, dueDate: '2026-10-31' } },
  { type: 'DeliverableAdded', data: { deliverableId: 'survey', title: { ru: 'Обзор практики', en: 'Survey' }, dueDate: '2026-12-01' } },
  { type: 'DeliverableDelivered', data: { deliverableId: 'survey', documentSha256: 'a'.repeat(64), deliveredOn: '2026-11-20' } },
  { type: 'WorkingGroupMeetingRecorded', data: { meetingId: 'meeting-1', date: '2026-09-15', attendeeIds: [RU, UZ], minutesSha256 } },
  { type: 'WorkingGroupChairVacated', data: { organizationId: RU } },
  { type: 'WorkingGroupMemberRemoved', data: { organizationId: RU, cause: 'left_register' } },
  { type: 'WorkingGroupChairReassigned', data: { chairId: KZ, previousChairId: null } },
  { type: 'WorkingGroupDissolved', data: { decision: { kind: 'decision', body: 'council', reference: 'Протокол № 9', date: '2027-01-15' } } },
]);

describe('working groups projection', () => {
  it('keeps each group with its members, deliverables and meetings', async () => {
    await given(history);
    const [group] = await dataSource.getRepository(WorkingGroupRow).find();
    expect(group).toMatchObject({
      id: GROUP,
      nameRu: 'Рабочая группа по оргнабору',
      searchText: 'рабочая группа по оргнабору\nworking group on organized recruitment',
      chairId: KZ,
      status: 'dissolved',
      establishedBy: resolution,
      establishedAt: new Date('2026-09-01T09:00:00Z'),
      dissolution: { kind: 'decision', body: 'council', reference: 'Протокол № 9', date: '2027-01-15' },
      dissolvedAt: new Date('2026-09-10T09:00:00Z'),
      meetings: [{ meetingId: 'meeting-1', date: '2026-09-15', attendeeIds: [RU, UZ], minutesSha256 }],
      version: 10,
    });
    const seats = await dataSource.getRepository(WorkingGroupMemberRow).find({ order: { organizationId: 'ASC' } });
    expect(seats).toEqual([
      { groupId: GROUP, organizationId: KZ, joinedAt: new Date('2026-09-01T09:00:00Z'), joinedCommit: String(history[0].position.commit), joinedSequence: String(history[0].position.sequence) },
      { groupId: GROUP, organizationId: UZ, joinedAt: new Date('2026-09-02T09:00:00Z'), joinedCommit: String(history[1].position.commit), joinedSequence: String(history[1].position.sequence) },
    ]);
    const deliverables = await dataSource.getRepository(DeliverableRow).find({ order: { deliverableId: 'ASC' } });
    expect(deliverables).toEqual([
      { groupId: GROUP, deliverableId: 'recommendations', titleRu: 'Проект рекомендаций', titleEn: null, dueDate: '2026-10-31', deliveredOn: null, documentSha256: null },
      { groupId: GROUP, deliverableId: 'survey', titleRu: 'Обзор практики', titleEn: 'Survey', dueDate: '2026-12-01', deliveredOn: '2026-11-20', documentSha256: 'a'.repeat(64) },
    ]);
  });

  it('gives the same rows when the same events are applied twice', async () => {
    await given(history);
    const once = await tables();
    await given(history);
    expect(await tables()).toEqual(once);
  });

  it('gives the same rows when a batch is applied again after part of it', async () => {
    await given(history);
    const whole = await tables();
    await dataSource.query('TRUNCATE working_groups, working_group_members, working_group_deliverables');
    await given(history.slice(0, 7));
    await given(history);
    expect(await tables()).toEqual(whole);
  });

  it('does not seat a removed member again when its addition is seen again', async () => {
    await given(history.slice(0, 8));
    await given(history.slice(0, 8));
    const seats = await dataSource.getRepository(WorkingGroupMemberRow).find();
    expect(seats.map((seat) => seat.organizationId).sort()).toEqual([KZ, UZ]);
  });
});
