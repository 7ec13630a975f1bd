import type { BilingualText, DomainEvent } from '#accord/kernel';
import type { Motion } from '../motion.js';
import type { Tally } from '../tally.js';
import type { Threshold, VotingRule } from '../thresholds.js';
import type { LocalizedText, Venue, VotingBody } from '../voting-terms.js';

export interface ResolutionDraft {
  readonly resolutionId: string;
  readonly title: LocalizedText;
  readonly text: LocalizedText;
  readonly body: VotingBody;
  readonly rule: VotingRule;
  readonly quorum: Threshold;
  readonly motion: Motion | null;
}

/** What opening a vote fixes for good: who may vote, by which rule, on which text, and how it is recorded. */
export interface VotingArrangements {
  readonly openedAt: string;
  readonly closesAt: string;
  /** The full, non-suspended members of the body at the moment voting opened. */
  readonly electorate: readonly string[];
  readonly rule: VotingRule;
  readonly quorum: Threshold;
  readonly textVersion: number;
  readonly venue: Venue;
  /** Who counts the votes, named in the minutes (Civil Code art. 181.2 p. 4). */
  readonly countedBy: readonly LocalizedText[];
}

export type VotingResult = Tally & { readonly closedAt: string };

export type ResolutionEvent =
  | DomainEvent<'ResolutionDrafted', ResolutionDraft & { draftedAt: string }>
  | DomainEvent<'ResolutionAmended', { version: number; text: LocalizedText; amendedAt: string }>
  | DomainEvent<'ResolutionWithdrawn', { reason: LocalizedText; withdrawnAt: string }>
  | DomainEvent<'VotingOpened', VotingArrangements>
  | DomainEvent<'VotingClosed', VotingResult>
  /** The events that carried out the motion; their causation points back at this resolution. */
  | DomainEvent<'ResolutionConsequenceRecorded', { eventIds: readonly string[]; recordedAt: string }>
  | DomainEvent<'ResolutionConsequenceFailed', { code: string; text: BilingualText; failedAt: string }>;
