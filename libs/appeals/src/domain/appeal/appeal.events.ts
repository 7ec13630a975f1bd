import type { DomainEvent, LocalizedText } from '#accord/kernel';

export type { LocalizedText };

/** A document attached to an appeal, known by its content hash (the file itself is kept elsewhere). */
export interface Attachment {
  readonly name: string;
  /** SHA-256 of the file, lowercase hex. */
  readonly sha256: string;
}

export const DISPATCH_CHANNELS = ['official_portal', 'post', 'email', 'courier'] as const;
export type DispatchChannel = (typeof DISPATCH_CHANNELS)[number];

export const ANSWER_OUTCOMES = ['supported', 'partially_supported', 'declined', 'forwarded'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

export const REMINDER_KINDS = ['due_soon', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Who signs the appeal on the Association's behalf. */
export interface Signatory {
  readonly name: string;
  readonly position: LocalizedText;
}

/** What the secretariat writes and may revise while the appeal is a draft. */
export interface AppealContent {
  readonly addresseeId: string;
  readonly subject: LocalizedText;
  readonly text: LocalizedText;
  readonly attachments: readonly Attachment[];
  /** The adopted resolution that authorized the appeal, when there is one. */
  readonly resolutionId: string | null;
}

/**
 * The body that holds the appeal and the rules its period follows: the addressee on dispatch,
 * another body after forwarding. `policyId` is the addressee's jurisdiction policy at that moment,
 * so the deadlines of a replayed history do not change when the addressee is later edited.
 */
export interface AppealHolder {
  readonly addresseeId: string;
  readonly policyId: string;
  /** The answer date the secretariat expects where no statute sets a period (interstate bodies, NGOs). */
  readonly expectedAnswerOn: string | null;
}

/** All dates named `…On` are ISO calendar dates (legal dates); moments live in event metadata. */
export type AppealEvent =
  /** `draftedOn`, `approvedOn`, `signedOn`: absent in events recorded before they existed (see `legalDatesOf`). */
  | DomainEvent<'AppealDrafted', AppealContent & { followUpOf: string | null; draftedOn?: string }>
  | DomainEvent<'AppealRevised', AppealContent>
  | DomainEvent<'AppealApproved', { resolutionId: string | null; approvedOn?: string }>
  | DomainEvent<'AppealSigned', { signatory: Signatory; signedOn?: string }>
  | DomainEvent<'AppealDispatched', AppealHolder & { dispatchedOn: string; channel: DispatchChannel; outgoingNumber: string }>
  | DomainEvent<'AppealRegistered', { addresseeId: string; registeredOn: string; incomingNumber: string }>
  | DomainEvent<'AppealExtended', { dueOn: string; noticeOn: string }>
  | DomainEvent<'AppealForwarded', AppealHolder & { forwardedOn: string; fromAddresseeId: string }>
  | DomainEvent<'ExpectedAnswerDateSet', { expectedAnswerOn: string }>
  | DomainEvent<
      'AppealAnswered',
      { answeredOn: string; reference: string; outcome: AnswerOutcome; summary: LocalizedText; attachmentSha256: string | null }
    >
  | DomainEvent<'AppealDeadlineReminderRecorded', { kind: ReminderKind; dueOn: string; recordedOn: string }>
  | DomainEvent<'AppealFollowUpOpened', { followUpAppealId: string }>
  | DomainEvent<'AppealClosed', { reason: LocalizedText | null }>;

export type AppealEventType = AppealEvent['type'];
