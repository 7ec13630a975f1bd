import { fold, type CommandMetadata } from '#accord/kernel';
import { deciderSpec } from '../../../../kernel/src/testing/decider-spec.js';
import { metadataAt, RESOLUTION_ID } from '../testing/voting-fixtures.js';
import { powerOfAttorneyAggregate, powerOfAttorneyDecider, type PowerOfAttorneyCommand } from './power-of-attorney.decide.js';
import type { PowerOfAttorney, PowerOfAttorneyEvent } from './power-of-attorney.events.js';
import { authorizationProblem, authorizes, type ProxyVote } from './power-of-attorney.state.js';

const NOW = '2026-09-01T09:00:00.000Z';
const bySecretariat = metadataAt(NOW);

const command = <Type extends PowerOfAttorneyCommand['type']>(
  type: Type,
  data: Extract<PowerOfAttorneyCommand, { type: Type }>['data'],
  metadata: CommandMetadata = bySecretariat,
): PowerOfAttorneyCommand => ({ type, data, metadata }) as PowerOfAttorneyCommand;
const spec = deciderSpec(powerOfAttorneyDecider);

const power: PowerOfAttorney = {
  powerOfAttorneyId: 'poa-1',
  principalOrganizationId: 'org-kz',
  proxyOrganizationId: 'org-ru',
  documentSha256: 'c'.repeat(64),
  validFrom: '2026-09-01T00:00:00.000Z',
  validUntil: '2026-10-01T00:00:00.000Z',
  scope: { kind: 'body', body: { kind: 'general_assembly' } },
};
const granted: PowerOfAttorneyEvent = { type: 'PowerOfAttorneyGranted', data: power };
const reason = { ru: 'Представитель сменился', en: 'The representative changed' };
const revoked: PowerOfAttorneyEvent = { type: 'PowerOfAttorneyRevoked', data: { revokedAt: NOW, reason } };

describe('power of attorney decider', () => {
  it('is the aggregate of the power-of-attorney category', () => {
    expect(powerOfAttorneyAggregate.category).toBe('power-of-attorney');
  });

  describe('granting', () => {
    it('registers a power of attorney with its document hash, validity and scope', () => {
      spec.given([]).when(command('GrantPowerOfAttorney', power)).then([granted]);
    });

    it('registers a power of attorney given by the principal’s own representative', () => {
      spec.given([]).when(command('GrantPowerOfAttorney', power, metadataAt(NOW, 'org-kz'))).then([granted]);
    });

    it('keeps the hash in lowercase and the validity in UTC', () => {
      spec
        .given([])
        .when(
          command('GrantPowerOfAttorney', {
            ...power,
            documentSha256: 'C'.repeat(64),
            validFrom: '2026-09-01T03:00:00+03:00',
            validUntil: '2026-10-01T05:00:00+05:00',
          }),
        )
        .then([granted]);
    });

    it('registers a power of attorney for a single resolution', () => {
      const single = { ...power, scope: { kind: 'resolution' as const, resolutionId: RESOLUTION_ID } };
      spec.given([]).when(command('GrantPowerOfAttorney', single)).then([{ type: 'PowerOfAttorneyGranted', data: single }]);
    });

    it('refuses to register a power of attorney twice', () => {
      spec.given([granted]).when(command('GrantPowerOfAttorney', power)).thenRejects('POWER_OF_ATTORNEY_ALREADY_GRANTED');
    });

    it('refuses a power of attorney given to the principal itself', () => {
      spec.given([]).when(command('GrantPowerOfAttorney', { ...power, proxyOrganizationId: 'org-kz' })).thenRejects('PROXY_IS_PRINCIPAL');
    });

    it('refuses a power of attorney registered by a representative of another organization', () => {
      spec.given([]).when(command('GrantPowerOfAttorney', power, metadataAt(NOW, 'org-ru'))).thenRejects('NOT_THE_PRINCIPAL', { onBehalfOf: 'org-ru', principalOrganizationId: 'org-kz' });
    });

    it('refuses a document hash that is not SHA-256', () => {
      spec.given([]).when(command('GrantPowerOfAttorney', { ...power, documentSha256: 'abc' })).thenRejects('INVALID_SHA256');
    });

    it('refuses a validity start that is not a timestamp', () => {
      spec.given([]).when(command('GrantPowerOfAttorney', { ...power, validFrom: '2026-09-01' })).thenRejects('INVALID_TIMESTAMP', { field: 'validFrom' });
    });

    it('refuses a validity period that ends when it starts', () => {
      spec
        .given([])
        .when(command('GrantPowerOfAttorney', { ...power, validUntil: power.validFrom }))
        .thenRejects('INVALID_VALIDITY_PERIOD');
    });

    it('refuses a scope of a working group that does not name the group', () => {
      spec
        .given([])
        .when(command('GrantPowerOfAttorney', { ...power, scope: { kind: 'body', body: { kind: 'working_group', workingGroupId: '' } } }))
        .thenRejects('INVALID_VOTING_BODY');
    });

    it('refuses a scope of a resolution that does not name it', () => {
      const unnamed = command('GrantPowerOfAttorney', { ...power, scope: { kind: 'resolution', resolutionId: '' } });
      spec.given([]).when(unnamed).thenRejects('IDENTIFIER_REQUIRED', { field: 'scope.resolutionId' });
    });

    it.each(['powerOfAttorneyId', 'principalOrganizationId', 'proxyOrganizationId'] as const)('refuses a blank %s', (field) => {
      spec.given([]).when(command('GrantPowerOfAttorney', { ...power, [field]: '' })).thenRejects('IDENTIFIER_REQUIRED', { field });
    });
  });

  describe('revocation', () => {
    it('revokes a power of attorney with the reason', () => {
      spec.given([granted]).when(command('RevokePowerOfAttorney', { reason })).then([revoked]);
    });

    it('revokes at the principal’s request without a reason', () => {
      spec
        .given([granted])
        .when(command('RevokePowerOfAttorney', { reason: null }, metadataAt(NOW, 'org-kz')))
        .then([{ type: 'PowerOfAttorneyRevoked', data: { revokedAt: NOW, reason: null } }]);
    });

    it('lets the proxy renounce the power of attorney', () => {
      spec.given([granted]).when(command('RevokePowerOfAttorney', { reason }, metadataAt(NOW, 'org-ru'))).then([revoked]);
    });

    it('refuses a revocation by an organization that is not a party', () => {
      spec.given([granted]).when(command('RevokePowerOfAttorney', { reason }, metadataAt(NOW, 'org-uz'))).thenRejects('NOT_A_PARTY');
    });

    it('refuses a blank reason', () => {
      spec.given([granted]).when(command('RevokePowerOfAttorney', { reason: { ru: '', en: null } })).thenRejects('TEXT_REQUIRED');
    });

    it('refuses to revoke a power of attorney that was never registered', () => {
      spec.given([]).when(command('RevokePowerOfAttorney', { reason })).thenRejects('POWER_OF_ATTORNEY_NOT_FOUND');
    });

    it('refuses to revoke a power of attorney twice', () => {
      spec.given([granted, revoked]).when(command('RevokePowerOfAttorney', { reason })).thenRejects('POWER_OF_ATTORNEY_REVOKED');
    });

    it('folds the revocation into the power', () => {
      spec.given([granted, revoked]).thenState({ status: 'revoked', ...power, revokedAt: NOW, reason });
    });
  });

  describe('ending', () => {
    const cause = { kind: 'member_suspended' as const, organizationId: 'org-ru', eventId: 'event-9' };
    const end = (at = NOW) => command('EndPowerOfAttorney', { cause }, metadataAt(at, null, 'system:power_of_attorney_ends'));
    const ended: PowerOfAttorneyEvent = { type: 'PowerOfAttorneyEnded', data: { endedAt: NOW, cause } };

    it('ends a power in force with the membership event that ended it', () => {
      spec.given([granted]).when(end()).then([ended]);
    });

    it('records nothing for a power already revoked', () => {
      spec.given([granted, revoked]).when(end()).then([]);
    });

    it('records nothing for a power already ended', () => {
      spec.given([granted, ended]).when(end()).then([]);
    });

    it('records nothing for a power that has expired', () => {
      spec.given([granted]).when(end(power.validUntil)).then([]);
    });

    it('records nothing for a power that was never registered', () => {
      spec.given([]).when(end()).then([]);
    });

    it('refuses to revoke a power that has ended', () => {
      spec.given([granted, ended]).when(command('RevokePowerOfAttorney', { reason })).thenRejects('POWER_OF_ATTORNEY_ENDED');
    });

    it('authorizes no vote from the moment it ended', () => {
      const state = fold(powerOfAttorneyDecider, [granted, ended]);
      const vote: ProxyVote = { resolutionId: RESOLUTION_ID, body: { kind: 'general_assembly' }, at: new Date(NOW) };
      expect(authorizationProblem(state, vote)).toBe('ended');
      expect(authorizes(state, { ...vote, at: new Date('2026-09-01T08:59:59.999Z') })).toBe(true);
    });
  });

  describe('authorization of a vote', () => {
    const vote: ProxyVote = { resolutionId: RESOLUTION_ID, body: { kind: 'general_assembly' }, at: new Date('2026-09-15T12:00:00.000Z') };
    const stateOf = (...events: PowerOfAttorneyEvent[]) => fold(powerOfAttorneyDecider, events);
    const at = (timestamp: string): ProxyVote => ({ ...vote, at: new Date(timestamp) });

    it('authorizes a vote of its body within its validity', () => {
      expect(authorizes(stateOf(granted), vote)).toBe(true);
    });

    it('authorizes from the first moment of its validity', () => {
      expect(authorizes(stateOf(granted), at(power.validFrom))).toBe(true);
    });

    it('does not authorize at the moment its validity ends', () => {
      expect(authorizationProblem(stateOf(granted), at(power.validUntil))).toBe('expired');
    });

    it('does not authorize before its validity starts', () => {
      expect(authorizationProblem(stateOf(granted), at('2026-08-31T23:59:59.999Z'))).toBe('not_yet_valid');
    });

    it('does not authorize a vote of another body', () => {
      expect(authorizationProblem(stateOf(granted), { ...vote, body: { kind: 'council' } })).toBe('out_of_scope');
    });

    it('tells working groups apart', () => {
      const group = { kind: 'working_group' as const, workingGroupId: 'wg-1' };
      const forGroup = stateOf({ ...granted, data: { ...power, scope: { kind: 'body', body: group } } });
      expect(authorizes(forGroup, { ...vote, body: group })).toBe(true);
      expect(authorizationProblem(forGroup, { ...vote, body: { ...group, workingGroupId: 'wg-2' } })).toBe('out_of_scope');
    });

    it('authorizes only the resolution a single-resolution power names', () => {
      const single = stateOf({ ...granted, data: { ...power, scope: { kind: 'resolution', resolutionId: RESOLUTION_ID } } });
      expect(authorizes(single, { ...vote, body: { kind: 'council' } })).toBe(true);
      expect(authorizationProblem(single, { ...vote, resolutionId: 'resolution-8' })).toBe('out_of_scope');
    });

    it('authorizes votes before its revocation and none from it on', () => {
      const revokedLater = stateOf(granted, {
        type: 'PowerOfAttorneyRevoked',
        data: { revokedAt: '2026-09-15T12:00:00.000Z', reason: null },
      });
      expect(authorizes(revokedLater, at('2026-09-15T11:59:59.999Z'))).toBe(true);
      expect(authorizationProblem(revokedLater, vote)).toBe('revoked');
    });

    it('authorizes nothing when it was never registered', () => {
      expect(authorizationProblem(stateOf(), vote)).toBe('not_granted');
    });
  });
});
