import { ForbiddenException, Inject, Injectable, Optional, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLE_LABELS, type Role } from '#accord/kernel';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.js';
import type { AccordRequest, RequestActor } from './request-context.js';

/** Turns a request's credentials into the actor behind them, or null when they are missing or invalid. */
export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<RequestActor | null>;
}

export const AUTHENTICATOR = Symbol('Authenticator');

/** Roles as people call them in Russian (the English message keeps the identifiers a client sends). */
const russianRoleNames = (roles: readonly Role[]) => roles.map((role) => `«${ROLE_LABELS[role].ru.toLowerCase()}»`).join(', ');

/**
 * Default deny: a route without a declared policy is refused even to an administrator, so that no
 * endpoint can be born open. 401 means "who are you?", 403 means "not you".
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(AUTHENTICATOR) private readonly authenticator?: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (policy?.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AccordRequest>();
    const actor = await this.authenticator?.authenticate(request.headers.authorization);
    if (!actor) {
      throw new UnauthorizedException({ code: 'UNAUTHENTICATED', text: { ru: 'Требуется вход в систему', en: 'Sign in first: no valid credentials were given' } });
    }
    request.actor = actor;
    if (!policy) {
      throw new ForbiddenException({ code: 'NO_ACCESS_POLICY', text: { ru: 'Для этого адреса не задана политика доступа', en: 'This route declares no access policy, so it is refused' } });
    }
    if (!policy.roles.some((role: Role) => actor.roles.includes(role))) {
      throw new ForbiddenException({
        code: 'ROLE_REQUIRED',
        text: { ru: `Нужна одна из ролей: ${russianRoleNames(policy.roles)}`, en: `One of these roles is required: ${policy.roles.join(', ')}` },
        details: { required: policy.roles },
      });
    }
    return true;
  }
}
