import { unreachable } from '#accord/kernel';
import type { DecisionReference, Deliverable, LocalizedText, Meeting, WorkingGroupEvent } from './working-group.events.js';

export interface DeliverableRecord extends Deliverable {
  readonly delivery: { readonly documentSha256: string; readonly deliveredOn: string } | null;
}

export type WorkingGroupState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'dissolved';
      readonly name: LocalizedText;
      readonly mandate: LocalizedText;
      /** Null while the chair's organization has left and no new chair is assigned. */
      readonly chairId: string | null;
      readonly memberIds: readonly string[];
      readonly deliverables: readonly DeliverableRecord[];
      readonly meetings: readonly Meeting[];
      readonly establishedBy: DecisionReference;
    };

export const initialWorkingGroupState: WorkingGroupState = { status: 'none' };

export function evolveWorkingGroup(state: WorkingGroupState, event: WorkingGroupEvent): WorkingGroupState {
  switch (event.type) {
    case 'WorkingGroupEstablished': {
      const { name, mandate, chairId, memberIds, decision } = event.data;
      return { status: 'active', name, mandate, chairId, memberIds, deliverables: [], meetings: [], establishedBy: decision };
    }
    case 'WorkingGroupMemberAdded':
      if (state.status === 'none') return state;
      return { ...state, memberIds: [...state.memberIds, event.data.organizationId] };
    case 'WorkingGroupMemberRemoved':
      if (state.status === 'none') return state;
      return { ...state, memberIds: state.memberIds.filter((id) => id !== event.data.organizationId) };
    case 'WorkingGroupChairReassigned':
      return state.status === 'none' ? state : { ...state, chairId: event.data.chairId };
    case 'WorkingGroupChairVacated':
      return state.status === 'none' ? state : { ...state, chairId: null };
    case 'DeliverableAdded':
      if (state.status === 'none') return state;
      return { ...state, deliverables: [...state.deliverables, { ...event.data, delivery: null }] };
    case 'DeliverableDelivered': {
      if (state.status === 'none') return state;
      const { deliverableId, documentSha256, deliveredOn } = event.data;
      return {
        ...state,
        deliverables: state.deliverables.map((deliverable) =>
          deliverable.deliverableId === deliverableId ? { ...deliverable, delivery: { documentSha256, deliveredOn } } : deliverable,
        ),
      };
    }
    case 'WorkingGroupMeetingRecorded':
      return state.status === 'none' ? state : { ...state, meetings: [...state.meetings, event.data] };
    case 'WorkingGroupDissolved':
      return state.status === 'none' ? state : { ...state, status: 'dissolved' };
    default:
      return unreachable(event);
  }
}

/**
 * The deliverables past their due date and not delivered, as of `today` (an ISO calendar date).
 * A dissolved group owes nothing any more.
 */
export function overdueDeliverables(state: WorkingGroupState, today: string): DeliverableRecord[] {
  if (state.status === 'none') return [];
  return state.deliverables.filter(
    (deliverable) => deliverableStatus({ delivered: deliverable.delivery !== null, dueDate: deliverable.dueDate }, state.status, today) === 'overdue',
  );
}

export type DeliverableStatus = 'open' | 'delivered' | 'overdue';

/**
 * A deliverable's standing on `today` (an ISO calendar date): delivered; overdue from the day after
 * its due date while its group is active; open otherwise.
 */
export function deliverableStatus(
  deliverable: { readonly delivered: boolean; readonly dueDate: string },
  groupStatus: 'active' | 'dissolved',
  today: string,
): DeliverableStatus {
  if (deliverable.delivered) return 'delivered';
  return groupStatus === 'active' && deliverable.dueDate < today ? 'overdue' : 'open';
}
