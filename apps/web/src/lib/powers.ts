import type { components } from '../api/schema';

type Power = components['schemas']['PowerOfAttorneyView'];
type Vote = Pick<components['schemas']['ResolutionListItem'], 'id' | 'body'>;

/** Where a power of attorney stands now, in the words the representative's view uses. */
export type PowerState = 'in_force' | 'not_yet' | 'expired' | 'revoked' | 'ended';

export function powerState(power: Pick<Power, 'status' | 'endedAt' | 'validFrom' | 'validUntil'>, now: Date): PowerState {
  if (power.status === 'revoked') return 'revoked';
  // A power ends when its principal or its proxy loses its vote (suspension, expulsion, withdrawal).
  if (power.endedAt) return 'ended';
  if (now < new Date(power.validFrom)) return 'not_yet';
  // validUntil is exclusive.
  return now < new Date(power.validUntil) ? 'in_force' : 'expired';
}

/** True when a power's scope covers a vote: every vote of one body, or this one resolution. */
export function covers(scope: Power['scope'], vote: Vote): boolean {
  if (scope.kind === 'resolution') return scope.resolutionId === vote.id;
  if (scope.body?.kind !== vote.body.kind) return false;
  return scope.body.kind !== 'working_group' || scope.body.workingGroupId === vote.body.workingGroupId;
}

export interface ProxyBallot {
  readonly resolutionId: string;
  readonly principalOrganizationId: string;
  readonly powerOfAttorneyId: string;
}

/**
 * The ballots an organization may cast for others: one per open vote and principal whose power in
 * force, held by this organization, covers the vote. Whether the principal is in the vote's
 * electorate is for the vote's own record to say.
 */
export function proxyBallots(organizationId: string, powers: readonly Power[], votes: readonly Vote[], now: Date): ProxyBallot[] {
  const held = powers.filter((power) => power.proxyOrganizationId === organizationId && powerState(power, now) === 'in_force');
  return votes.flatMap((vote) =>
    held
      .filter((power) => covers(power.scope, vote))
      .map((power) => ({ resolutionId: vote.id, principalOrganizationId: power.principalOrganizationId, powerOfAttorneyId: power.id })),
  );
}
