import { unreachable } from '#accord/kernel';
import type { BallotData, BallotEvent } from './ballot.events.js';

/** The organization's ballot as it stands: the last cast or change is the one that counts. */
export type BallotState =
  | { readonly status: 'none' }
  | (Pick<BallotData, 'resolutionId' | 'organizationId' | 'choice' | 'recordAgainst' | 'proxy'> & { readonly status: 'cast' });

export const initialBallotState: BallotState = { status: 'none' };

export function evolveBallot(_state: BallotState, event: BallotEvent): BallotState {
  switch (event.type) {
    case 'BallotCast':
    case 'BallotChanged': {
      const { resolutionId, organizationId, choice, recordAgainst, proxy } = event.data;
      return { status: 'cast', resolutionId, organizationId, choice, recordAgainst, proxy };
    }
    default:
      return unreachable(event);
  }
}
