import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from '#accord/kernel';
import { ApiError } from './responses.js';

export type AccessPolicy = { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const ACCESS_POLICY = 'accord:access-policy';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Signed-in callers holding at least one of these roles may call this route; everyone else is refused. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy),
    ApiBearerAuth(),
    ApiError(401),
    ApiError(403, `Allowed to: ${roles.join(', ')}. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY`),
  );

/** Every role that may read records: auditors read everything. */
export const READERS: readonly Role[] = ['admin', 'secretariat', 'committee', 'auditor'];
