import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '#accord/kernel';

export type AccessPolicy = { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const ACCESS_POLICY = 'accord:access-policy';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Signed-in callers holding at least one of these roles may call this route; everyone else is refused. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No credentials, or credentials that are expired or invalid' }),
    ApiForbiddenResponse({ description: `Allowed to: ${roles.join(', ')}` }),
  );

/** Every role that may read records: auditors read everything. */
export const READERS: readonly Role[] = ['admin', 'secretariat', 'committee', 'auditor'];
