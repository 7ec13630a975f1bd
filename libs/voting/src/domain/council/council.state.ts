import type { CouncilElection, CouncilEvent } from './council.events.js';

/** The council's roster: nobody until it is elected, then the organizations of the latest election. */
export type CouncilState =
  | { readonly status: 'not_elected' }
  | {
      readonly status: 'elected';
      readonly memberOrganizationIds: readonly string[];
      readonly decision: CouncilElection;
      readonly electedOn: string;
      /** 1 for the council elected at the founding, one more for each later election. */
      readonly term: number;
    };

export const initialCouncilState: CouncilState = { status: 'not_elected' };

export function evolveCouncil(state: CouncilState, event: CouncilEvent): CouncilState {
  const { memberOrganizationIds, decision, electedOn } = event.data;
  return { status: 'elected', memberOrganizationIds, decision, electedOn, term: state.status === 'elected' ? state.term + 1 : 1 };
}
