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

