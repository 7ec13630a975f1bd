import type { DomainEvent, LocalizedText } from '#accord/kernel';

export type { LocalizedText };

export interface Initiator {
  readonly name: LocalizedText;
  readonly country: string;
}

export interface OrganizingCommitteeMember {
  readonly name: LocalizedText;
  readonly role: LocalizedText;
}

/**
 * A national registry identifier as the register of members defines it (for example scheme
 * `RU_OGRN_INN` with values `{ ogrn, inn }`); the register validates it, the founding keeps it.
 */
export interface FounderIdentifier {
  readonly scheme: string;
  readonly values: Readonly<Record<string, string>>;
}

export interface FounderContacts {
  readonly email: string;
  readonly phone: string | null;
  readonly address: LocalizedText | null;
}

/** The organization that asks to become a founder: what the register of members needs to admit it. */
export interface FounderCandidate {
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly legalForm: LocalizedText;
  /** A category of the register of members, e.g. `staffing_agency`. */
  readonly category: string;
  readonly nationalIdentifier: FounderIdentifier;
  readonly contacts: FounderContacts;
}

export interface FounderRepresentative {
  readonly name: LocalizedText;
  readonly position: LocalizedText;
  readonly email: string;
}

export interface LetterOfIntent {
  readonly letterId: string;
  readonly organization: FounderCandidate;
  readonly representative: FounderRepresentative;
  /** ISO calendar date. */
  readonly receivedOn: string;
}

export type AssemblyVenue =
  | { readonly kind: 'place'; readonly address: LocalizedText }
  | { readonly kind: 'online'; readonly url: string };

export type EstablishmentVote = 'for' | 'against' | 'abstain';

export interface PresentFounder {
  readonly letterId: string;
  /** The person who spoke and voted for the founder at the assembly. */
  readonly representedBy: LocalizedText;
  readonly establishmentVote: EstablishmentVote;
}

export interface CharterReference {
  readonly number: number;
  /** SHA-256 of the draft's content, lowercase hex. */
  readonly sha256: string;
}

/**
 * A question the charter reserves for unanimity or a qualified majority (Civil Code art. 123.9
 * p. 2); every other question of that body is decided by a simple majority (art. 181.2).
 */
export interface CharterVotingRule {
  readonly body: 'general_assembly' | 'council';
  /** A stable key, e.g. `charter_amendment`, `member_expulsion`. */
  readonly question: string;
  readonly title: LocalizedText;
  readonly rule: 'unanimity' | 'qualified_majority';
}

export interface Officer {
  readonly name: LocalizedText;
  /** The letter of the present founder this person represents, if any. */
  readonly representing: string | null;
}

export interface FoundingAssemblyRecord {
  /** ISO calendar date. */
  readonly date: string;
  readonly venue: AssemblyVenue;
  readonly present: readonly PresentFounder[];
  readonly charter: CharterReference;
  readonly votingRules: readonly CharterVotingRule[];
  readonly chair: Officer;
  readonly council: readonly Officer[];
  readonly auditCommission: readonly Officer[];
}

export interface EstablishedFounder {
  readonly letterId: string;
  readonly organization: FounderCandidate;
  readonly representative: FounderRepresentative;
}

export type FoundingEvent =
  | DomainEvent<
      'FoundingInitiativeLaunched',
      { initiator: Initiator; committee: readonly OrganizingCommitteeMember[]; launchedOn: string }
    >
  | DomainEvent<'LetterOfIntentReceived', LetterOfIntent>
  | DomainEvent<'LetterOfIntentWithdrawn', { letterId: string; withdrawnOn: string; reason: LocalizedText | null }>
  /** `draftedOn`: the draft's own date (absent in drafts recorded before it was kept); `recordedAt`: when it was entered. */
  | DomainEvent<'CharterDraftRecorded', { number: number; content: string; sha256: string; recordedAt: string; draftedOn?: string }>
  | DomainEvent<'FoundingAssemblyConvened', { date: string; venue: AssemblyVenue; convenedOn: string }>
  | DomainEvent<'FoundingAssemblyHeld', FoundingAssemblyRecord>
  | DomainEvent<'StateRegistrationFiled', { authority: LocalizedText; filedOn: string; reference: string | null }>
  | DomainEvent<'StateRegistrationRefused', { refusedOn: string; reason: LocalizedText }>
  | DomainEvent<'AssociationRegistered', { registrationNumber: string; registeredOn: string }>
  | DomainEvent<
      'AssociationEstablished',
      {
        establishedOn: string;
        registrationNumber: string;
        charter: CharterReference;
        votingRules: readonly CharterVotingRule[];
        founders: readonly EstablishedFounder[];
      }
    >;
