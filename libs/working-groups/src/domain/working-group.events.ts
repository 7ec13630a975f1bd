import type { DomainEvent, LocalizedText } from '#accord/kernel';

export type { LocalizedText };

/** The decision that made a fact so, in the shape the register of members uses too. */
export type DecisionReference =
  | { readonly kind: 'resolution'; readonly resolutionId: string }
  | { readonly kind: 'founding'; readonly eventId: string }
  /** Recorded elsewhere (minutes of a meeting): the body that decided, the record's reference and the decision's date. */
  | { readonly kind: 'decision'; readonly body: DecidingBody; readonly reference: string; readonly date: string };

/** The bodies of the Association whose decisions are recorded outside a vote here. */
export type DecidingBody = 'general_assembly' | 'council';

export interface Deliverable {
  readonly deliverableId: string;
  readonly title: LocalizedText;
  /** ISO calendar date. */
  readonly dueDate: string;
}

export interface Meeting {
  readonly meetingId: string;
  /** ISO calendar date. */
  readonly date: string;
  readonly attendeeIds: readonly string[];
  /** SHA-256 of the minutes document, lowercase hex. */
  readonly minutesSha256: string;
}

export type WorkingGroupEvent =
  | DomainEvent<
      'WorkingGroupEstablished',
      {
        name: LocalizedText;
        mandate: LocalizedText;
        chairId: string;
        memberIds: readonly string[];
        decision: DecisionReference;
      }
    >
  | DomainEvent<'WorkingGroupMemberAdded', { organizationId: string }>
  /** `left_register`: the organization was expelled from or left the Association. */
  | DomainEvent<'WorkingGroupMemberRemoved', { organizationId: string; cause: 'decision' | 'left_register' }>
  | DomainEvent<'WorkingGroupChairReassigned', { chairId: string; previousChairId: string | null }>
  | DomainEvent<'WorkingGroupChairVacated', { organizationId: string }>
  | DomainEvent<'DeliverableAdded', Deliverable>
  | DomainEvent<'DeliverableDelivered', { deliverableId: string; documentSha256: string; deliveredOn: string }>
  | DomainEvent<'WorkingGroupMeetingRecorded', Meeting>
  | DomainEvent<'WorkingGroupDissolved', { decision: DecisionReference }>;
