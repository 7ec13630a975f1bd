import { unreachable } from '#accord/kernel';
import { sameBody, type LocalizedText, type VotingBody } from '../voting-terms.js';
import type { PowerEndCause, PowerOfAttorney, PowerOfAttorneyEvent } from './power-of-attorney.events.js';

export type PowerOfAttorneyState =
  | { readonly status: 'none' }
  | (PowerOfAttorney & { readonly status: 'granted' })
  | (PowerOfAttorney & { readonly status: 'revoked'; readonly revokedAt: string; readonly reason: LocalizedText | null })
  | (PowerOfAttorney & { readonly status: 'ended'; readonly endedAt: string; readonly cause: PowerEndCause });

export const initialPowerOfAttorneyState: PowerOfAttorneyState = { status: 'none' };

export function evolvePowerOfAttorney(state: PowerOfAttorneyState, event: PowerOfAttorneyEvent): PowerOfAttorneyState {
  switch (event.type) {
    case 'PowerOfAttorneyGranted':
      return { status: 'granted', ...event.data };
    case 'PowerOfAttorneyRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked', ...event.data };
    case 'PowerOfAttorneyEnded':
      return state.status === 'none' ? state : { ...state, status: 'ended', ...event.data };
    default:
      return unreachable(event);
  }
}

/** A vote a proxy asks to cast: for which resolution, of which body, and when. */
export interface ProxyVote {
  readonly resolutionId: string;
  readonly body: VotingBody;
  readonly at: Date;
}

export type AuthorizationProblem = 'not_granted' | 'revoked' | 'ended' | 'not_yet_valid' | 'expired' | 'out_of_scope';

/** Why the power does not cover the vote, or null when it does. */
export function authorizationProblem(power: PowerOfAttorneyState, vote: ProxyVote): AuthorizationProblem | null {
  if (power.status === 'none') return 'not_granted';
  const at = vote.at.getTime();
  // A revocation takes effect when it is made: ballots cast under the power before then stand.
  if (power.status === 'revoked' && Date.parse(power.revokedAt) <= at) return 'revoked';
  if (power.status === 'ended' && Date.parse(power.endedAt) <= at) return 'ended';
  if (at < Date.parse(power.validFrom)) return 'not_yet_valid';
  if (at >= Date.parse(power.validUntil)) return 'expired';
  const { scope } = power;
  const inScope = scope.kind === 'resolution' ? scope.resolutionId === vote.resolutionId : sameBody(scope.body, vote.body);
  return inScope ? null : 'out_of_scope';
}

/** Whether the power can still authorize a vote from `now` on: granted, neither revoked nor ended, not expired. */
export function inForce(power: PowerOfAttorneyState, now: Date): boolean {
  return power.status === 'granted' && now.getTime() < Date.parse(power.validUntil);
}

/** Whether the power of attorney lets its proxy vote for its principal on this resolution at this moment. */
export function authorizes(power: PowerOfAttorneyState, vote: ProxyVote): boolean {
  return authorizationProblem(power, vote) === null;
}
