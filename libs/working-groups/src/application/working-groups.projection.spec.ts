import { DAY, projectionSpec, recordedStream } from '../../../projections/src/testing/projection-spec.js';
import type { DecisionReference, WorkingGroupEvent } from '../domain/working-group.events.js';
import { DeliverableRow, WorkingGroupMemberRow, WorkingGroupRow, workingGroupsProjection } from './working-groups.projection.js';
import { workingGroupsMigrations } from './working-groups.migrations.js';

const spec = projectionSpec(workingGroupsProjection, { migrations: workingGroupsMigrations, entities: [WorkingGroupRow, WorkingGroupMemberRow, DeliverableRow] });
const { given } = spec;

const GROUP = '33333333-3333-4333-8333-333333333333';
const RU = '11111111-1111-4111-8111-111111111111';
const KZ = '22222222-2222-4222-8222-222222222222';
const UZ = '44444444-4444-4444-8444-444444444444';
const resolution: DecisionReference = { kind: 'resolution', resolutionId: 'resolution-7' };
const minutesSha256 = '0123456789abcdef'.repeat(4);

/** The events of one group's stream as the ledger gives them, at fixed times a day apart. */
const stream = (groupId: string, events: readonly WorkingGroupEvent[]) => recordedStream(`working-group-${groupId}`, events, { every: DAY });

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
    const [group] = await spec.dataSource.getRepository(WorkingGroupRow).find();
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
    const seats = await spec.dataSource.getRepository(WorkingGroupMemberRow).find({ order: { organizationId: 'ASC' } });
    expect(seats).toEqual([
      { groupId: GROUP, organizationId: KZ, joinedAt: new Date('2026-09-01T09:00:00Z'), joinedCommit: String(history[0].position.commit), joinedSequence: String(history[0].position.sequence) },
      { groupId: GROUP, organizationId: UZ, joinedAt: new Date('2026-09-02T09:00:00Z'), joinedCommit: String(history[1].position.commit), joinedSequence: String(history[1].position.sequence) },
    ]);
    const deliverables = await spec.dataSource.getRepository(DeliverableRow).find({ order: { deliverableId: 'ASC' } });
    expect(deliverables).toEqual([
      { groupId: GROUP, deliverableId: 'recommendations', titleRu: 'Проект рекомендаций', titleEn: null, dueDate: '2026-10-31', deliveredOn: null, documentSha256: null },
      { groupId: GROUP, deliverableId: 'survey', titleRu: 'Обзор практики', titleEn: 'Survey', dueDate: '2026-12-01', deliveredOn: '2026-11-20', documentSha256: 'a'.repeat(64) },
    ]);
  });

  spec.itReplaysIdempotently(history);

  it('does not seat a removed member again when its addition is seen again', async () => {
    await given(history.slice(0, 8));
    await given(history.slice(0, 8));
    const seats = await spec.dataSource.getRepository(WorkingGroupMemberRow).find();
    expect(seats.map((seat) => seat.organizationId).sort()).toEqual([KZ, UZ]);
  });
});
