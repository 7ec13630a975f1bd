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

export interface JournalEntryView {
  readonly appealId: string;
  readonly outgoingNumber: string;
  readonly dispatchedOn: string;
  readonly addressee: { readonly name: Text };
  readonly subject: Text;
  readonly channelTitle: Text;
  readonly dueOn: string | null;
  readonly answeredOn: string | null;
}

export interface AppealsDashboardView {
  readonly asOf: string;
  readonly total: number;
  readonly byStatus: readonly { readonly status: string; readonly title: Text; readonly count: number }[];
  readonly overdue: readonly AppealItemView[];
  readonly dueSoon: readonly AppealItemView[];
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

export interface MemberItemView {
  readonly id: string;
  readonly name: Text;
  readonly country: string;
  readonly status: string;
  readonly statusTitle: Text;
}

export interface LedgerEventView {
  readonly eventId: string;
  readonly streamId: string;
  readonly type: string;
  readonly position: string;
  readonly recordedAt: string;
  readonly metadata: { readonly actorId: string; readonly onBehalfOf: string | null };
}

export interface VerificationView {
  readonly intact: boolean;
  readonly eventsChecked: number;
  readonly firstBreak: unknown;
}

export interface StreamEventView {
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly recordedAt: string;
}

export interface AccountView {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly status: 'active' | 'deactivated';
}
