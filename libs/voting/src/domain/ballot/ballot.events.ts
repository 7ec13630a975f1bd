import type { DomainEvent } from '#accord/kernel';

export type BallotChoice = 'for' | 'against' | 'abstain';

/** The organization that cast a ballot for another one, and the power of attorney it acted under. */
export interface ProxyReference {
  readonly proxyOrganizationId: string;
  readonly powerOfAttorneyId: string;
}

export interface BallotData {
  readonly resolutionId: string;
  /** The organization whose ballot this is. */
  readonly organizationId: string;
  readonly choice: BallotChoice;
  /** A vote against that its organization asked to be recorded in the minutes (Civil Code art. 181.2 p. 4). */
  readonly recordAgainst: boolean;
  /** The account of the representative who cast it. */
  readonly castBy: string;
  /** Null when the organization's own representative cast it. */
  readonly proxy: ProxyReference | null;
  readonly castAt: string;
}

export type BallotEvent =
  | DomainEvent<'BallotCast', BallotData>
  | DomainEvent<'BallotChanged', BallotData & { readonly previousChoice: BallotChoice }>;

/** A ballot event as read from the ledger, with the id that the closing of the vote cites. */
export type BallotRecord = BallotEvent & { readonly eventId: string };
