import type { DomainEvent } from '#accord/kernel';
import type { PowerScope } from '../power-of-attorney/power-of-attorney.events.js';
import type { VotingBody } from '../voting-terms.js';

/** A power of attorney on its principal's list, with the body whose votes it covers. */
export interface ListedPower {
  readonly powerOfAttorneyId: string;
  readonly scope: PowerScope;
  /** The scope's body, or for a single resolution the body that votes on it. */
  readonly body: VotingBody;
}

export type PrincipalPowersEvent = DomainEvent<'PowerOfAttorneyListed', ListedPower & { listedAt: string }>;
