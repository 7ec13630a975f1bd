import { createHash } from 'node:crypto';
import { DomainRuleViolation, requireNotInFuture, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { requireCalendarDates, requireNotBefore } from './calendar-date.js';
import type {
  AssemblyVenue,
  CharterReference,
  CharterVotingRule,
  FounderCandidate,
  FoundingEvent,
  Initiator,
  LetterOfIntent,
  LocalizedText,
  Officer,
  OrganizingCommitteeMember,
  PresentFounder,
} from './founding.events.js';
import { countFounders, DEFAULT_FOUNDING_RULES, founderRulesMet, quorumMet, type FoundingRules } from './founding.rules.js';
import {
  activeLetters,
  evolveFounding,
  FOUNDING_STAGE_TITLES,
  initialFoundingState,
  type CharterDraft,
  type FoundingStage,
  type FoundingState,
  type LetterOfIntentRecord,
} from './founding.state.js';

/** The Association is founded once: the founding process of a deployment lives in one stream. */
export const FOUNDING_PROCESS_ID = 'association';

export type FoundingCommand =
  | DomainCommand<
      'LaunchFoundingInitiative',
      { initiator: Initiator; committee: readonly OrganizingCommitteeMember[]; launchedOn: string }
    >
  | DomainCommand<'ReceiveLetterOfIntent', LetterOfIntent>
  | DomainCommand<'WithdrawLetterOfIntent', { letterId: string; withdrawnOn: string; reason: LocalizedText | null }>
  /** `draftedOn`: the draft's own date, the day it is recorded when left out. */
  | DomainCommand<'RecordCharterDraft', { content: string; draftedOn?: string | null }>
  | DomainCommand<'ConveneFoundingAssembly', { date: string; venue: AssemblyVenue; convenedOn: string }>
  | DomainCommand<
      'RecordFoundingAssembly',
      {
        present: readonly PresentFounder[];
        charter: CharterReference;
        votingRules: readonly CharterVotingRule[];
        chair: Officer;
        council: readonly Officer[];
        auditCommission: readonly Officer[];
      }
    >
  | DomainCommand<'FileStateRegistration', { authority: LocalizedText; filedOn: string; reference: string | null }>
  | DomainCommand<'RecordRegistrationRefusal', { refusedOn: string; reason: LocalizedText }>
  | DomainCommand<'RecordStateRegistration', { registrationNumber: string; registeredOn: string }>;

type CommandOf<Type extends FoundingCommand['type']> = Extract<FoundingCommand, { type: Type }>;

/** SHA-256 of a charter draft's text (UTF-8, exactly as given), lowercase hex. */
export function charterDigest(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** `required` is the earliest stage at which the step is allowed. */
function stageRequired(required: FoundingStage, current: FoundingStage): DomainRuleViolation {
  const needed = FOUNDING_STAGE_TITLES[required];
  const actual = FOUNDING_STAGE_TITLES[current];
  return new DomainRuleViolation(
    'FOUNDING_STAGE_REQUIRED',
    {
      ru: `Этот шаг выполняется на этапе «${needed.ru}», а процесс учреждения находится на этапе «${actual.ru}»`,
      en: `This step belongs to the stage "${needed.en}"; the founding process is at "${actual.en}"`,
    },
    { required, current },
  );
}

function founderRulesNotMet(letters: readonly LetterOfIntentRecord[], rules: FoundingRules): DomainRuleViolation {
  const { founders, states } = countFounders(letters);
  return new DomainRuleViolation(
    'FOUNDER_RULES_NOT_MET',
    {
      ru: `Нужно не менее ${rules.minFounders} учредителей из не менее ${rules.minStates} государств; сейчас ${founders} из ${states}`,
      en: `At least ${rules.minFounders} founders from at least ${rules.minStates} states are needed; there are ${founders} from ${states}`,
    },
    { founders, states, minFounders: rules.minFounders, minStates: rules.minStates },
  );
}

function letterNotFound(letterId: string): DomainRuleViolation {
  return new DomainRuleViolation(
    'LETTER_NOT_FOUND',
    { ru: `Заявление ${letterId} не найдено`, en: `Letter of intent ${letterId} was not found` },
    { letterId },
  );
}

function identityOf(organization: FounderCandidate): string {
  const { scheme, values } = organization.nationalIdentifier;
  const entries = Object.entries(values).sort(([left], [right]) => left.localeCompare(right));
  return JSON.stringify([organization.country, scheme, entries]);
}

export function launchFoundingInitiative(command: CommandOf<'LaunchFoundingInitiative'>, state: FoundingState): FoundingEvent[] {
  if (state.stage !== 'not_started') throw stageRequired('not_started', state.stage);
  const { initiator, committee, launchedOn } = command.data;
  requireCalendarDates({ launchedOn });
  if (committee.length === 0) {
    throw new DomainRuleViolation('ORGANIZING_COMMITTEE_REQUIRED', {
      ru: 'Инициатива объявляется организационным комитетом: укажите его членов',
      en: 'The initiative is launched by an organizing committee: name its members',
    });
  }
  return [{ type: 'FoundingInitiativeLaunched', data: { initiator, committee, launchedOn } }];
}

export function receiveLetterOfIntent(command: CommandOf<'ReceiveLetterOfIntent'>, state: FoundingState): FoundingEvent[] {
  // Convening the assembly fixes whom it invites, so new candidates come before it.
  if (state.stage !== 'founders_gathering' && state.stage !== 'charter_drafting') {
    throw stageRequired('founders_gathering', state.stage);
  }
  const letter = command.data;
  requireCalendarDates({ receivedOn: letter.receivedOn });
  if (state.letters.some((recorded) => recorded.letterId === letter.letterId)) {
    throw new DomainRuleViolation(
      'LETTER_ALREADY_RECORDED',
      { ru: `Заявление ${letter.letterId} уже зарегистрировано`, en: `Letter of intent ${letter.letterId} is already recorded` },
      { letterId: letter.letterId },
    );
  }
  const identity = identityOf(letter.organization);
  const duplicate = activeLetters(state).find((recorded) => identityOf(recorded.organization) === identity);
  if (duplicate) {
    throw new DomainRuleViolation(
      'DUPLICATE_LETTER_OF_INTENT',
      {
        ru: 'Эта организация уже подала заявление о намерении стать учредителем',
        en: 'This organization has already submitted a letter of intent',
      },
      { letterId: duplicate.letterId, country: letter.organization.country, nationalIdentifier: letter.organization.nationalIdentifier },
    );
  }
  return [{ type: 'LetterOfIntentReceived', data: letter }];
}

export function withdrawLetterOfIntent(command: CommandOf<'WithdrawLetterOfIntent'>, state: FoundingState): FoundingEvent[] {
  // A candidate may step back until the assembly is held; after that it either founded or did not.
  if (state.stage !== 'founders_gathering' && state.stage !== 'charter_drafting' && state.stage !== 'assembly_convened') {
    throw stageRequired('founders_gathering', state.stage);
  }
  const { letterId, withdrawnOn, reason } = command.data;
  requireCalendarDates({ withdrawnOn });
  const letter = state.letters.find((recorded) => recorded.letterId === letterId);
  if (!letter) throw letterNotFound(letterId);
  if (letter.withdrawnOn !== null) return [];
  requireNotBefore('withdrawnOn', withdrawnOn, letter.receivedOn);
  return [{ type: 'LetterOfIntentWithdrawn', data: { letterId, withdrawnOn, reason } }];
}

export function recordCharterDraft(
  command: CommandOf<'RecordCharterDraft'>,
  state: FoundingState,
): FoundingEvent[] {
  if (state.stage !== 'founders_gathering' && state.stage !== 'charter_drafting') {
    throw stageRequired('founders_gathering', state.stage);
  }
  const { content } = command.data;
  if (content.trim() === '') {
    throw new DomainRuleViolation('CHARTER_DRAFT_EMPTY', { ru: 'Текст проекта устава пуст', en: 'The charter draft has no text' });
  }
  const sha256 = charterDigest(content);
  const latest = state.drafts.at(-1);
  if (latest?.sha256 === sha256) {
    throw new DomainRuleViolation(
      'CHARTER_DRAFT_UNCHANGED',
      { ru: `Текст совпадает с проектом №${latest.number}`, en: `The text is the same as draft ${latest.number}` },
      { number: latest.number, sha256 },
    );
  }
  const { now, today } = command.metadata;
  const draftedOn = command.data.draftedOn ?? today;
  requireCalendarDates({ draftedOn });
  requireNotInFuture('draftedOn', draftedOn, today);
  requireNotBefore('draftedOn', draftedOn, state.initiative.launchedOn);
  // Drafts are numbered in the order they were written.
  if (latest?.draftedOn) requireNotBefore('draftedOn', draftedOn, latest.draftedOn);
  const number = state.drafts.length + 1;
  return [{ type: 'CharterDraftRecorded', data: { number, content, sha256, recordedAt: now.toISOString(), draftedOn } }];
}

export function conveneFoundingAssembly(
  command: CommandOf<'ConveneFoundingAssembly'>,
  state: FoundingState,
  rules: FoundingRules,
): FoundingEvent[] {
  // Convening again (a new date or place) is allowed until the assembly is held.
  if (state.stage !== 'charter_drafting' && state.stage !== 'assembly_convened') {
    throw stageRequired('charter_drafting', state.stage);
  }
  const { date, venue, convenedOn } = command.data;
  requireCalendarDates({ date, convenedOn });
  requireNotBefore('date', date, convenedOn);
  // The assembly adopts a text that exists by its date.
  const latestDraftedOn = state.drafts.at(-1)?.draftedOn;
  if (latestDraftedOn) requireNotBefore('date', date, latestDraftedOn);
  const letters = activeLetters(state);
  if (!founderRulesMet(countFounders(letters), rules)) throw founderRulesNotMet(letters, rules);
  return [{ type: 'FoundingAssemblyConvened', data: { date, venue, convenedOn } }];
}

function presentLetters(present: readonly PresentFounder[], letters: readonly LetterOfIntentRecord[]): LetterOfIntentRecord[] {
  const seen = new Set<string>();
  return present.map(({ letterId }) => {
    const letter = letters.find((recorded) => recorded.letterId === letterId);
    if (!letter) throw letterNotFound(letterId);
    if (letter.withdrawnOn !== null) {
      throw new DomainRuleViolation(
        'LETTER_WITHDRAWN',
        { ru: `Заявление ${letterId} отозвано`, en: `Letter of intent ${letterId} was withdrawn` },
        { letterId },
      );
    }
    if (seen.has(letterId)) {
      throw new DomainRuleViolation(
        'FOUNDER_LISTED_TWICE',
        { ru: `Учредитель ${letterId} указан дважды`, en: `Founder ${letterId} is listed twice` },
        { letterId },
      );
    }
    seen.add(letterId);
    return letter;
  });
}

function requireUnanimousEstablishment(present: readonly PresentFounder[]): void {
  // Civil Code art. 50.1 p. 2: with two or more founders, all of them decide to establish, unanimously.
  const against = present.filter((founder) => founder.establishmentVote === 'against').map((founder) => founder.letterId);
  const abstained = present.filter((founder) => founder.establishmentVote === 'abstain').map((founder) => founder.letterId);
  if (against.length > 0 || abstained.length > 0) {
    throw new DomainRuleViolation(
      'ESTABLISHMENT_NOT_UNANIMOUS',
      {
        ru: 'Решение об учреждении принимается всеми присутствующими учредителями единогласно (ст. 50.1 ГК РФ)',
        en: 'The decision to establish needs every founder present to vote for it (Civil Code art. 50.1)',
      },
      { against, abstained },
    );
  }
}

function requireExactDraft(charter: CharterReference, drafts: readonly CharterDraft[]): CharterReference {
  const draft = drafts.find((recorded) => recorded.number === charter.number);
  if (!draft) {
    throw new DomainRuleViolation(
      'CHARTER_DRAFT_NOT_FOUND',
      { ru: `Проекта устава №${charter.number} нет`, en: `There is no charter draft ${charter.number}` },
      { number: charter.number },
    );
  }
  if (draft.sha256 !== charter.sha256.toLowerCase()) {
    throw new DomainRuleViolation(
      'CHARTER_DRAFT_MISMATCH',
      {
        ru: `Хеш не совпадает с проектом устава №${charter.number}: утверждается только точный текст проекта`,
        en: `The hash does not match charter draft ${charter.number}: only an exact draft can be adopted`,
      },
      { number: charter.number, sha256: charter.sha256, expected: draft.sha256 },
    );
  }
  return { number: draft.number, sha256: draft.sha256 };
}

function requireVotingRules(votingRules: readonly CharterVotingRule[]): void {
  // Civil Code art. 123.9 p. 2: the charter must name the questions decided unanimously or by a qualified majority.
  if (votingRules.length === 0) {
    throw new DomainRuleViolation('CHARTER_VOTING_RULES_REQUIRED', {
      ru: 'Устав должен определять вопросы, решаемые единогласно или квалифицированным большинством (ст. 123.9 ГК РФ)',
      en: 'The charter must name the questions decided unanimously or by a qualified majority (Civil Code art. 123.9)',
    });
  }
  const seen = new Set<string>();
  for (const { body, question } of votingRules) {
    const key = `${body}/${question}`;
    if (seen.has(key)) {
      throw new DomainRuleViolation(
        'VOTING_RULE_DUPLICATED',
        { ru: `Правило для вопроса ${question} (${body}) указано дважды`, en: `The rule for ${question} (${body}) is given twice` },
        { body, question },
      );
    }
    seen.add(key);
  }
}

function requireOfficersFromPresentFounders(officers: readonly Officer[], present: readonly PresentFounder[]): void {
  const presentIds = new Set(present.map((founder) => founder.letterId));
  const stranger = officers.find((officer) => officer.representing !== null && !presentIds.has(officer.representing));
  if (stranger) {
    throw new DomainRuleViolation(
      'OFFICER_NOT_FROM_PRESENT_FOUNDER',
      {
        ru: 'Избранный представляет организацию, которой нет среди присутствующих учредителей',
        en: 'An elected person represents an organization that is not among the founders present',
      },
      { letterId: stranger.representing },
    );
  }
}

export function recordFoundingAssembly(
  command: CommandOf<'RecordFoundingAssembly'>,
  state: FoundingState,
  rules: FoundingRules,
): FoundingEvent[] {
  if (state.stage !== 'assembly_convened') throw stageRequired('assembly_convened', state.stage);
  const { present, charter, votingRules, chair, council, auditCommission } = command.data;
  const attending = presentLetters(present, state.letters);
  const founders = activeLetters(state).length;
  if (!quorumMet(attending.length, founders, rules.assemblyQuorum)) {
    const { numerator, denominator } = rules.assemblyQuorum;
    throw new DomainRuleViolation(
      'ASSEMBLY_QUORUM_NOT_MET',
      {
        ru: `Присутствуют ${attending.length} из ${founders} учредителей; нужно больше ${numerator}/${denominator}`,
        en: `${attending.length} of ${founders} founders are present; more than ${numerator}/${denominator} are needed`,
      },
      { present: attending.length, founders, quorum: rules.assemblyQuorum },
    );
  }
  // Only the founders present establish the Association, so they alone must meet the founder rules.
  if (!founderRulesMet(countFounders(attending), rules)) throw founderRulesNotMet(attending, rules);
  requireUnanimousEstablishment(present);
  const adopted = requireExactDraft(charter, state.drafts);
  requireVotingRules(votingRules);
  requireOfficersFromPresentFounders([chair, ...council, ...auditCommission], present);
  const { date, venue } = state.convening;
  return [
    {
      type: 'FoundingAssemblyHeld',
      data: { date, venue, present, charter: adopted, votingRules, chair, council, auditCommission },
    },
  ];
}

export function fileStateRegistration(command: CommandOf<'FileStateRegistration'>, state: FoundingState): FoundingEvent[] {
  // After a refusal the founders may correct the documents and file again.
  if (state.stage !== 'assembly_held' && state.stage !== 'registration_refused') {
    throw stageRequired('assembly_held', state.stage);
  }
  const { authority, filedOn, reference } = command.data;
  requireCalendarDates({ filedOn });
  requireNotBefore('filedOn', filedOn, state.stage === 'registration_refused' ? state.refusal.refusedOn : state.assembly.date);
  return [{ type: 'StateRegistrationFiled', data: { authority, filedOn, reference } }];
}

export function recordRegistrationRefusal(command: CommandOf<'RecordRegistrationRefusal'>, state: FoundingState): FoundingEvent[] {
  if (state.stage !== 'registration_filed') throw stageRequired('registration_filed', state.stage);
  const { refusedOn, reason } = command.data;
  requireCalendarDates({ refusedOn });
  requireNotBefore('refusedOn', refusedOn, state.filing.filedOn);
  return [{ type: 'StateRegistrationRefused', data: { refusedOn, reason } }];
}

export function recordStateRegistration(command: CommandOf<'RecordStateRegistration'>, state: FoundingState): FoundingEvent[] {
  if (state.stage !== 'registration_filed') throw stageRequired('registration_filed', state.stage);
  const { registrationNumber, registeredOn } = command.data;
  requireCalendarDates({ registeredOn });
  requireNotBefore('registeredOn', registeredOn, state.filing.filedOn);
  const presentIds = new Set(state.assembly.present.map((founder) => founder.letterId));
  const founders = state.letters
    .filter((letter) => presentIds.has(letter.letterId))
    .map(({ letterId, organization, representative }) => ({ letterId, organization, representative }));
  // Civil Code art. 51 p. 8: a legal entity exists from the day of its entry in the state register,
  // so registration and establishment are one fact dated the same day.
  return [
    { type: 'AssociationRegistered', data: { registrationNumber, registeredOn } },
    {
      type: 'AssociationEstablished',
      data: {
        establishedOn: registeredOn,
        registrationNumber,
        charter: state.assembly.charter,
        votingRules: state.assembly.votingRules,
        founders,
      },
    },
  ];
}

export function decideFounding(
  command: FoundingCommand,
  state: FoundingState,
  rules: FoundingRules = DEFAULT_FOUNDING_RULES,
): FoundingEvent[] {
  switch (command.type) {
    case 'LaunchFoundingInitiative':
      return launchFoundingInitiative(command, state);
    case 'ReceiveLetterOfIntent':
      return receiveLetterOfIntent(command, state);
    case 'WithdrawLetterOfIntent':
      return withdrawLetterOfIntent(command, state);
    case 'RecordCharterDraft':
      return recordCharterDraft(command, state);
    case 'ConveneFoundingAssembly':
      return conveneFoundingAssembly(command, state, rules);
    case 'RecordFoundingAssembly':
      return recordFoundingAssembly(command, state, rules);
    case 'FileStateRegistration':
      return fileStateRegistration(command, state);
    case 'RecordRegistrationRefusal':
      return recordRegistrationRefusal(command, state);
    case 'RecordStateRegistration':
      return recordStateRegistration(command, state);
    default:
      return unreachable(command);
  }
}

/** The founding decider under a deployment's rules (the defaults follow the Civil Code). */
export function createFoundingDecider(
  rules: FoundingRules = DEFAULT_FOUNDING_RULES,
): Decider<FoundingCommand, FoundingEvent, FoundingState> {
  return {
    initialState: initialFoundingState,
    decide: (command, state) => decideFounding(command, state, rules),
    evolve: evolveFounding,
  };
}

export function createFoundingAggregate(
  rules: FoundingRules = DEFAULT_FOUNDING_RULES,
): Aggregate<FoundingCommand, FoundingEvent, FoundingState> {
  return { category: 'founding', decider: createFoundingDecider(rules) };
}

export const foundingDecider = createFoundingDecider();

export const foundingAggregate = createFoundingAggregate();
