import { documentDigest, DomainRuleViolation, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { requireCalendarDate } from './document-checks.js';
import type { DecisionReference, Deliverable, LocalizedText, WorkingGroupEvent } from './working-group.events.js';
import { evolveWorkingGroup, initialWorkingGroupState, type WorkingGroupState } from './working-group.state.js';

export type WorkingGroupCommand =
  | DomainCommand<
      'EstablishWorkingGroup',
      {
        name: LocalizedText;
        mandate: LocalizedText;
        chairId: string;
        memberIds: readonly string[];
        decision: DecisionReference;
      }
    >
  | DomainCommand<'AddGroupMember', { organizationId: string }>
  | DomainCommand<'RemoveGroupMember', { organizationId: string }>
  /** Sent when an organization is expelled from or leaves the register. */
  | DomainCommand<'RemoveDepartedMember', { organizationId: string }>
  | DomainCommand<'ReassignChair', { chairId: string }>
  | DomainCommand<'AddDeliverable', Deliverable>
  | DomainCommand<'MarkDeliverableDelivered', { deliverableId: string; documentSha256: string; deliveredOn: string }>
  | DomainCommand<
      'RecordMeeting',
      { meetingId: string; date: string; attendeeIds: readonly string[]; minutesSha256: string }
    >
  | DomainCommand<'DissolveWorkingGroup', { decision: DecisionReference }>;

type CommandOf<Type extends WorkingGroupCommand['type']> = Extract<WorkingGroupCommand, { type: Type }>;
type EstablishedGroup = Exclude<WorkingGroupState, { readonly status: 'none' }>;

/**
 * Only member organizations of the Association sit in a working group. The register lives in
 * another context, so the caller passes the ids it knows to be eligible (admitted, not suspended…).
 */
export function requireEligibleOrganizations(organizationIds: readonly string[], eligibleIds: ReadonlySet<string>): void {
  const ineligible = organizationIds.filter((id) => !eligibleIds.has(id));
  if (ineligible.length > 0) {
    throw new DomainRuleViolation(
      'ORGANIZATIONS_NOT_ELIGIBLE',
      {
        ru: 'В рабочую группу входят только организации-члены Объединения',
        en: 'Only member organizations of the Association sit in a working group',
      },
      { organizationIds: ineligible },
    );
  }
}

function established(state: WorkingGroupState): EstablishedGroup {
  if (state.status === 'none') {
    throw new DomainRuleViolation('WORKING_GROUP_NOT_ESTABLISHED', {
      ru: 'Рабочая группа не создана',
      en: 'The working group has not been established',
    });
  }
  return state;
}

function active(state: WorkingGroupState): EstablishedGroup {
  const group = established(state);
  if (group.status === 'dissolved') {
    throw new DomainRuleViolation('WORKING_GROUP_DISSOLVED', { ru: 'Рабочая группа распущена', en: 'The working group is dissolved' });
  }
  return group;
}

function notAMember(organizationId: string): DomainRuleViolation {
  return new DomainRuleViolation(
    'NOT_A_GROUP_MEMBER',
    { ru: `Организация ${organizationId} не входит в рабочую группу`, en: `Organization ${organizationId} is not in the working group` },
    { organizationId },
  );
}

export function establishWorkingGroup(command: CommandOf<'EstablishWorkingGroup'>, state: WorkingGroupState): WorkingGroupEvent[] {
  if (state.status !== 'none') {
    throw new DomainRuleViolation('WORKING_GROUP_ALREADY_ESTABLISHED', {
      ru: 'Рабочая группа уже создана',
      en: 'The working group is already established',
    });
  }
  const { name, mandate, chairId, decision } = command.data;
  const memberIds = [...new Set(command.data.memberIds)];
  if (!memberIds.includes(chairId)) {
    throw new DomainRuleViolation(
      'CHAIR_NOT_A_MEMBER',
      { ru: 'Председатель должен входить в рабочую группу', en: 'The chair must be a member of the working group' },
      { chairId },
    );
  }
  return [{ type: 'WorkingGroupEstablished', data: { name, mandate, chairId, memberIds, decision } }];
}

export function addGroupMember(command: CommandOf<'AddGroupMember'>, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = active(state);
  const { organizationId } = command.data;
  if (group.memberIds.includes(organizationId)) {
    throw new DomainRuleViolation(
      'ALREADY_A_GROUP_MEMBER',
      { ru: `Организация ${organizationId} уже в рабочей группе`, en: `Organization ${organizationId} is already in the working group` },
      { organizationId },
    );
  }
  return [{ type: 'WorkingGroupMemberAdded', data: { organizationId } }];
}

export function removeGroupMember(command: CommandOf<'RemoveGroupMember'>, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = active(state);
  const { organizationId } = command.data;
  if (!group.memberIds.includes(organizationId)) throw notAMember(organizationId);
  if (group.chairId === organizationId) {
    throw new DomainRuleViolation(
      'CHAIR_CANNOT_BE_REMOVED',
      { ru: 'Сначала назначьте другого председателя', en: 'Assign another chair first' },
      { organizationId },
    );
  }
  return [{ type: 'WorkingGroupMemberRemoved', data: { organizationId, cause: 'decision' } }];
}

export function removeDepartedMember(command: CommandOf<'RemoveDepartedMember'>, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = established(state);
  const { organizationId } = command.data;
  // Sent to every group an organization may sit in, so a group it is not in, or a dissolved one, has nothing to do.
  if (group.status === 'dissolved' || !group.memberIds.includes(organizationId)) return [];
  const removed: WorkingGroupEvent = { type: 'WorkingGroupMemberRemoved', data: { organizationId, cause: 'left_register' } };
  // A chair that leaves the Association leaves the chair vacant until the group's body assigns a new one.
  return group.chairId === organizationId ? [{ type: 'WorkingGroupChairVacated', data: { organizationId } }, removed] : [removed];
}

export function reassignChair(command: CommandOf<'ReassignChair'>, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = active(state);
  const { chairId } = command.data;
  if (!group.memberIds.includes(chairId)) throw notAMember(chairId);
  if (group.chairId === chairId) return [];
  return [{ type: 'WorkingGroupChairReassigned', data: { chairId, previousChairId: group.chairId } }];
}

export function addDeliverable(command: CommandOf<'AddDeliverable'>, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = active(state);
  const { deliverableId, title, dueDate } = command.data;
  requireCalendarDate('dueDate', dueDate);
  if (group.deliverables.some((deliverable) => deliverable.deliverableId === deliverableId)) {
    throw new DomainRuleViolation(
      'DELIVERABLE_ALREADY_EXISTS',
      { ru: `Результат ${deliverableId} уже добавлен`, en: `Deliverable ${deliverableId} already exists` },
      { deliverableId },
    );
  }
  return [{ type: 'DeliverableAdded', data: { deliverableId, title, dueDate } }];
}

export function markDeliverableDelivered(
  command: CommandOf<'MarkDeliverableDelivered'>,
  state: WorkingGroupState,
): WorkingGroupEvent[] {
  const group = active(state);
  const { deliverableId, deliveredOn } = command.data;
  const documentSha256 = documentDigest('documentSha256', command.data.documentSha256);
  requireCalendarDate('deliveredOn', deliveredOn);
  const deliverable = group.deliverables.find((candidate) => candidate.deliverableId === deliverableId);
  if (!deliverable) {
    throw new DomainRuleViolation(
      'DELIVERABLE_NOT_FOUND',
      { ru: `Результат ${deliverableId} не найден`, en: `Deliverable ${deliverableId} was not found` },
      { deliverableId },
    );
  }
  if (deliverable.delivery) {
    throw new DomainRuleViolation(
      'DELIVERABLE_ALREADY_DELIVERED',
      { ru: `Результат ${deliverableId} уже сдан`, en: `Deliverable ${deliverableId} is already delivered` },
      { deliverableId, ...deliverable.delivery },
    );
  }
  return [{ type: 'DeliverableDelivered', data: { deliverableId, documentSha256, deliveredOn } }];
}

export function recordMeeting(command: CommandOf<'RecordMeeting'>, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = active(state);
  const { meetingId, date } = command.data;
  const minutesSha256 = documentDigest('minutesSha256', command.data.minutesSha256);
  requireCalendarDate('date', date);
  if (group.meetings.some((meeting) => meeting.meetingId === meetingId)) {
    throw new DomainRuleViolation(
      'MEETING_ALREADY_RECORDED',
      { ru: `Заседание ${meetingId} уже записано`, en: `Meeting ${meetingId} is already recorded` },
      { meetingId },
    );
  }
  const attendeeIds = [...new Set(command.data.attendeeIds)];
  if (attendeeIds.length === 0) {
    throw new DomainRuleViolation('MEETING_ATTENDEES_REQUIRED', {
      ru: 'Укажите организации, участвовавшие в заседании',
      en: 'Name the organizations that attended the meeting',
    });
  }
  const strangers = attendeeIds.filter((id) => !group.memberIds.includes(id));
  if (strangers.length > 0) {
    throw new DomainRuleViolation(
      'ATTENDEES_NOT_MEMBERS',
      { ru: 'В заседании участвуют только члены рабочей группы', en: 'Only members of the working group attend its meetings' },
      { organizationIds: strangers },
    );
  }
  return [{ type: 'WorkingGroupMeetingRecorded', data: { meetingId, date, attendeeIds, minutesSha256 } }];
}

export function dissolveWorkingGroup(command: CommandOf<'DissolveWorkingGroup'>, state: WorkingGroupState): WorkingGroupEvent[] {
  active(state);
  return [{ type: 'WorkingGroupDissolved', data: { decision: command.data.decision } }];
}

export function decideWorkingGroup(command: WorkingGroupCommand, state: WorkingGroupState): WorkingGroupEvent[] {
  switch (command.type) {
    case 'EstablishWorkingGroup':
      return establishWorkingGroup(command, state);
    case 'AddGroupMember':
      return addGroupMember(command, state);
    case 'RemoveGroupMember':
      return removeGroupMember(command, state);
    case 'RemoveDepartedMember':
      return removeDepartedMember(command, state);
    case 'ReassignChair':
      return reassignChair(command, state);
    case 'AddDeliverable':
      return addDeliverable(command, state);
    case 'MarkDeliverableDelivered':
      return markDeliverableDelivered(command, state);
    case 'RecordMeeting':
      return recordMeeting(command, state);
    case 'DissolveWorkingGroup':
      return dissolveWorkingGroup(command, state);
    default:
      return unreachable(command);
  }
}

export const workingGroupDecider: Decider<WorkingGroupCommand, WorkingGroupEvent, WorkingGroupState> = {
  initialState: initialWorkingGroupState,
  decide: decideWorkingGroup,
  evolve: evolveWorkingGroup,
};

export const workingGroupAggregate: Aggregate<WorkingGroupCommand, WorkingGroupEvent, WorkingGroupState> = {
  category: 'working-group',
  decider: workingGroupDecider,
};
