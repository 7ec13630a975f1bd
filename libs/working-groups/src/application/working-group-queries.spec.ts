import { RecordNotFound } from '#accord/eventsourcing';
import { AssociationCalendar, fold } from '#accord/kernel';
import { ledgerMigrations, PostgresEventStore } from '#accord/ledger';
import { MemberDirectory, membershipFeature, MemberRow, membersProjection } from '#accord/membership';
import { createReadModelDataSource, ProjectionRunner, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { russianApplication } from '../../../membership/src/domain/testing/applications.js';
import { workingGroupDecider } from '../domain/working-group.decide.js';
import type { DecisionReference, WorkingGroupEvent } from '../domain/working-group.events.js';
import { deliverableStatus, overdueDeliverables } from '../domain/working-group.state.js';
import { WorkingGroupQueries } from './working-group-queries.js';
import { DeliverableRow, WorkingGroupMemberRow, WorkingGroupRow, workingGroupsProjection } from './working-groups.projection.js';
import { workingGroupsMigrations } from './working-groups.migrations.js';
import { recordedStream } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let store: PostgresEventStore;
let dataSource: DataSource;
let groups: WorkingGroupQueries;

beforeAll(async () => {
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations, ...(membershipFeature.migrations ?? []), ...workingGroupsMigrations]);
  store = await PostgresEventStore.open(database.pool);
  dataSource = await createReadModelDataSource(database.url, [WorkingGroupRow, WorkingGroupMemberRow, DeliverableRow, MemberRow]).initialize();
  const runner = new ProjectionRunner(dataSource, store, [membersProjection]);
  groups = new WorkingGroupQueries(dataSource, new MemberDirectory(store, dataSource, { runner, timeoutMilliseconds: 1000 }), new AssociationCalendar());
});
afterAll(async () => {
  await dataSource.destroy();
  await store.close();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE working_groups, working_group_members, working_group_deliverables, members'));

const ACTIVE = '33333333-3333-4333-8333-333333333333';
const DISSOLVED = '55555555-5555-4555-8555-555555555555';
const RU = '11111111-1111-4111-8111-111111111111';
const KZ = '22222222-2222-4222-8222-222222222222';
const resolution: DecisionReference = { kind: 'resolution', resolutionId: 'resolution-7' };
const TODAY = '2026-10-15';



/** A group with a deliverable due before, on and after `TODAY`, each once delivered and once not. */
function groupHistory(name: string, dissolved: boolean): WorkingGroupEvent[] {
  const deliverables = ['2026-10-14', '2026-10-15', '2026-10-16'].flatMap((dueDate) => [
    { type: 'DeliverableAdded' as const, data: { deliverableId: `open-${dueDate}`, title: { ru: `Открытый ${dueDate}`, en: null }, dueDate } },
    { type: 'DeliverableAdded' as const, data: { deliverableId: `delivered-${dueDate}`, title: { ru: `Сданный ${dueDate}`, en: null }, dueDate } },
    { type: 'DeliverableDelivered' as const, data: { deliverableId: `delivered-${dueDate}`, documentSha256: 'a'.repeat(64), deliveredOn: '2026-09-20' } },
  ]);
  return [
    { type: 'WorkingGroupEstablished', data: { name: { ru: name, en: null }, mandate: { ru: 'Мандат', en: null }, chairId: RU, memberIds: [RU, KZ], decision: resolution } },
    ...deliverables,
    ...(dissolved ? [{ type: 'WorkingGroupDissolved' as const, data: { decision: resolution } }] : []),
  ];
}

const histories = { [ACTIVE]: groupHistory('Действующая группа', false), [DISSOLVED]: groupHistory('Распущенная группа', true) };

beforeEach(async () => {
  await dataSource.transaction(async (manager) => {
    await membersProjection.apply(
      recordedStream(`member-${RU}`, [{ type: 'MembershipApplicationSubmitted', data: { ...russianApplication, name: { ru: 'ООО «Пример»', en: 'Primer LLC' } } }]),
      manager,
    );
    for (const [id, events] of Object.entries(histories)) await workingGroupsProjection.apply(recordedStream(`working-group-${id}`, events), manager);
  });
});

describe('the working groups read by WorkingGroupQueries', () => {
  it('lists the overdue deliverables exactly as the domain rule finds them, in SQL', async () => {
    const page = await groups.overdue({ limit: 100 }, TODAY);
    const expected = Object.entries(histories).flatMap(([id, events]) =>
      overdueDeliverables(fold(workingGroupDecider, events), TODAY).map((deliverable) => [id, deliverable.deliverableId]),
    );
    expect(page.items.map((item) => [item.workingGroupId, item.deliverableId])).toEqual(expected);
    expect(page.items.map((item) => item.daysOverdue)).toEqual([1]);
  });

  it("counts each group's members, open and overdue deliverables by the domain's rule", async () => {
    const page = await groups.list({}, { limit: 10 }, TODAY);
    expect(page.items.map((item) => [item.id, item.memberCount, item.openDeliverables, item.overdueDeliverables])).toEqual([
      [ACTIVE, 2, 2, 1],
      [DISSOLVED, 2, 3, 0],
    ]);
    expect((await groups.list({ status: 'dissolved' }, { limit: 10 }, TODAY)).items.map((item) => item.id)).toEqual([DISSOLVED]);
    expect((await groups.list({ q: 'действующая' }, { limit: 10 }, TODAY)).items.map((item) => item.id)).toEqual([ACTIVE]);
  });

  it('shows a group with its members named from the register and each deliverable with the status the domain gives it', async () => {
    const group = await groups.group(ACTIVE, TODAY);
    expect(group.chair).toEqual({ organizationId: RU, name: { ru: 'ООО «Пример»', en: 'Primer LLC' }, country: 'RU', status: 'applied' });
    expect(group.members.map((member) => [member.organizationId, member.name])).toEqual([
      [RU, { ru: 'ООО «Пример»', en: 'Primer LLC' }],
      [KZ, null],
    ]);
    for (const deliverable of group.deliverables) {
      expect(deliverable.status).toBe(deliverableStatus({ delivered: deliverable.deliveredOn !== null, dueDate: deliverable.dueDate }, 'active', TODAY));
    }
    expect(group.deliverables.filter((deliverable) => deliverable.status === 'overdue').map((deliverable) => deliverable.id)).toEqual(['open-2026-10-14']);
  });

  it('answers a group that does not exist with RecordNotFound', async () => {
    await expect(groups.group('66666666-6666-4666-8666-666666666666', TODAY)).rejects.toBeInstanceOf(RecordNotFound);
  });
});
