/**
 * What the screens read from answers the OpenAPI document does not describe yet. `read()` uses the
 * generated type instead as soon as the document declares one (after `npm run generate:api`), so
 * these shapes only bridge the gap and the compiler reports any field they disagree on.
 */
export interface Text {
  readonly ru: string;
  readonly en?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface AppealItemView {
  readonly id: string;
  readonly subject: Text;
  readonly stage: 'draft' | 'approved' | 'signed' | 'dispatched' | 'registered' | 'answered' | 'closed';
  readonly stageTitle: Text;
  readonly status: string;
  readonly statusTitle: Text;
  readonly addressee: { readonly name: Text } | null;
  readonly holder: { readonly name: Text } | null;
  readonly outgoingNumber: string | null;
  readonly dispatchedOn: string | null;
  readonly version: number;
  readonly deadlines: {
    readonly policyId: string | null;
    readonly dueOn: string | null;
    readonly isEstimate: boolean;
  } | null;
}

export interface AppealView extends AppealItemView {
  readonly timeline: readonly {
    readonly eventId: string;
    readonly type: string;
    readonly recordedAt: string;
    readonly actorId: string;
  }[];
}

export interface AddresseeView {
  readonly id: string;
  readonly name: Text;
  readonly country: string;
}



export interface ResolutionItemView {
  readonly id: string;
  readonly title: Text;
  readonly bodyTitle: Text;
  readonly status: 'draft' | 'voting' | 'closed' | 'withdrawn';
  readonly closesAt: string | null;
  readonly version: number;
}

export interface TallyView {
  readonly resolutionId: string;
  readonly status: string;
  readonly closesAt: string;
  readonly ruleTitle: Text;
  readonly electorateSize: number;
  readonly participants: number;
  readonly participation: number;
  readonly quorum: { readonly title: Text; readonly reached: boolean };
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly outcome: string;
  readonly final: boolean;
  readonly reason: Text;
}

export interface BallotView {
  readonly organizationId: string;
  readonly name: Text | null;
  readonly choice: 'for' | 'against' | 'abstain';
  readonly castAt: string;
  readonly history: readonly { readonly choice: string }[] | null;
}

export interface ResolutionView extends ResolutionItemView {
  readonly text: Text;
  readonly electorate: readonly { readonly organizationId: string; readonly name: Text | null }[];
  readonly ballots: readonly BallotView[];
}





