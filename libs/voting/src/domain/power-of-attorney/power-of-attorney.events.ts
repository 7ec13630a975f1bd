import type { DomainEvent } from '#accord/kernel';
import type { LocalizedText, VotingBody } from '../voting-terms.js';

/** Every vote of one body, or one resolution only. */
export type PowerScope =
  | { readonly kind: 'body'; readonly body: VotingBody }
  | { readonly kind: 'resolution'; readonly resolutionId: string };

export interface PowerOfAttorney {
  readonly powerOfAttorneyId: string;
  /** The organization that gives its vote to another. */
  readonly principalOrganizationId: string;
  /** The organization whose representative votes for the principal. */
  readonly proxyOrganizationId: string;
  /** SHA-256 of the signed document, lowercase hex. */
  readonly documentSha256: string;
  /** The power holds from `validFrom` (inclusive) until `validUntil` (exclusive), both UTC ISO timestamps. */
  readonly validFrom: string;
  readonly validUntil: string;
  readonly scope: PowerScope;
}

/** Why a power of attorney ended without a revocation: a party stopped being entitled to vote. */
export interface PowerEndCause {
  readonly kind: 'member_suspended' | 'member_expelled' | 'membership_withdrawn';
  /** The party (principal or proxy) the membership event concerns. */
  readonly organizationId: string;
  /** The membership event that ended the power. */
  readonly eventId: string;
}

export type PowerOfAttorneyEvent =
  | DomainEvent<'PowerOfAttorneyGranted', PowerOfAttorney>
  | DomainEvent<'PowerOfAttorneyRevoked', { revokedAt: string; reason: LocalizedText | null }>
  | DomainEvent<'PowerOfAttorneyEnded', { endedAt: string; cause: PowerEndCause }>;
