import { DomainRuleViolation, unreachable, type BilingualText } from '#accord/kernel';
import type { BallotChoice, BallotRecord, ProxyReference } from './ballot/ballot.events.js';
import { describeThreshold, reaches, RULE_THRESHOLDS, type Threshold, type VotingRule } from './thresholds.js';

export type VoteOutcome = 'adopted' | 'rejected' | 'failed_quorum';

export const OUTCOME_TITLES: Readonly<Record<VoteOutcome, BilingualText>> = {
  adopted: { ru: 'Решение принято', en: 'Adopted' },
  rejected: { ru: 'Решение не принято', en: 'Rejected' },
  failed_quorum: { ru: 'Решение не принято: нет кворума', en: 'Failed for lack of quorum' },
};

/** The ballot of one participant that the tally counted: its last one. */
export interface CountedBallot {
  readonly organizationId: string;
  readonly ballotEventId: string;
  readonly choice: BallotChoice;
  readonly proxy: ProxyReference | null;
}

export interface TallyInput {
  /** The organizations entitled to vote, frozen when voting opened. */
  readonly electorate: readonly string[];
  readonly rule: VotingRule;
  readonly quorum: Threshold;
  /** Ballot events of any number of organizations; each organization's own in the order of its stream. */
  readonly ballots: readonly BallotRecord[];
}

export interface Tally {
  readonly electorateSize: number;
  /** Organizations of the electorate that cast a ballot of any kind, abstentions included. */
  readonly participants: number;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly quorumReached: boolean;
  readonly outcome: VoteOutcome;
  readonly reason: BilingualText;
  /** By organization id, so that the record does not depend on the order ballots were read in. */
  readonly counted: readonly CountedBallot[];
  /** Organizations that voted against and asked for it to be recorded in the minutes (Civil Code art. 181.2 p. 4). */
  readonly recordedAgainstIds: readonly string[];
  /** Ballots of organizations outside the electorate, which count for nothing. */
  readonly ignoredBallotIds: readonly string[];
}

const RULE_REQUIREMENTS: Readonly<Record<VotingRule, BilingualText>> = {
  simple_majority: { ru: 'более половины участников', en: 'more than half of the participants' },
  qualified_two_thirds: { ru: 'не менее двух третей участников', en: 'at least two thirds of the participants' },
  unanimity: { ru: 'все участники', en: 'every participant' },
};

const byCodeUnits = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

function outOfOrder(ballot: BallotRecord): DomainRuleViolation {
  return new DomainRuleViolation(
    'BALLOTS_OUT_OF_ORDER',
    {
      ru: `Бюллетени организации ${ballot.data.organizationId} переданы не в порядке их записи`,
      en: `The ballots of organization ${ballot.data.organizationId} are not in the order they were recorded`,
    },
    { organizationId: ballot.data.organizationId, eventId: ballot.eventId },
  );
}

/**
 * Each organization's last ballot. A change names the choice it replaces, so a stream read out of
 * order is detected rather than counted wrong.
 */
function lastBallots(ballots: readonly BallotRecord[]): Map<string, BallotRecord> {
  const last = new Map<string, BallotRecord>();
  const seen = new Set<string>();
  for (const ballot of ballots) {
    // The same event read twice (overlapping pages of a stream) is still one ballot.
    if (seen.has(ballot.eventId)) continue;
    seen.add(ballot.eventId);
    const previous = last.get(ballot.data.organizationId);
    switch (ballot.type) {
      case 'BallotCast':
        if (previous) throw outOfOrder(ballot);
        break;
      case 'BallotChanged':
        if (!previous || previous.data.choice !== ballot.data.previousChoice) throw outOfOrder(ballot);
        break;
      default:
        return unreachable(ballot);
    }
    last.set(ballot.data.organizationId, ballot);
  }
  return last;
}

/** The figures a verdict is reached from: the electorate, who took part and how many voted for. */
export interface TallyCounts {
  readonly electorateSize: number;
  readonly participants: number;
  readonly for: number;
}

/** What the figures decide by the vote's rule and quorum. */
export interface Verdict {
  readonly quorumReached: boolean;
  readonly outcome: VoteOutcome;
  readonly reason: BilingualText;
}

interface VerdictTerms {
  readonly rule: VotingRule;
  readonly quorum: Threshold;
}

function reasonFor(outcome: VoteOutcome, input: VerdictTerms, counts: TallyCounts): BilingualText {
  if (outcome === 'failed_quorum') {
    const needed = describeThreshold(input.quorum);
    const { participants, electorateSize } = counts;
    return {
      ru:
        `Кворум не достигнут: участвовали ${participants} из ${electorateSize}, требуется ${needed.ru}; ` +
        'решение без кворума ничтожно (ГК РФ, ст. 181.5)',
      en:
        `No quorum: ${participants} of ${electorateSize} took part, ${needed.en} needed; ` +
        'a decision without a quorum is void (Civil Code art. 181.5)',
    };
  }
  const requirement = RULE_REQUIREMENTS[input.rule];
  const verdict = OUTCOME_TITLES[outcome];
  return {
    ru: `${verdict.ru}: «за» ${counts.for} из ${counts.participants} участников, требуется ${requirement.ru}`,
    en: `${verdict.en}: ${counts.for} of ${counts.participants} participants voted for, ${requirement.en} needed`,
  };
}

/**
 * What the figures of a vote decide: quorum first (Civil Code art. 181.5: without it nothing is
 * decided), then the rule, both as exact fractions of whole numbers.
 */
export function verdictOf(counts: TallyCounts, terms: VerdictTerms): Verdict {
  // Nobody taking part decides nothing, even in an empty electorate that an inclusive threshold would let pass.
  const quorumReached = counts.participants > 0 && reaches(counts.participants, counts.electorateSize, terms.quorum);
  const outcome: VoteOutcome = !quorumReached
    ? 'failed_quorum'
    : reaches(counts.for, counts.participants, RULE_THRESHOLDS[terms.rule])
      ? 'adopted'
      : 'rejected';
  return { quorumReached, outcome, reason: reasonFor(outcome, terms, counts) };
}

/**
 * The outcome of a vote, from its ballots alone: the last ballot of each organization of the
 * electorate counts, and `verdictOf` its figures.
 */
export function tally(input: TallyInput): Tally {
  const electorate = new Set(input.electorate);
  const last = [...lastBallots(input.ballots).values()]
    .filter((ballot) => electorate.has(ballot.data.organizationId))
    .sort((left, right) => byCodeUnits(left.data.organizationId, right.data.organizationId));
  const counted = last.map(
    ({ eventId, data }): CountedBallot => ({
      organizationId: data.organizationId,
      ballotEventId: eventId,
      choice: data.choice,
      proxy: data.proxy,
    }),
  );
  const count = (choice: BallotChoice) => counted.filter((ballot) => ballot.choice === choice).length;
  const counts: TallyCounts = { electorateSize: electorate.size, participants: counted.length, for: count('for') };
  const ignored = new Set(
    input.ballots.filter((ballot) => !electorate.has(ballot.data.organizationId)).map((ballot) => ballot.eventId),
  );
  return {
    ...counts,
    against: count('against'),
    abstain: count('abstain'),
    ...verdictOf(counts, input),
    counted,
    recordedAgainstIds: last
      .filter((ballot) => ballot.data.choice === 'against' && ballot.data.recordAgainst)
      .map((ballot) => ballot.data.organizationId),
    ignoredBallotIds: [...ignored].sort(byCodeUnits),
  };
}
