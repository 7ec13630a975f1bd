import { DomainRuleViolation, fold } from '#accord/kernel';
import { deciderSpec, metadataAt } from '../../../kernel/src/testing/decider-spec.js';
import {
  requireEligibleOrganizations,
  workingGroupAggregate,
  workingGroupDecider,
  type WorkingGroupCommand,
} from './working-group.decide.js';
import type { DecisionReference, WorkingGroupEvent } from './working-group.events.js';
import { overdueDeliverables } from './working-group.state.js';

const metadata = metadataAt('2026-09-01T09:00:00.000Z', 'account-1');
const command = <Type extends WorkingGroupCommand['type']>(
  type: Type,
  data: Extract<WorkingGroupCommand, { type: Type }>['data'],
): WorkingGroupCommand => ({ type, data, metadata }) as WorkingGroupCommand;
const spec = deciderSpec(workingGroupDecider);

const resolution: DecisionReference = { kind: 'resolution', resolutionId: 'resolution-7' };
const charter = {
  name: { ru: 'Рабочая группа по оргнабору', en: 'Working group on organized recruitment' },
  mandate: {
    ru: 'Подготовить проект рекомендаций для МПА СНГ',
    en: 'Draft recommendations for the CIS Inter-Parliamentary Assembly',
  },
  chairId: 'org-ru',
  memberIds: ['org-ru', 'org-kz', 'org-uz'],
  decision: resolution,
};
const establishedEvent: WorkingGroupEvent = { type: 'WorkingGroupEstablished', data: charter };
const recommendations = {
  deliverableId: 'deliverable-1',
  title: { ru: 'Проект рекомендаций для МПА СНГ', en: 'Draft recommendations for IPA CIS' },
  dueDate: '2026-10-31',
};
const deliverableAdded: WorkingGroupEvent = { type: 'DeliverableAdded', data: recommendations };
const documentSha256 = 'a'.repeat(64);
const minutesSha256 = '0123456789abcdef'.repeat(4);
const delivered: WorkingGroupEvent = {
  type: 'DeliverableDelivered',
  data: { deliverableId: 'deliverable-1', documentSha256, deliveredOn: '2026-10-20' },
};
const meeting = { meetingId: 'meeting-1', date: '2026-09-10', attendeeIds: ['org-ru', 'org-kz'], minutesSha256 };
const dissolved: WorkingGroupEvent = { type: 'WorkingGroupDissolved', data: { decision: resolution } };

const group = [establishedEvent];
const dissolvedGroup = [establishedEvent, dissolved];

describe('working group decider', () => {
  it('is the aggregate of the working-group category', () => {
    expect(workingGroupAggregate.category).toBe('working-group');
  });

  describe('establishment', () => {
    it('establishes a group with its chair, members and the decision behind it', () => {
      spec.given([]).when(command('EstablishWorkingGroup', charter)).then([establishedEvent]);
    });

    it('lists each member once', () => {
      spec
        .given([])
        .when(command('EstablishWorkingGroup', { ...charter, memberIds: ['org-ru', 'org-kz', 'org-ru', 'org-uz'] }))
        .then([establishedEvent]);
    });

    it('refuses a chair that is not among the members', () => {
      spec
        .given([])
        .when(command('EstablishWorkingGroup', { ...charter, chairId: 'org-kg' }))
        .thenRejects('CHAIR_NOT_A_MEMBER', { chairId: 'org-kg' });
    });

    it('refuses to establish a group twice', () => {
      spec.given(group).when(command('EstablishWorkingGroup', charter)).thenRejects('WORKING_GROUP_ALREADY_ESTABLISHED');
    });

    it('refuses to act on a group that was never established', () => {
      spec.given([]).when(command('AddGroupMember', { organizationId: 'org-kg' })).thenRejects('WORKING_GROUP_NOT_ESTABLISHED');
    });
  });

  describe('eligibility of organizations', () => {
    it('accepts organizations that are all eligible', () => {
      expect(() => requireEligibleOrganizations(charter.memberIds, new Set(['org-ru', 'org-kz', 'org-uz', 'org-kg']))).not.toThrow();
    });

    it('names the organizations that are not eligible', () => {
      let thrown: unknown;
      try {
        requireEligibleOrganizations(charter.memberIds, new Set(['org-ru']));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainRuleViolation);
      expect(thrown).toMatchObject({ code: 'ORGANIZATIONS_NOT_ELIGIBLE', details: { organizationIds: ['org-kz', 'org-uz'] } });
    });
  });

  describe('members and chair', () => {
    it('adds a member', () => {
      spec
        .given(group)
        .when(command('AddGroupMember', { organizationId: 'org-kg' }))
        .then([{ type: 'WorkingGroupMemberAdded', data: { organizationId: 'org-kg' } }]);
    });

    it('refuses to add a member twice', () => {
      spec.given(group).when(command('AddGroupMember', { organizationId: 'org-kz' })).thenRejects('ALREADY_A_GROUP_MEMBER');
    });

    it('removes a member by decision', () => {
      spec
        .given(group)
        .when(command('RemoveGroupMember', { organizationId: 'org-uz' }))
        .then([{ type: 'WorkingGroupMemberRemoved', data: { organizationId: 'org-uz', cause: 'decision' } }]);
    });

    it('refuses to remove an organization that is not a member', () => {
      spec.given(group).when(command('RemoveGroupMember', { organizationId: 'org-kg' })).thenRejects('NOT_A_GROUP_MEMBER');
    });

    it('refuses to remove the chair', () => {
      spec.given(group).when(command('RemoveGroupMember', { organizationId: 'org-ru' })).thenRejects('CHAIR_CANNOT_BE_REMOVED');
    });

    it('reassigns the chair to another member', () => {
      spec
        .given(group)
        .when(command('ReassignChair', { chairId: 'org-kz' }))
        .then([{ type: 'WorkingGroupChairReassigned', data: { chairId: 'org-kz', previousChairId: 'org-ru' } }]);
    });

    it('treats reassigning the chair to the chair as a no-op', () => {
      spec.given(group).when(command('ReassignChair', { chairId: 'org-ru' })).then([]);
    });

    it('refuses a chair that is not a member', () => {
      spec.given(group).when(command('ReassignChair', { chairId: 'org-kg' })).thenRejects('NOT_A_GROUP_MEMBER');
    });

    it('removes the former chair once another chair is assigned', () => {
      spec
        .given([...group, { type: 'WorkingGroupChairReassigned', data: { chairId: 'org-kz', previousChairId: 'org-ru' } }])
        .when(command('RemoveGroupMember', { organizationId: 'org-ru' }))
        .then([{ type: 'WorkingGroupMemberRemoved', data: { organizationId: 'org-ru', cause: 'decision' } }]);
    });
  });

  describe('members who leave the register', () => {
    it('removes a departed member', () => {
      spec
        .given(group)
        .when(command('RemoveDepartedMember', { organizationId: 'org-uz' }))
        .then([{ type: 'WorkingGroupMemberRemoved', data: { organizationId: 'org-uz', cause: 'left_register' } }]);
    });

    it('vacates the chair when the chair organization departs', () => {
      spec
        .given(group)
        .when(command('RemoveDepartedMember', { organizationId: 'org-ru' }))
        .then([
          { type: 'WorkingGroupChairVacated', data: { organizationId: 'org-ru' } },
          { type: 'WorkingGroupMemberRemoved', data: { organizationId: 'org-ru', cause: 'left_register' } },
        ]);
    });

    it('assigns a new chair after a vacancy', () => {
      spec
        .given([
          ...group,
          { type: 'WorkingGroupChairVacated', data: { organizationId: 'org-ru' } },
          { type: 'WorkingGroupMemberRemoved', data: { organizationId: 'org-ru', cause: 'left_register' } },
        ])
        .when(command('ReassignChair', { chairId: 'org-uz' }))
        .then([{ type: 'WorkingGroupChairReassigned', data: { chairId: 'org-uz', previousChairId: null } }]);
    });

    it('does nothing when the departed organization is not a member', () => {
      spec.given(group).when(command('RemoveDepartedMember', { organizationId: 'org-kg' })).then([]);
    });

    it('does nothing in a dissolved group', () => {
      spec.given(dissolvedGroup).when(command('RemoveDepartedMember', { organizationId: 'org-uz' })).then([]);
    });

    it('refuses a group that was never established', () => {
      spec.given([]).when(command('RemoveDepartedMember', { organizationId: 'org-uz' })).thenRejects('WORKING_GROUP_NOT_ESTABLISHED');
    });
  });

  describe('deliverables', () => {
    it('adds a deliverable with its due date', () => {
      spec.given(group).when(command('AddDeliverable', recommendations)).then([deliverableAdded]);
    });

    it('refuses a deliverable id that is already used', () => {
      spec.given([...group, deliverableAdded]).when(command('AddDeliverable', recommendations)).thenRejects('DELIVERABLE_ALREADY_EXISTS');
    });

    it('refuses a due date that is not an ISO calendar date', () => {
      spec
        .given(group)
        .when(command('AddDeliverable', { ...recommendations, dueDate: '31.10.2026' }))
        .thenRejects('INVALID_CALENDAR_DATE', { field: 'dueDate', value: '31.10.2026' });
    });

    it('marks a deliverable delivered with the hash of its document', () => {
      spec
        .given([...group, deliverableAdded])
        .when(command('MarkDeliverableDelivered', { deliverableId: 'deliverable-1', documentSha256, deliveredOn: '2026-10-20' }))
        .then([delivered]);
    });

    it('records the document hash in lowercase', () => {
      spec
        .given([...group, deliverableAdded])
        .when(
          command('MarkDeliverableDelivered', {
            deliverableId: 'deliverable-1',
            documentSha256: documentSha256.toUpperCase(),
            deliveredOn: '2026-10-20',
          }),
        )
        .then([delivered]);
    });

    it('refuses a document hash that is not SHA-256', () => {
      spec
        .given([...group, deliverableAdded])
        .when(command('MarkDeliverableDelivered', { deliverableId: 'deliverable-1', documentSha256: 'abc', deliveredOn: '2026-10-20' }))
        .thenRejects('INVALID_SHA256');
    });

    it('refuses a delivery date that is not an ISO calendar date', () => {
      spec
        .given([...group, deliverableAdded])
        .when(command('MarkDeliverableDelivered', { deliverableId: 'deliverable-1', documentSha256, deliveredOn: '2026-10-32' }))
        .thenRejects('INVALID_CALENDAR_DATE');
    });

    it('refuses an unknown deliverable', () => {
      spec
        .given(group)
        .when(command('MarkDeliverableDelivered', { deliverableId: 'deliverable-9', documentSha256, deliveredOn: '2026-10-20' }))
        .thenRejects('DELIVERABLE_NOT_FOUND');
    });

    it('refuses to deliver a deliverable twice', () => {
      spec
        .given([...group, deliverableAdded, delivered])
        .when(command('MarkDeliverableDelivered', { deliverableId: 'deliverable-1', documentSha256, deliveredOn: '2026-10-21' }))
        .thenRejects('DELIVERABLE_ALREADY_DELIVERED');
    });
  });

  describe('meetings', () => {
    it('records a meeting with its attendees and the hash of its minutes', () => {
      spec
        .given(group)
        .when(command('RecordMeeting', meeting))
        .then([{ type: 'WorkingGroupMeetingRecorded', data: meeting }]);
    });

    it('lists each attendee once and keeps the minutes hash in lowercase', () => {
      spec
        .given(group)
        .when(command('RecordMeeting', { ...meeting, attendeeIds: ['org-ru', 'org-kz', 'org-ru'], minutesSha256: minutesSha256.toUpperCase() }))
        .then([{ type: 'WorkingGroupMeetingRecorded', data: meeting }]);
    });

    it('refuses attendees that are not members of the group', () => {
      spec
        .given(group)
        .when(command('RecordMeeting', { ...meeting, attendeeIds: ['org-ru', 'org-kg'] }))
        .thenRejects('ATTENDEES_NOT_MEMBERS', { organizationIds: ['org-kg'] });
    });

    it('refuses a meeting without attendees', () => {
      spec.given(group).when(command('RecordMeeting', { ...meeting, attendeeIds: [] })).thenRejects('MEETING_ATTENDEES_REQUIRED');
    });

    it('refuses a meeting id that is already recorded', () => {
      spec
        .given([...group, { type: 'WorkingGroupMeetingRecorded', data: meeting }])
        .when(command('RecordMeeting', meeting))
        .thenRejects('MEETING_ALREADY_RECORDED');
    });

    it('refuses minutes without a SHA-256 hash', () => {
      spec.given(group).when(command('RecordMeeting', { ...meeting, minutesSha256: 'g'.repeat(64) })).thenRejects('INVALID_SHA256');
    });

    it('refuses a meeting date that is not an ISO calendar date', () => {
      spec.given(group).when(command('RecordMeeting', { ...meeting, date: '2026-02-29' })).thenRejects('INVALID_CALENDAR_DATE');
    });
  });

  describe('dissolution', () => {
    it('dissolves the group by a decision', () => {
      spec.given(group).when(command('DissolveWorkingGroup', { decision: resolution })).then([dissolved]);
    });

    it('refuses to dissolve a dissolved group', () => {
      spec.given(dissolvedGroup).when(command('DissolveWorkingGroup', { decision: resolution })).thenRejects('WORKING_GROUP_DISSOLVED');
    });

    it.each<[string, WorkingGroupCommand]>([
      ['add a member', command('AddGroupMember', { organizationId: 'org-kg' })],
      ['remove a member', command('RemoveGroupMember', { organizationId: 'org-uz' })],
      ['reassign the chair', command('ReassignChair', { chairId: 'org-kz' })],
      ['add a deliverable', command('AddDeliverable', recommendations)],
      ['record a meeting', command('RecordMeeting', meeting)],
    ])('refuses to %s in a dissolved group', (_, attempted) => {
      spec.given(dissolvedGroup).when(attempted).thenRejects('WORKING_GROUP_DISSOLVED');
    });

    it('refuses to deliver in a dissolved group', () => {
      spec
        .given([establishedEvent, deliverableAdded, dissolved])
        .when(command('MarkDeliverableDelivered', { deliverableId: 'deliverable-1', documentSha256, deliveredOn: '2026-10-20' }))
        .thenRejects('WORKING_GROUP_DISSOLVED');
    });
  });

  describe('state and overdue deliverables', () => {
    const second = { deliverableId: 'deliverable-2', title: { ru: 'Обзор практики', en: null }, dueDate: '2026-09-30' };
    const withDeliverables = [...group, deliverableAdded, { type: 'DeliverableAdded', data: second } as const];

    it('folds the members, chair, deliverables and meetings', () => {
      spec
        .given([
          ...withDeliverables,
          delivered,
          { type: 'WorkingGroupMeetingRecorded', data: meeting },
          { type: 'WorkingGroupMemberAdded', data: { organizationId: 'org-kg' } },
          { type: 'WorkingGroupChairReassigned', data: { chairId: 'org-kz', previousChairId: 'org-ru' } },
          { type: 'WorkingGroupMemberRemoved', data: { organizationId: 'org-uz', cause: 'decision' } },
        ])
        .thenState({
          status: 'active',
          name: charter.name,
          mandate: charter.mandate,
          chairId: 'org-kz',
          memberIds: ['org-ru', 'org-kz', 'org-kg'],
          deliverables: [
            { ...recommendations, delivery: { documentSha256, deliveredOn: '2026-10-20' } },
            { ...second, delivery: null },
          ],
          meetings: [meeting],
          establishedBy: resolution,
        });
    });

    it('lists nothing as overdue on or before the due dates', () => {
      expect(overdueDeliverables(fold(workingGroupDecider, withDeliverables), '2026-09-30')).toEqual([]);
    });

    it('lists an undelivered deliverable as overdue the day after its due date', () => {
      expect(overdueDeliverables(fold(workingGroupDecider, withDeliverables), '2026-10-01').map((item) => item.deliverableId)).toEqual([
        'deliverable-2',
      ]);
    });

    it('does not list delivered deliverables as overdue', () => {
      const state = fold(workingGroupDecider, [...withDeliverables, delivered]);
      expect(overdueDeliverables(state, '2026-11-15').map((item) => item.deliverableId)).toEqual(['deliverable-2']);
    });

    it('lists nothing as overdue in a dissolved group or before the group exists', () => {
      expect(overdueDeliverables(fold(workingGroupDecider, [...withDeliverables, dissolved]), '2026-11-15')).toEqual([]);
      expect(overdueDeliverables(fold(workingGroupDecider, []), '2026-11-15')).toEqual([]);
    });

  });
});
