import type { DomainEvent } from '#accord/kernel';
import type { Role } from '#accord/kernel';

/** Account history. Credentials never enter the ledger: only the fact that they changed. */
export type AccountEvent =
  | DomainEvent<'AccountRegistered', { name: string; email: string; roles: Role[]; organizationId: string | null }>
  | DomainEvent<'AccountRolesChanged', { roles: Role[] }>
  | DomainEvent<'AccountOrganizationChanged', { organizationId: string | null }>
  | DomainEvent<'AccountDeactivated', { reason: string }>
  | DomainEvent<'AccountReactivated', Record<string, never>>
  | DomainEvent<'AccountPasswordChanged', { reset: boolean }>
  | DomainEvent<'ApiTokenIssued', { tokenId: string; name: string; roles: Role[]; expiresAt: string | null }>
  | DomainEvent<'ApiTokenRevoked', { tokenId: string }>;
