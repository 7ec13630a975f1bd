import { DomainRuleViolation, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { ListedPower, PrincipalPowersEvent } from './principal-powers.events.js';
import { evolvePrincipalPowers, initialPrincipalPowersState, overlaps, type PrincipalPowersState } from './principal-powers.state.js';

export type PrincipalPowersCommand = DomainCommand<
  'ListPowerOfAttorney',
  ListedPower & {
    /**
     * Whether each power already listed was in force when the application looked (read from its own
     * stream just before). A power listed since then is missing here and counts as in force.
     */
    inForce: Readonly<Record<string, boolean>>;
  }
>;

/**
 * At most one power of attorney in force per principal and vote: a new one whose scope overlaps one
 * in force is refused (revoke that one first), so two proxies never cast the same organization's ballot.
 */
export function listPowerOfAttorney(command: PrincipalPowersCommand, state: PrincipalPowersState): PrincipalPowersEvent[] {
  const { inForce, ...power } = command.data;
  if (state.listed.some((listed) => listed.powerOfAttorneyId === power.powerOfAttorneyId)) return [];
  const holder = state.listed.find((listed) => (inForce[listed.powerOfAttorneyId] ?? true) && overlaps(listed, power));
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
  return [{ type: 'PowerOfAttorneyListed', data: power }];
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
