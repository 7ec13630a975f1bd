import { deciderSpec } from '../../../../kernel/src/testing/decider-spec.js';
import { metadataAt, RESOLUTION_ID } from '../testing/voting-fixtures.js';
import type { VotingBody } from '../voting-terms.js';
import {
  PENDING_GRANT_MILLISECONDS,
  principalPowersAggregate,
  principalPowersDecider,
  type ListedPowerStanding,
  type PrincipalPowersCommand,
} from './principal-powers.decide.js';
import type { ListedPower, PrincipalPowersEvent } from './principal-powers.events.js';

const spec = deciderSpec(principalPowersDecider);
const ASSEMBLY: VotingBody = { kind: 'general_assembly' };
const GROUP: VotingBody = { kind: 'working_group', workingGroupId: 'wg-1' };

const forBody = (id: string, body: VotingBody): ListedPower => ({ powerOfAttorneyId: id, scope: { kind: 'body', body }, body });
const forResolution = (id: string, resolutionId: string, body: VotingBody = ASSEMBLY): ListedPower => ({
  powerOfAttorneyId: id,
  scope: { kind: 'resolution', resolutionId },
  body,
});
const NOW = '2026-09-01T09:00:00.000Z';
const listed = (power: ListedPower, listedAt = NOW): PrincipalPowersEvent => ({ type: 'PowerOfAttorneyListed', data: { ...power, listedAt } });
const list = (power: ListedPower, standing: Record<string, ListedPowerStanding> = {}, at = NOW): PrincipalPowersCommand => ({
  type: 'ListPowerOfAttorney',
  data: { ...power, standing },
  metadata: metadataAt(at, 'org-kz'),
});

describe('the powers of attorney a principal has given', () => {
  it('is the aggregate of the principal-powers category', () => {
    expect(principalPowersAggregate.category).toBe('principal-powers');
  });

  it('lists the first power of attorney for a body', () => {
    spec.given([]).when(list(forBody('poa-1', ASSEMBLY))).then([listed(forBody('poa-1', ASSEMBLY))]);
  });

  it('refuses a second power for the same body while the first is in force', () => {
    spec.given([listed(forBody('poa-1', ASSEMBLY))]).when(list(forBody('poa-2', ASSEMBLY), { 'poa-1': 'in_force' })).thenRejects('POWER_OF_ATTORNEY_SCOPE_TAKEN');
  });

  it('lists a new power for the same body once the first is no longer in force', () => {
    spec
      .given([listed(forBody('poa-1', ASSEMBLY))])
      .when(list(forBody('poa-2', ASSEMBLY), { 'poa-1': 'not_in_force' }))
      .then([listed(forBody('poa-2', ASSEMBLY))]);
  });

  it('counts a power listed after the application looked as in force', () => {
    spec.given([listed(forBody('poa-1', ASSEMBLY))]).when(list(forBody('poa-2', ASSEMBLY))).thenRejects('POWER_OF_ATTORNEY_SCOPE_TAKEN');
  });

  it('counts a listed power whose grant is not recorded yet as in force', () => {
    spec.given([listed(forBody('poa-1', ASSEMBLY))]).when(list(forBody('poa-2', ASSEMBLY), { 'poa-1': 'not_recorded' })).thenRejects('POWER_OF_ATTORNEY_SCOPE_TAKEN');
  });

  it('frees the scope of a listed power whose grant was never recorded', () => {
    const later = new Date(Date.parse(NOW) + PENDING_GRANT_MILLISECONDS).toISOString();
    spec
      .given([listed(forBody('poa-1', ASSEMBLY))])
      .when(list(forBody('poa-2', ASSEMBLY), { 'poa-1': 'not_recorded' }, later))
      .then([listed(forBody('poa-2', ASSEMBLY), later)]);
  });

  it('lists powers for different bodies side by side', () => {
    spec
      .given([listed(forBody('poa-1', ASSEMBLY))])
      .when(list(forBody('poa-2', GROUP), { 'poa-1': 'in_force' }))
      .then([listed(forBody('poa-2', GROUP))]);
  });

  it('refuses a power for one resolution of a body a power in force already covers', () => {
    spec
      .given([listed(forBody('poa-1', ASSEMBLY))])
      .when(list(forResolution('poa-2', RESOLUTION_ID), { 'poa-1': 'in_force' }))
      .thenRejects('POWER_OF_ATTORNEY_SCOPE_TAKEN');
  });

  it('refuses a power for a body when a power for one of its resolutions is in force', () => {
    spec
      .given([listed(forResolution('poa-1', RESOLUTION_ID))])
      .when(list(forBody('poa-2', ASSEMBLY), { 'poa-1': 'in_force' }))
      .thenRejects('POWER_OF_ATTORNEY_SCOPE_TAKEN');
  });

  it('lists powers for two different resolutions of one body', () => {
    spec
      .given([listed(forResolution('poa-1', RESOLUTION_ID))])
      .when(list(forResolution('poa-2', 'resolution-8'), { 'poa-1': 'in_force' }))
      .then([listed(forResolution('poa-2', 'resolution-8'))]);
  });

  it('records nothing when the same power is listed again', () => {
    spec.given([listed(forBody('poa-1', ASSEMBLY))]).when(list(forBody('poa-1', ASSEMBLY), { 'poa-1': 'in_force' })).then([]);
  });
});
