import { DomainRuleViolation, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { ListedPower, PrincipalPowersEvent } from './principal-powers.events.js';
import { evolvePrincipalPowers, initialPrincipalPowersState, overlaps, type PrincipalPowersState } from './principal-powers.state.js';

/** A listed power as its own stream stood when the application looked. */
export type ListedPowerStanding = 'in_force' | 'not_in_force' | 'not_recorded';

export type PrincipalPowersCommand = DomainCommand<
  'ListPowerOfAttorney',
  ListedPower & {
    /** The standing of each power already listed. A power listed since the application looked is missing and counts as in force. */
    standing: Readonly<Record<string, ListedPowerStanding>>;
  }
>;

/**
 * A power is listed before its own stream records the grant, so a listed power not recorded yet is
 * being granted at this moment and counts as in force; one still unrecorded this long after its
 * listing was never granted (the grant was interrupted) and no longer holds the scope.
 */
export const PENDING_GRANT_MILLISECONDS = 60_000;

function holdsScope(listed: PrincipalPowersState['listed'][number], standing: ListedPowerStanding | undefined, now: Date): boolean {
  if (standing === undefined || standing === 'in_force') return true;
  if (standing === 'not_in_force') return false;
  return now.getTime() - Date.parse(listed.listedAt) < PENDING_GRANT_MILLISECONDS;
}

/**
 * At most one power of attorney in force per principal and vote: a new one whose scope overlaps one
 * in force is refused (revoke that one first), so two proxies never cast the same organization's ballot.
 */
export function listPowerOfAttorney(command: PrincipalPowersCommand, state: PrincipalPowersState): PrincipalPowersEvent[] {
  const { standing, ...power } = command.data;
  const { now } = command.metadata;
  if (state.listed.some((listed) => listed.powerOfAttorneyId === power.powerOfAttorneyId)) return [];
  const holder = state.listed.find((listed) => holdsScope(listed, standing[listed.powerOfAttorneyId], now) && overlaps(listed, power));
  if (holder) {
    throw new DomainRuleViolation(
      'POWER_OF_ATTORNEY_SCOPE_TAKEN',
      {
        ru: 'У организации уже есть действующая доверенность на эти голосования; сначала отзовите её',
        en: 'The organization already has a power of attorney in force for these votes; revoke it first',
      },
      { powerOfAttorneyId: holder.powerOfAttorneyId, scope: holder.scope },
    );
  }
  return [{ type: 'PowerOfAttorneyListed', data: { ...power, listedAt: now.toISOString() } }];
}

export const principalPowersDecider: Decider<PrincipalPowersCommand, PrincipalPowersEvent, PrincipalPowersState> = {
  initialState: initialPrincipalPowersState,
  decide: listPowerOfAttorney,
  evolve: evolvePrincipalPowers,
};

/** One stream per principal organization: `principal-powers-<organization>`. */
export const principalPowersAggregate: Aggregate<PrincipalPowersCommand, PrincipalPowersEvent, PrincipalPowersState> = {
  category: 'principal-powers',
  decider: principalPowersDecider,
};
