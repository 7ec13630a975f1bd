import { unreachable } from '#accord/kernel';
import type { RecordedEvent, RecordedOf } from '#accord/ledger';
import type { Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { DecisionReference, LocalizedText, Meeting, WorkingGroupEvent } from '../domain/working-group.events.js';
import { searchable } from '#accord/platform';

@Entity({ name: 'working_groups' })
export class WorkingGroupRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'name_ru' })
  nameRu: string;

  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;

  /** Both names in lower case with ё as е, for a search that ignores case in any collation. */
  @Column({ type: 'text', name: 'search_text' })
  searchText: string;

  @Column({ type: 'jsonb' })
  mandate: LocalizedText;

  /** Null while the chair's organization has left the register and no new chair is assigned. */
  @Column({ type: 'uuid', name: 'chair_id', nullable: true })
  chairId: string | null;

  @Column({ type: 'text' })
  status: 'active' | 'dissolved';

  @Column({ type: 'jsonb', name: 'established_by' })
  establishedBy: DecisionReference;

  @Column({ type: 'timestamptz', name: 'established_at' })
  establishedAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  dissolution: DecisionReference | null;

  @Column({ type: 'timestamptz', name: 'dissolved_at', nullable: true })
  dissolvedAt: Date | null;

  @Column({ type: 'jsonb' })
  meetings: Meeting[];

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

@Entity({ name: 'working_group_members' })
export class WorkingGroupMemberRow {
  @PrimaryColumn({ type: 'uuid', name: 'group_id' })
  groupId: string;

  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId: string;

  @Column({ type: 'timestamptz', name: 'joined_at' })
  joinedAt: Date;

  /** The global position of the event that seated it: what the departures process compares with a departure. */
  @Column({ type: 'bigint', name: 'joined_commit' })
  joinedCommit: string;

  @Column({ type: 'bigint', name: 'joined_sequence' })
  joinedSequence: string;
}

@Entity({ name: 'working_group_deliverables' })
export class DeliverableRow {
  @PrimaryColumn({ type: 'uuid', name: 'group_id' })
  groupId: string;

  @PrimaryColumn({ type: 'text', name: 'deliverable_id' })
  deliverableId: string;

  @Column({ type: 'text', name: 'title_ru' })
  titleRu: string;

  @Column({ type: 'text', name: 'title_en', nullable: true })
  titleEn: string | null;

  /** ISO calendar date. */
  @Column({ type: 'date', name: 'due_date' })
  dueDate: string;

  @Column({ type: 'date', name: 'delivered_on', nullable: true })
  deliveredOn: string | null;

  @Column({ type: 'text', name: 'document_sha256', nullable: true })
  documentSha256: string | null;
}

/** Text as the register searches it: lower case, and ё written as е as most people type it. */

const WORKING_GROUP_EVENTS: readonly WorkingGroupEvent['type'][] = [
  'WorkingGroupEstablished',
  'WorkingGroupMemberAdded',
  'WorkingGroupMemberRemoved',
  'WorkingGroupChairReassigned',
  'WorkingGroupChairVacated',
  'DeliverableAdded',
  'DeliverableDelivered',
  'WorkingGroupMeetingRecorded',
  'WorkingGroupDissolved',
];

export const workingGroupIdOf = (event: Pick<RecordedEvent, 'streamId'>) => event.streamId.slice('working-group-'.length);

const seat = (groupId: string, organizationId: string, recorded: RecordedEvent): WorkingGroupMemberRow => ({
  groupId,
  organizationId,
  joinedAt: recorded.recordedAt,
  joinedCommit: recorded.position.commit.toString(),
  joinedSequence: recorded.position.sequence.toString(),
});

/** The changes of one event to the group's own row; the member and deliverable tables change beside it. */
async function apply(
  event: Exclude<WorkingGroupEvent, { type: 'WorkingGroupEstablished' }>,
  group: WorkingGroupRow,
  recorded: RecordedEvent,
  manager: EntityManager,
): Promise<Partial<WorkingGroupRow>> {
  const members = manager.getRepository(WorkingGroupMemberRow);
  const deliverables = manager.getRepository(DeliverableRow);
  switch (event.type) {
    case 'WorkingGroupMemberAdded':
      await members.upsert(seat(group.id, event.data.organizationId, recorded), ['groupId', 'organizationId']);
      return {};
    case 'WorkingGroupMemberRemoved':
      await members.delete({ groupId: group.id, organizationId: event.data.organizationId });
      return {};
    case 'WorkingGroupChairReassigned':
      return { chairId: event.data.chairId };
    case 'WorkingGroupChairVacated':
      return { chairId: null };
    case 'DeliverableAdded': {
      const { deliverableId, title, dueDate } = event.data;
      await deliverables.upsert(
        { groupId: group.id, deliverableId, titleRu: title.ru, titleEn: title.en, dueDate, deliveredOn: null, documentSha256: null },
        ['groupId', 'deliverableId'],
      );
      return {};
    }
    case 'DeliverableDelivered': {
      const { deliverableId, documentSha256, deliveredOn } = event.data;
      await deliverables.update({ groupId: group.id, deliverableId }, { deliveredOn, documentSha256 });
      return {};
    }
    case 'WorkingGroupMeetingRecorded':
      return { meetings: [...group.meetings, event.data] };
    case 'WorkingGroupDissolved':
      return { status: 'dissolved', dissolution: event.data.decision, dissolvedAt: recorded.recordedAt };
    default:
      return unreachable(event);
  }
}

/**
 * Working groups with their members and deliverables. The group's row keeps the version of the last
 * event applied, so an event seen again (a replayed batch) changes nothing in any of the three tables.
 */
export const workingGroupsProjection: Projection = {
  name: 'working_groups',
  tables: ['working_groups', 'working_group_members', 'working_group_deliverables'],
  eventTypes: WORKING_GROUP_EVENTS,
  async apply(events: readonly RecordedOf<WorkingGroupEvent>[], manager: EntityManager) {
    const groups = manager.getRepository(WorkingGroupRow);
    for (const recorded of events) {
      const event = recorded;
      const id = workingGroupIdOf(recorded);
      const group = await groups.findOneBy({ id });
      if (group && group.version >= recorded.version) continue;
      if (event.type === 'WorkingGroupEstablished') {
        const { name, mandate, chairId, memberIds, decision } = event.data;
        await groups.insert({
          id,
          nameRu: name.ru,
          nameEn: name.en,
          searchText: searchable(`${name.ru}\n${name.en ?? ''}`),
          mandate,
          chairId,
          status: 'active',
          establishedBy: decision,
          establishedAt: recorded.recordedAt,
          dissolution: null,
          dissolvedAt: null,
          meetings: [],
          updatedAt: recorded.recordedAt,
          version: recorded.version,
        });
        const joined = memberIds.map((organizationId) => seat(id, organizationId, recorded));
        if (joined.length > 0) await manager.getRepository(WorkingGroupMemberRow).upsert(joined, ['groupId', 'organizationId']);
        continue;
      }
      if (!group) continue;
      const changes = await apply(event, group, recorded, manager);
      await groups.update(id, { ...changes, updatedAt: recorded.recordedAt, version: recorded.version });
    }
  },
} satisfies Projection<WorkingGroupEvent>;
