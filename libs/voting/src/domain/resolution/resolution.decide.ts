import {
  DomainRuleViolation,
  unreachable,
  type Aggregate,
  type BilingualText,
  type Decider,
  type DomainCommand,
} from '#accord/kernel';
import type { BallotRecord } from '../ballot/ballot.events.js';
import { canonicalTimestamp, requireIdentifier, requireResolutionId, requireText, requireVenue, requireVotingBody } from '../checks.js';
import { requireCompetence, type CompetenceTable } from '../competence.js';
import { validMotion, type Motion } from '../motion.js';
import { tally } from '../tally.js';
import { DEFAULT_QUORUM, requireQuorum, type Threshold, type VotingRule } from '../thresholds.js';
import type { LocalizedText, Venue, VotingBody } from '../voting-terms.js';
import type { ResolutionEvent } from './resolution.events.js';
import { evolveResolution, initialResolutionState, type ResolutionState } from './resolution.state.js';

export type ResolutionCommand =
  | DomainCommand<
      'DraftResolution',
      {
        resolutionId: string;
        title: LocalizedText;
        text: LocalizedText;
        body: VotingBody;
        rule: VotingRule;
        /** More than one half of the electorate when left out. */
        quorum?: Threshold;
        motion?: Motion | null;
        /** Who may decide what, under the charter in force: checked when drafting, amending and opening. */
        competence: CompetenceTable;
      }
    >
  | DomainCommand<'AmendResolution', { text: LocalizedText; competence: CompetenceTable }>
  | DomainCommand<'WithdrawResolution', { reason: LocalizedText }>
  | DomainCommand<
      'OpenVoting',
      {
        closesAt: string;
        /** The full, non-suspended members of the voting body at this moment. */
        electorate: readonly string[];
        venue: Venue;
        countedBy: readonly LocalizedText[];
        competence: CompetenceTable;
      }
    >
  /** The ballots of every organization as read from their streams once the closing time has passed. */
  | DomainCommand<'CloseVoting', { ballots: readonly BallotRecord[] }>
  | DomainCommand<'RecordConsequence', { eventIds: readonly string[] }>
  | DomainCommand<'RecordConsequenceFailure', { code: string; text: BilingualText }>;

type CommandOf<Type extends ResolutionCommand['type']> = Extract<ResolutionCommand, { type: Type }>;
type Status = ResolutionState['status'];

const STATUS_REFUSALS: Readonly<Record<Status, { code: string; text: BilingualText }>> = {
  none: { code: 'RESOLUTION_NOT_FOUND', text: { ru: 'Проект решения не найден', en: 'The resolution was not found' } },
  draft: { code: 'VOTING_NOT_OPEN', text: { ru: 'Голосование ещё не открыто', en: 'Voting has not opened' } },
  voting: {
    code: 'VOTING_IN_PROGRESS',
    text: { ru: 'Идёт голосование', en: 'Voting is in progress' },
  },
  closed: { code: 'VOTING_CLOSED', text: { ru: 'Голосование закрыто', en: 'Voting is closed' } },
  withdrawn: { code: 'RESOLUTION_WITHDRAWN', text: { ru: 'Проект решения отозван', en: 'The resolution was withdrawn' } },
};

/** The resolution in one of the `allowed` statuses; otherwise a refusal that says what its status is. */
function requireStatus<Allowed extends Status>(
  state: ResolutionState,
  allowed: readonly Allowed[],
): Extract<ResolutionState, { status: Allowed }> {
  if (!isIn(state, allowed)) {
    const refusal = STATUS_REFUSALS[state.status];
    throw new DomainRuleViolation(refusal.code, refusal.text, { status: state.status });
  }
  return state;
}

function isIn<Allowed extends Status>(
  state: ResolutionState,
  allowed: readonly Allowed[],
): state is Extract<ResolutionState, { status: Allowed }> {
  return allowed.some((status) => status === state.status);
}

export function draftResolution(command: CommandOf<'DraftResolution'>, state: ResolutionState): ResolutionEvent[] {
  if (state.status !== 'none') {
    throw new DomainRuleViolation('RESOLUTION_ALREADY_DRAFTED', {
      ru: 'Проект решения уже внесён',
      en: 'The resolution is already drafted',
    });
  }
  const { resolutionId, title, text, body, rule } = command.data;
  requireResolutionId(resolutionId);
  requireText('title', title);
  requireText('text', text);
  requireVotingBody(body);
  const quorum = command.data.quorum ?? DEFAULT_QUORUM;
  requireQuorum(quorum, body);
  const motion = command.data.motion ? validMotion(command.data.motion) : null;
  requireCompetence(command.data.competence, body, motion, rule);
  return [
    {
      type: 'ResolutionDrafted',
      data: { resolutionId, title, text, body, rule, quorum, motion, draftedAt: command.metadata.now.toISOString() },
    },
  ];
}

export function amendResolution(command: CommandOf<'AmendResolution'>, state: ResolutionState): ResolutionEvent[] {
  const draft = requireStatus(state, ['draft']);
  const { text } = command.data;
  requireText('text', text);
  requireCompetence(command.data.competence, draft.body, draft.motion, draft.rule);
  if (text.ru === draft.text.ru && text.en === draft.text.en) return [];
  return [
    { type: 'ResolutionAmended', data: { version: draft.textVersion + 1, text, amendedAt: command.metadata.now.toISOString() } },
  ];
}

export function withdrawResolution(command: CommandOf<'WithdrawResolution'>, state: ResolutionState): ResolutionEvent[] {
  requireStatus(state, ['draft', 'voting']);
  const { reason } = command.data;
  requireText('reason', reason);
  return [{ type: 'ResolutionWithdrawn', data: { reason, withdrawnAt: command.metadata.now.toISOString() } }];
}

export function openVoting(command: CommandOf<'OpenVoting'>, state: ResolutionState): ResolutionEvent[] {
  const draft = requireStatus(state, ['draft']);
  requireCompetence(command.data.competence, draft.body, draft.motion, draft.rule);
  const { now } = command.metadata;
  const { venue, countedBy } = command.data;
  const closesAt = canonicalTimestamp('closesAt', command.data.closesAt);
  if (Date.parse(closesAt) <= now.getTime()) {
    throw new DomainRuleViolation(
      'CLOSING_TIME_NOT_IN_FUTURE',
      { ru: 'Время окончания голосования должно быть позже его начала', en: 'Voting must close after it opens' },
      { closesAt, openedAt: now.toISOString() },
    );
  }
  const electorate = [...new Set(command.data.electorate)];
  electorate.forEach((organizationId, index) => requireIdentifier(`electorate[${index}]`, organizationId));
  if (electorate.length === 0) {
    throw new DomainRuleViolation('EMPTY_ELECTORATE', {
      ru: 'Голосование без членов, имеющих право голоса, невозможно',
      en: 'A vote needs at least one member entitled to vote',
    });
  }
  requireVenue(venue);
  if (countedBy.length === 0) {
    throw new DomainRuleViolation('VOTE_COUNTER_REQUIRED', {
      ru: 'Укажите, кто производит подсчёт голосов (ГК РФ, ст. 181.2 п. 4)',
      en: 'Name who counts the votes (Civil Code art. 181.2 p. 4)',
    });
  }
  countedBy.forEach((name, index) => requireText(`countedBy[${index}]`, name));
  const { rule, quorum, textVersion } = draft;
  return [
    {
      type: 'VotingOpened',
      data: { openedAt: now.toISOString(), closesAt, electorate, rule, quorum, textVersion, venue, countedBy },
    },
  ];
}

export function closeVoting(command: CommandOf<'CloseVoting'>, state: ResolutionState): ResolutionEvent[] {
  const { resolutionId, voting } = requireStatus(state, ['voting']);
  const { now } = command.metadata;
  if (now.getTime() < Date.parse(voting.closesAt)) {
    throw new DomainRuleViolation(
      'CLOSING_TIME_NOT_REACHED',
      { ru: 'Время окончания голосования ещё не наступило', en: 'The closing time has not come yet' },
      { closesAt: voting.closesAt },
    );
  }
  const { ballots } = command.data;
  const stray = ballots.find((ballot) => ballot.data.resolutionId !== resolutionId);
  if (stray) {
    throw new DomainRuleViolation(
      'BALLOT_OF_ANOTHER_RESOLUTION',
      { ru: 'Среди бюллетеней есть бюллетень другого решения', en: 'A ballot of another resolution is among the ballots' },
      { eventId: stray.eventId, resolutionId: stray.data.resolutionId },
    );
  }
  const result = tally({ electorate: voting.electorate, rule: voting.rule, quorum: voting.quorum, ballots });
  return [{ type: 'VotingClosed', data: { closedAt: now.toISOString(), ...result } }];
}

/** An adopted motion whose consequence is not recorded yet. */
function requireAwaitedConsequence(state: ResolutionState): void {
  const { consequence } = requireStatus(state, ['closed']);
  if (consequence === null) {
    throw new DomainRuleViolation('NOTHING_TO_CARRY_OUT', {
      ru: 'Решение не содержит принятого предложения, которое нужно исполнить',
      en: 'The resolution has no adopted motion to carry out',
    });
  }
  if (consequence.status === 'carried_out') {
    throw new DomainRuleViolation(
      'CONSEQUENCE_ALREADY_RECORDED',
      { ru: 'Исполнение решения уже записано', en: 'The consequence is already recorded' },
      { eventIds: consequence.eventIds },
    );
  }
}

export function recordConsequence(command: CommandOf<'RecordConsequence'>, state: ResolutionState): ResolutionEvent[] {
  requireAwaitedConsequence(state);
  const eventIds = [...new Set(command.data.eventIds)];
  if (eventIds.length === 0) {
    throw new DomainRuleViolation('CONSEQUENCE_EVENTS_REQUIRED', {
      ru: 'Укажите события, которыми решение исполнено',
      en: 'Name the events that carried out the resolution',
    });
  }
  eventIds.forEach((eventId, index) => requireIdentifier(`eventIds[${index}]`, eventId));
  return [{ type: 'ResolutionConsequenceRecorded', data: { eventIds, recordedAt: command.metadata.now.toISOString() } }];
}

/** A consequence that cannot be carried out is recorded on the resolution rather than lost; it may be tried again. */
export function recordConsequenceFailure(command: CommandOf<'RecordConsequenceFailure'>, state: ResolutionState): ResolutionEvent[] {
  requireAwaitedConsequence(state);
  const { code, text } = command.data;
  requireIdentifier('code', code);
  return [{ type: 'ResolutionConsequenceFailed', data: { code, text, failedAt: command.metadata.now.toISOString() } }];
}

export function decideResolution(command: ResolutionCommand, state: ResolutionState): ResolutionEvent[] {
  switch (command.type) {
    case 'DraftResolution':
      return draftResolution(command, state);
    case 'AmendResolution':
      return amendResolution(command, state);
    case 'WithdrawResolution':
      return withdrawResolution(command, state);
    case 'OpenVoting':
      return openVoting(command, state);
    case 'CloseVoting':
      return closeVoting(command, state);
    case 'RecordConsequence':
      return recordConsequence(command, state);
    case 'RecordConsequenceFailure':
      return recordConsequenceFailure(command, state);
    default:
      return unreachable(command);
  }
}

export const resolutionDecider: Decider<ResolutionCommand, ResolutionEvent, ResolutionState> = {
  initialState: initialResolutionState,
  decide: decideResolution,
  evolve: evolveResolution,
};

export const resolutionAggregate: Aggregate<ResolutionCommand, ResolutionEvent, ResolutionState> = {
  category: 'resolution',
  decider: resolutionDecider,
  absence: { kind: 'resolution', code: 'RESOLUTION_NOT_FOUND' },
};
