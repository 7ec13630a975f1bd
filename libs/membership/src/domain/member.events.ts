import type { DomainEvent } from '#accord/kernel';
import type {
  LocalizedText,
  MemberDetailsCorrection,
  MembershipApplication,
  Representative,
} from './member-application.js';

/** The decision that made a fact so, for an auditor's "which decision made this so?". */
export type DecisionReference =
  | { readonly kind: 'resolution'; readonly resolutionId: string }
  | { readonly kind: 'founding'; readonly eventId: string }
  /** Recorded elsewhere (minutes of a meeting): the body that decided, the record's reference and the decision's date. */
  | { readonly kind: 'decision'; readonly body: DecidingBody; readonly reference: string; readonly date: string };

/** The bodies of the Association whose decisions are recorded outside a vote here. */
export type DecidingBody = 'general_assembly' | 'council';

/** A decision of the Association's own bodies: only an admission can come from the founding. */
export type BodyDecision = Exclude<DecisionReference, { readonly kind: 'founding' }>;

/** Only full members vote; observers take part without a vote. */
export type MembershipKind = 'full' | 'observer';

export type MemberEvent =
  /** `previousMemberId`: the organization's ended record (rejected, expelled, withdrawn) when it applies again. */
  | DomainEvent<'MembershipApplicationSubmitted', MembershipApplication & { previousMemberId?: string }>
  /**
   * `admittedOn` is the legal date of the admission: the date of the recorded decision, the day the
   * resolution was adopted, or for a founder the Association's establishment. Events recorded before
   * it existed lack it (see `legalDateOf`).
   */
  | DomainEvent<'MemberAdmitted', { membership: MembershipKind; decision: DecisionReference; admittedOn?: string }>
  | DomainEvent<'MembershipApplicationRejected', { reason: LocalizedText }>
  | DomainEvent<'MemberSuspended', { reason: LocalizedText; decision: BodyDecision }>
  | DomainEvent<'MemberReinstated', { decision: BodyDecision }>
  | DomainEvent<'MemberExpelled', { decision: BodyDecision }>
  | DomainEvent<'MembershipWithdrawn', { noticeDate: string }>
  | DomainEvent<'RepresentativeAdded', { representative: Representative }>
  | DomainEvent<'RepresentativeRemoved', { representativeId: string }>
  /** Carries only the details that changed. */
  | DomainEvent<'MemberDetailsCorrected', MemberDetailsCorrection>;
