import type { components } from '../api/schema';
import { covers, powerState, proxyBallots } from './powers';

type Power = components['schemas']['PowerOfAttorneyView'];

const OWN = '00000000-0000-4000-8000-000000000001';
const PRINCIPAL = '00000000-0000-4000-8000-000000000002';
const NOW = new Date('2026-10-01T12:00:00Z');

const power = (overrides: Partial<Power> = {}): Power => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  principalOrganizationId: PRINCIPAL,
  proxyOrganizationId: OWN,
  documentSha256: 'a'.repeat(64),
  validFrom: '2026-09-01T00:00:00Z',
  validUntil: '2027-09-01T00:00:00Z',
  scope: { kind: 'body', body: { kind: 'general_assembly' } },
  status: 'granted',
  active: true,
  grantedBy: 'account-1',
  grantedAt: '2026-08-30T10:00:00Z',
  revokedAt: null,
  revokedBy: null,
  revocationReason: null,
  endedAt: null,
  endCause: null,
  version: 1,
  ...overrides,
});

const assemblyVote = { id: '00000000-0000-4000-8000-0000000000b1', body: { kind: 'general_assembly' as const } };
const councilVote = { id: '00000000-0000-4000-8000-0000000000b2', body: { kind: 'council' as const } };

describe('the state of a power of attorney', () => {
  it('is in force within its validity, not yet before it and expired from its exclusive end', () => {
    expect(powerState(power(), NOW)).toBe('in_force');
    expect(powerState(power(), new Date('2026-08-31T23:59:59Z'))).toBe('not_yet');
    expect(powerState(power(), new Date('2027-09-01T00:00:00Z'))).toBe('expired');
  });

  it('is revoked once revoked and ended once a party lost its vote, whatever its validity', () => {
    expect(powerState(power({ status: 'revoked', revokedAt: '2026-09-10T00:00:00Z' }), NOW)).toBe('revoked');
    expect(powerState(power({ endedAt: '2026-09-15T00:00:00Z' }), NOW)).toBe('ended');
  });
});

describe('the votes a power covers', () => {
  it('covers every vote of its body and no other body’s', () => {
    expect(covers(power().scope, assemblyVote)).toBe(true);
    expect(covers(power().scope, councilVote)).toBe(false);
  });

  it('covers only its own working group’s votes', () => {
    const scope: Power['scope'] = { kind: 'body', body: { kind: 'working_group', workingGroupId: 'group-1' } };
    expect(covers(scope, { id: 'x', body: { kind: 'working_group', workingGroupId: 'group-1' } })).toBe(true);
    expect(covers(scope, { id: 'x', body: { kind: 'working_group', workingGroupId: 'group-2' } })).toBe(false);
  });

  it('covers one resolution only when its scope names it', () => {
    const scope: Power['scope'] = { kind: 'resolution', resolutionId: councilVote.id };
    expect(covers(scope, councilVote)).toBe(true);
    expect(covers(scope, assemblyVote)).toBe(false);
  });
});

describe('ballots cast under a power of attorney', () => {
  it('are one per covered open vote of each power in force the organization holds', () => {
    expect(proxyBallots(OWN, [power()], [assemblyVote, councilVote], NOW)).toEqual([
      { resolutionId: assemblyVote.id, principalOrganizationId: PRINCIPAL, powerOfAttorneyId: power().id },
    ]);
  });

  it('are none for a power the organization gave, nor for one revoked or not yet in force', () => {
    const given = power({ principalOrganizationId: OWN, proxyOrganizationId: PRINCIPAL });
    const revoked = power({ status: 'revoked' });
    const later = power({ validFrom: '2026-12-01T00:00:00Z' });
    expect(proxyBallots(OWN, [given, revoked, later], [assemblyVote], NOW)).toEqual([]);
  });
});
