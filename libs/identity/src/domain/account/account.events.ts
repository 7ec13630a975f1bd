import type { DomainEvent } from '#accord/kernel';
import type { Role } from '#accord/kernel';

/**
 * What binding a representative to an organization relied on: the organization's record in the
 * register, its status and the version of its stream when the binding was checked.
 */
export interface RepresentationBasis {
  readonly memberStatus: string;
  readonly memberVersion: number;
}

/** Why a representative's binding ended: its organization left the Association (that membership event). */
export interface RepresentationEndCause {
  readonly kind: 'member_expelled' | 'membership_withdrawn';
  readonly eventId: string;
}

export type SignInEndReason = 'sign-out' | 'refresh-token-reused';

/** Account history. Credentials never enter the ledger: only the fact that they changed. */
export type AccountEvent =
  | DomainEvent<'AccountRegistered', { name: string; email: string; roles: Role[]; organizationId: string | null; basis?: RepresentationBasis }>
  | DomainEvent<'AccountRolesChanged', { roles: Role[] }>
  | DomainEvent<'AccountOrganizationChanged', { organizationId: string | null; basis?: RepresentationBasis }>
  | DomainEvent<'RepresentationEnded', { organizationId: string; cause: RepresentationEndCause }>
  | DomainEvent<'AccountDeactivated', { reason: string }>
  | DomainEvent<'AccountReactivated', Record<string, never>>
  /** `changeId` names the stored hash this change put in place (absent in events recorded before it existed). */
  | DomainEvent<'AccountPasswordChanged', { reset: boolean; changeId?: string }>
  /** One sign-in (the chain of refresh tokens from one password check) ended: its access tokens stop at once. */
  | DomainEvent<'SignInEnded', { signInId: string; reason: SignInEndReason }>
  | DomainEvent<'ApiTokenIssued', { tokenId: string; name: string; roles: Role[]; expiresAt: string | null }>
  | DomainEvent<'ApiTokenRevoked', { tokenId: string }>;
