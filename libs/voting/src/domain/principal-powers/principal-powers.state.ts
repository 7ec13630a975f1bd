import { sameBody } from '../voting-terms.js';
import type { ListedPower, PrincipalPowersEvent } from './principal-powers.events.js';

/** Every power of attorney an organization has given, in the order it gave them. */
export interface PrincipalPowersState {
  readonly listed: readonly (ListedPower & { readonly listedAt: string })[];
}

export const initialPrincipalPowersState: PrincipalPowersState = { listed: [] };

export function evolvePrincipalPowers(state: PrincipalPowersState, event: PrincipalPowersEvent): PrincipalPowersState {
  return { listed: [...state.listed, event.data] };
}

/**
 * Whether two powers could both cover one vote: two single-resolution powers when they name the same
 * resolution; otherwise when they cover the same body (a power for all its votes covers each of them).
 */
export function overlaps(left: ListedPower, right: ListedPower): boolean {
  if (left.scope.kind === 'resolution' && right.scope.kind === 'resolution') return left.scope.resolutionId === right.scope.resolutionId;
  return sameBody(left.body, right.body);
}
