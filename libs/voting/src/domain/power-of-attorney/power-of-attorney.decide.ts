import { documentDigest, DomainRuleViolation, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { canonicalTimestamp, requireIdentifier, requireText, requireVotingBody } from '../checks.js';
import type { LocalizedText } from '../voting-terms.js';
import type { PowerEndCause, PowerOfAttorney, PowerOfAttorneyEvent } from './power-of-attorney.events.js';
import { evolvePowerOfAttorney, initialPowerOfAttorneyState, inForce, type PowerOfAttorneyState } from './power-of-attorney.state.js';

export type PowerOfAttorneyCommand =
  | DomainCommand<'GrantPowerOfAttorney', PowerOfAttorney>
  | DomainCommand<'RevokePowerOfAttorney', { reason: LocalizedText | null }>
  | DomainCommand<'EndPowerOfAttorney', { cause: PowerEndCause }>;

type CommandOf<Type extends PowerOfAttorneyCommand['type']> = Extract<PowerOfAttorneyCommand, { type: Type }>;

export function grantPowerOfAttorney(command: CommandOf<'GrantPowerOfAttorney'>, state: PowerOfAttorneyState): PowerOfAttorneyEvent[] {
  if (state.status !== 'none') {
    throw new DomainRuleViolation('POWER_OF_ATTORNEY_ALREADY_GRANTED', {
      ru: 'Доверенность уже зарегистрирована',
      en: 'The power of attorney is already registered',
    });
  }
  const { powerOfAttorneyId, principalOrganizationId, proxyOrganizationId, scope } = command.data;
  requireIdentifier('powerOfAttorneyId', powerOfAttorneyId);
  requireIdentifier('principalOrganizationId', principalOrganizationId);
  requireIdentifier('proxyOrganizationId', proxyOrganizationId);
  if (principalOrganizationId === proxyOrganizationId) {
    throw new DomainRuleViolation('PROXY_IS_PRINCIPAL', {
      ru: 'Организация не может выдать доверенность самой себе',
      en: 'An organization cannot give a power of attorney to itself',
    });
  }
  const { onBehalfOf } = command.metadata;
  // The principal issues the power; a representative of any other organization cannot register one for it.
  if (onBehalfOf !== null && onBehalfOf !== principalOrganizationId) {
    throw new DomainRuleViolation(
      'NOT_THE_PRINCIPAL',
      {
        ru: 'Доверенность регистрирует доверитель или секретариат',
        en: 'A power of attorney is registered by its principal or by the secretariat',
      },
      { onBehalfOf, principalOrganizationId },
    );
  }
  const documentSha256 = documentDigest('documentSha256', command.data.documentSha256);
  const validFrom = canonicalTimestamp('validFrom', command.data.validFrom);
  const validUntil = canonicalTimestamp('validUntil', command.data.validUntil);
  if (Date.parse(validFrom) >= Date.parse(validUntil)) {
    throw new DomainRuleViolation(
      'INVALID_VALIDITY_PERIOD',
      {
        ru: 'Срок действия доверенности должен начинаться раньше, чем заканчивается',
        en: 'The validity period must start before it ends',
      },
      { validFrom, validUntil },
    );
  }
  if (scope.kind === 'body') requireVotingBody(scope.body);
  else requireIdentifier('scope.resolutionId', scope.resolutionId);
  return [
    {
      type: 'PowerOfAttorneyGranted',
      data: { powerOfAttorneyId, principalOrganizationId, proxyOrganizationId, documentSha256, validFrom, validUntil, scope },
    },
  ];
}

export function revokePowerOfAttorney(command: CommandOf<'RevokePowerOfAttorney'>, state: PowerOfAttorneyState): PowerOfAttorneyEvent[] {
  if (state.status === 'none') {
    throw new DomainRuleViolation('POWER_OF_ATTORNEY_NOT_FOUND', {
      ru: 'Доверенность не зарегистрирована',
      en: 'The power of attorney is not registered',
    });
  }
  if (state.status === 'revoked') {
    throw new DomainRuleViolation(
      'POWER_OF_ATTORNEY_REVOKED',
      { ru: 'Доверенность уже отозвана', en: 'The power of attorney is already revoked' },
      { revokedAt: state.revokedAt },
    );
  }
  if (state.status === 'ended') {
    throw new DomainRuleViolation(
      'POWER_OF_ATTORNEY_ENDED',
      { ru: 'Доверенность уже прекращена', en: 'The power of attorney has already ended' },
      { endedAt: state.endedAt, cause: state.cause },
    );
  }
  const { onBehalfOf, now } = command.metadata;
  // Civil Code art. 188 p. 1: the principal may revoke a power of attorney and the proxy may renounce it.
  if (onBehalfOf !== null && onBehalfOf !== state.principalOrganizationId && onBehalfOf !== state.proxyOrganizationId) {
    throw new DomainRuleViolation(
      'NOT_A_PARTY',
      {
        ru: 'Доверенность прекращают доверитель, представитель или секретариат',
        en: 'A power of attorney is ended by its principal, its proxy or the secretariat',
      },
      { onBehalfOf },
    );
  }
  const { reason } = command.data;
  if (reason !== null) requireText('reason', reason);
  return [{ type: 'PowerOfAttorneyRevoked', data: { revokedAt: now.toISOString(), reason } }];
}

/**
 * A power ends when a party is suspended, expelled or withdraws (it can no longer give or cast that
 * vote). A power already revoked, ended or expired has nothing left to end: the command records nothing,
 * so the departure and a grant that raced with it may both ask without conflict.
 */
export function endPowerOfAttorney(command: CommandOf<'EndPowerOfAttorney'>, state: PowerOfAttorneyState): PowerOfAttorneyEvent[] {
  if (!inForce(state, command.metadata.now)) return [];
  return [{ type: 'PowerOfAttorneyEnded', data: { endedAt: command.metadata.now.toISOString(), cause: command.data.cause } }];
}

export function decidePowerOfAttorney(command: PowerOfAttorneyCommand, state: PowerOfAttorneyState): PowerOfAttorneyEvent[] {
  switch (command.type) {
    case 'GrantPowerOfAttorney':
      return grantPowerOfAttorney(command, state);
    case 'RevokePowerOfAttorney':
      return revokePowerOfAttorney(command, state);
    case 'EndPowerOfAttorney':
      return endPowerOfAttorney(command, state);
    default:
      return unreachable(command);
  }
}

export const powerOfAttorneyDecider: Decider<PowerOfAttorneyCommand, PowerOfAttorneyEvent, PowerOfAttorneyState> = {
  initialState: initialPowerOfAttorneyState,
  decide: decidePowerOfAttorney,
  evolve: evolvePowerOfAttorney,
};

export const powerOfAttorneyAggregate: Aggregate<PowerOfAttorneyCommand, PowerOfAttorneyEvent, PowerOfAttorneyState> = {
  category: 'power-of-attorney',
  decider: powerOfAttorneyDecider,
};
