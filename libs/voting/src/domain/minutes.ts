import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import type { ProxyReference } from './ballot/ballot.events.js';
import type { ResolutionState } from './resolution/resolution.state.js';
import { OUTCOME_TITLES, type VoteOutcome } from './tally.js';
import { describeThreshold, RULE_TITLES, type Threshold, type VotingRule } from './thresholds.js';
import { BODY_TITLES, type LocalizedText, type Venue, type VotingBody } from './voting-terms.js';

/** One item of the minutes: what it is called in both languages, and what it says. */
export interface MinutesItem<Value> {
  readonly label: BilingualText;
  readonly value: Value;
}

export interface MinutesParticipant {
  readonly organizationId: string;
  /** The organization that voted for it under a power of attorney, when it did not vote itself. */
  readonly proxy: ProxyReference | null;
}

export interface MinutesResult {
  readonly rule: VotingRule;
  readonly ruleTitle: BilingualText;
  readonly quorum: Threshold;
  readonly quorumTitle: BilingualText;
  readonly electorateSize: number;
  readonly participants: number;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly quorumReached: boolean;
  readonly outcome: VoteOutcome;
  readonly outcomeTitle: BilingualText;
  readonly reason: BilingualText;
}

/** The minutes (протокол) of a vote, with what Civil Code art. 181.2 p. 4 requires them to show. */
export interface Minutes {
  readonly heading: BilingualText;
  readonly resolutionId: string;
  readonly body: MinutesItem<{ readonly body: VotingBody; readonly title: BilingualText }>;
  readonly question: MinutesItem<{ readonly title: LocalizedText; readonly text: LocalizedText; readonly textVersion: number }>;
  readonly dateAndTime: MinutesItem<{ readonly openedAt: string; readonly closesAt: string; readonly closedAt: string }>;
  readonly venue: MinutesItem<{ readonly venue: Venue; readonly description: BilingualText }>;
  readonly participants: MinutesItem<readonly MinutesParticipant[]>;
  readonly result: MinutesItem<MinutesResult>;
  readonly countedBy: MinutesItem<readonly LocalizedText[]>;
  readonly recordedAgainst: MinutesItem<readonly string[]>;
}

export const MINUTES_LABELS = {
  heading: { ru: 'Протокол', en: 'Minutes' },
  body: { ru: 'Орган', en: 'Body' },
  question: { ru: 'Вопрос, поставленный на голосование', en: 'Question put to the vote' },
  dateAndTime: { ru: 'Дата и время', en: 'Date and time' },
  venue: { ru: 'Место проведения', en: 'Place' },
  participants: { ru: 'Участники', en: 'Participants' },
  result: { ru: 'Итоги голосования', en: 'Result of the vote' },
  countedBy: { ru: 'Подсчёт голосов произвёл', en: 'Votes counted by' },
  recordedAgainst: {
    ru: 'Голосовали против и потребовали внести запись в протокол',
    en: 'Voted against and asked for it to be recorded in the minutes',
  },
} as const satisfies Readonly<Record<string, BilingualText>>;

function describeVenue(venue: Venue): BilingualText {
  return venue.kind === 'place'
    ? { ru: venue.address.ru, en: venue.address.en ?? venue.address.ru }
    : { ru: `Онлайн: ${venue.url}`, en: `Online: ${venue.url}` };
}

/** The minutes of a closed vote, from the resolution's own record: its closing event lists every counted ballot. */
export function minutesOf(state: ResolutionState): Minutes {
  if (state.status !== 'closed') {
    throw new DomainRuleViolation(
      'VOTING_NOT_CLOSED',
      { ru: 'Протокол составляется после закрытия голосования', en: 'Minutes are drawn up once voting has closed' },
      { status: state.status },
    );
  }
  const { resolutionId, body, title, text, voting, result } = state;
  return {
    heading: MINUTES_LABELS.heading,
    resolutionId,
    body: { label: MINUTES_LABELS.body, value: { body, title: BODY_TITLES[body.kind] } },
    question: { label: MINUTES_LABELS.question, value: { title, text, textVersion: voting.textVersion } },
    dateAndTime: {
      label: MINUTES_LABELS.dateAndTime,
      value: { openedAt: voting.openedAt, closesAt: voting.closesAt, closedAt: result.closedAt },
    },
    venue: { label: MINUTES_LABELS.venue, value: { venue: voting.venue, description: describeVenue(voting.venue) } },
    participants: {
      label: MINUTES_LABELS.participants,
      value: result.counted.map(({ organizationId, proxy }) => ({ organizationId, proxy })),
    },
    result: {
      label: MINUTES_LABELS.result,
      value: {
        rule: voting.rule,
        ruleTitle: RULE_TITLES[voting.rule],
        quorum: voting.quorum,
        quorumTitle: describeThreshold(voting.quorum),
        electorateSize: result.electorateSize,
        participants: result.participants,
        for: result.for,
        against: result.against,
        abstain: result.abstain,
        quorumReached: result.quorumReached,
        outcome: result.outcome,
        outcomeTitle: OUTCOME_TITLES[result.outcome],
        reason: result.reason,
      },
    },
    countedBy: { label: MINUTES_LABELS.countedBy, value: voting.countedBy },
    recordedAgainst: { label: MINUTES_LABELS.recordedAgainst, value: result.recordedAgainstIds },
  };
}
