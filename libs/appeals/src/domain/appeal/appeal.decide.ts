import { DomainRuleViolation, requireNotInFuture, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { addCalendarDays, addWorkingDays } from '../deadlines/calendar-dates.js';
import { assessDeadlines, deadlineStatus } from '../deadlines/deadline-engine.js';
import { holidayCalendar } from '../deadlines/holiday-calendars.js';
import type { JurisdictionPolicy } from '../deadlines/jurisdiction-policy.js';
import { jurisdictionPolicy } from '../deadlines/policy-table.js';
import type {
  AnswerOutcome,
  AppealContent,
  AppealEvent,
  AppealHolder,
  DispatchChannel,
  LocalizedText,
  ReminderKind,
  Signatory,
} from './appeal.events.js';
import { evolveAppeal, initialAppealState, reminderKey, type AppealStage, type AppealState, type RecordedAppeal } from './appeal.state.js';

export type AppealCommand =
  /** Each of `draftedOn`, `approvedOn`, `signedOn` is the act's legal date; the day it is recorded when left out. */
  | DomainCommand<'DraftAppeal', AppealContent & { followUpOf: string | null; draftedOn?: string | null }>
  | DomainCommand<'ReviseAppeal', AppealContent>
  | DomainCommand<'ApproveAppeal', { resolutionId: string | null; approvedOn?: string | null }>
  | DomainCommand<'SignAppeal', { signatory: Signatory; signedOn?: string | null }>
  | DomainCommand<'DispatchAppeal', AppealHolder & { dispatchedOn: string; channel: DispatchChannel; outgoingNumber: string }>
  | DomainCommand<'RecordRegistration', { registeredOn: string; incomingNumber: string }>
  | DomainCommand<'RecordExtension', { dueOn: string; noticeOn: string }>
  | DomainCommand<'RecordForwarding', AppealHolder & { forwardedOn: string }>
  | DomainCommand<'SetExpectedAnswerDate', { expectedAnswerOn: string }>
  | DomainCommand<
      'RecordAnswer',
      { answeredOn: string; reference: string; outcome: AnswerOutcome; summary: LocalizedText; attachmentSha256: string | null }
    >
  | DomainCommand<'RecordDeadlineReminder', { kind: ReminderKind; today: string }>
  | DomainCommand<'OpenFollowUp', { followUpAppealId: string }>
  | DomainCommand<'CloseAppeal', { reason: LocalizedText | null }>;

type CommandOf<Type extends AppealCommand['type']> = Extract<AppealCommand, { type: Type }>;

const STAGE_NAMES: Record<AppealStage, LocalizedText> = {
  draft: { ru: 'проект', en: 'draft' },
  approved: { ru: 'одобрено', en: 'approved' },
  signed: { ru: 'подписано', en: 'signed' },
  dispatched: { ru: 'направлено', en: 'dispatched' },
  registered: { ru: 'зарегистрировано адресатом', en: 'registered by the addressee' },
  answered: { ru: 'получен ответ', en: 'answered' },
  closed: { ru: 'закрыто', en: 'closed' },
};

/** Stages in which the addressee still owes an answer. */
const AWAITING_ANSWER: readonly AppealStage[] = ['dispatched', 'registered'];
/** Stages an appeal reaches only after it was sent. */
const SENT: readonly AppealStage[] = ['dispatched', 'registered', 'answered', 'closed'];

/**
 * Refuses a step the appeal's stage does not allow, naming the stage it requires
 * (`APPEAL_SIGNED_REQUIRED`: dispatching needs a signed appeal).
 */
function requireStage(state: AppealState, required: AppealStage, allowed: readonly AppealStage[] = [required]): RecordedAppeal {
  if (state.stage === 'none') {
    throw new DomainRuleViolation('APPEAL_NOT_DRAFTED', { ru: 'Обращение не создано', en: 'The appeal has not been drafted' });
  }
  if (!allowed.includes(state.stage)) {
    const wanted = STAGE_NAMES[required];
    throw new DomainRuleViolation(
      `APPEAL_${required.toUpperCase()}_REQUIRED`,
      {
        ru: `Действие возможно только для обращения в состоянии «${wanted.ru}»; текущее состояние — «${STAGE_NAMES[state.stage].ru}»`,
        en: `This step needs an appeal that is ${wanted.en}; it is ${STAGE_NAMES[state.stage].en}`,
      },
      { stage: state.stage, allowedStages: allowed },
    );
  }
  return state;
}

/** The one step that may follow an answer is closing; every other act on a dispatched appeal awaits one. */
function requireAwaitingAnswer(state: AppealState): RecordedAppeal & { holder: NonNullable<RecordedAppeal['holder']> } {
  if (state.stage === 'answered') {
    throw new DomainRuleViolation(
      'APPEAL_ALREADY_ANSWERED',
      { ru: 'На обращение уже получен ответ', en: 'The appeal has already been answered' },
      { stage: state.stage },
    );
  }
  const recorded = requireStage(state, 'dispatched', AWAITING_ANSWER);
  if (!recorded.holder) throw new Error('a dispatched appeal has a holder');
  return { ...recorded, holder: recorded.holder };
}

function requireNotBefore(code: string, field: string, date: string, earliest: string, message: LocalizedText): void {
  if (date < earliest) {
    throw new DomainRuleViolation(code, { ru: message.ru, en: message.en ?? message.ru }, { field, date, earliest });
  }
}

function policyOf(policyId: string): JurisdictionPolicy {
  const policy = jurisdictionPolicy(policyId);
  if (!policy) {
    throw new DomainRuleViolation(
      'UNKNOWN_JURISDICTION_POLICY',
      { ru: `Неизвестная правовая политика ${policyId}`, en: `Unknown jurisdiction policy ${policyId}` },
      { policyId },
    );
  }
  return policy;
}

/**
 * Where no statute sets the answer period (interstate bodies, NGOs, an unknown law), the
 * secretariat sets the date it expects an answer by; without it the appeal could never be overdue.
 */
function requireExpectedDateWhereNoStatute(holder: AppealHolder, startsOn: string): void {
  const policy = policyOf(holder.policyId);
  if (policy.answer === null && holder.expectedAnswerOn === null) {
    throw new DomainRuleViolation(
      'EXPECTED_ANSWER_DATE_REQUIRED',
      {
        ru: 'Срок ответа этого адресата не установлен законом: укажите ожидаемую дату ответа',
        en: 'No statute sets this addressee’s answer period: give the expected answer date',
      },
      { policyId: holder.policyId },
    );
  }
  if (holder.expectedAnswerOn !== null && holder.expectedAnswerOn <= startsOn) {
    throw new DomainRuleViolation(
      'EXPECTED_ANSWER_DATE_TOO_EARLY',
      { ru: 'Ожидаемая дата ответа должна быть позже даты направления', en: 'The expected answer date must follow the sending date' },
      { expectedAnswerOn: holder.expectedAnswerOn, startsOn },
    );
  }
}

export function draftAppeal(command: CommandOf<'DraftAppeal'>, state: AppealState): AppealEvent[] {
  if (state.stage !== 'none') {
    throw new DomainRuleViolation('APPEAL_ALREADY_DRAFTED', { ru: 'Обращение уже создано', en: 'The appeal already exists' });
  }
  const { draftedOn, ...draft } = command.data;
  const on = draftedOn ?? command.metadata.today;
  requireNotInFuture('draftedOn', on, command.metadata.today);
  return [{ type: 'AppealDrafted', data: { ...draft, draftedOn: on } }];
}

export function reviseAppeal(command: CommandOf<'ReviseAppeal'>, state: AppealState): AppealEvent[] {
  const draft = requireStage(state, 'draft');
  if (JSON.stringify(draft.content) === JSON.stringify(command.data)) return [];
  return [{ type: 'AppealRevised', data: command.data }];
}

export function approveAppeal(command: CommandOf<'ApproveAppeal'>, state: AppealState): AppealEvent[] {
  const draft = requireStage(state, 'draft');
  const approvedOn = command.data.approvedOn ?? command.metadata.today;
  requireNotInFuture('approvedOn', approvedOn, command.metadata.today);
  requireNotBefore('APPROVAL_BEFORE_DRAFT', 'approvedOn', approvedOn, draft.draftedOn ?? approvedOn, {
    ru: 'Обращение не может быть одобрено раньше, чем подготовлен его проект',
    en: 'An appeal cannot be approved before it was drafted',
  });
  return [{ type: 'AppealApproved', data: { resolutionId: command.data.resolutionId ?? draft.content.resolutionId, approvedOn } }];
}

export function signAppeal(command: CommandOf<'SignAppeal'>, state: AppealState): AppealEvent[] {
  const approved = requireStage(state, 'approved');
  const signedOn = command.data.signedOn ?? command.metadata.today;
  requireNotInFuture('signedOn', signedOn, command.metadata.today);
  requireNotBefore('SIGNATURE_BEFORE_APPROVAL', 'signedOn', signedOn, approved.approvedOn ?? approved.draftedOn ?? signedOn, {
    ru: 'Обращение не может быть подписано раньше, чем одобрено',
    en: 'An appeal cannot be signed before it was approved',
  });
  return [{ type: 'AppealSigned', data: { signatory: command.data.signatory, signedOn } }];
}

export function dispatchAppeal(command: CommandOf<'DispatchAppeal'>, state: AppealState): AppealEvent[] {
  const signed = requireStage(state, 'signed');
  const { data, metadata } = command;
  if (data.addresseeId !== signed.content.addresseeId) {
    throw new DomainRuleViolation(
      'DISPATCH_TO_ANOTHER_ADDRESSEE',
      { ru: 'Обращение направляется только своему адресату', en: 'An appeal is sent only to its own addressee' },
      { addresseeId: data.addresseeId, expected: signed.content.addresseeId },
    );
  }
  requireNotInFuture('dispatchedOn', data.dispatchedOn, metadata.today);
  requireExpectedDateWhereNoStatute(data, data.dispatchedOn);
  return [{ type: 'AppealDispatched', data }];
}

export function recordRegistration(command: CommandOf<'RecordRegistration'>, state: AppealState): AppealEvent[] {
  if (state.stage === 'registered') {
    throw new DomainRuleViolation(
      'APPEAL_ALREADY_REGISTERED',
      { ru: 'Регистрация обращения адресатом уже записана', en: 'The addressee’s registration is already recorded' },
      { stage: state.stage },
    );
  }
  const { holder } = requireAwaitingAnswer(state);
  const { registeredOn, incomingNumber } = command.data;
  requireNotInFuture('registeredOn', registeredOn, command.metadata.today);
  requireNotBefore('REGISTRATION_BEFORE_DISPATCH', 'registeredOn', registeredOn, holder.since, {
    ru: 'Адресат не может зарегистрировать обращение раньше, чем оно ему направлено',
    en: 'The addressee cannot register the appeal before it was sent to it',
  });
  return [{ type: 'AppealRegistered', data: { addresseeId: holder.addresseeId, registeredOn, incomingNumber } }];
}

/** The latest due date the holder's law allows an extension to reach, or `null` where no limit is known. */
function latestExtendedDueOn(policy: JurisdictionPolicy, dueOn: string): string | null {
  const limit = policy.extension;
  if (!limit || limit.certainty === 'unknown') return null;
  return limit.dayKind === 'calendar'
    ? addCalendarDays(dueOn, limit.days)
    : addWorkingDays(dueOn, limit.days, holidayCalendar(policy.calendar)).date;
}

export function recordExtension(command: CommandOf<'RecordExtension'>, state: AppealState): AppealEvent[] {
  const appeal = requireAwaitingAnswer(state);
  const { dueOn, noticeOn } = command.data;
  const policy = policyOf(appeal.holder.policyId);
  requireNotInFuture('noticeOn', noticeOn, command.metadata.today);
  requireNotBefore('NOTICE_BEFORE_DISPATCH', 'noticeOn', noticeOn, appeal.holder.since, {
    ru: 'Уведомление о продлении не может предшествовать направлению обращения',
    en: 'The extension notice cannot precede sending the appeal',
  });
  if (policy.extension?.once && appeal.holder.extended) {
    throw new DomainRuleViolation(
      'EXTENSION_ALREADY_RECORDED',
      { ru: 'Закон допускает продление срока только один раз', en: 'The law allows the period to be extended only once' },
      { source: policy.extension.source },
    );
  }
  const current = assessDeadlines(appeal.history).dueOn;
  if (current !== null && dueOn <= current) {
    throw new DomainRuleViolation(
      'EXTENSION_NOT_LATER',
      { ru: 'Новый срок должен быть позже текущего', en: 'The new due date must be later than the current one' },
      { dueOn, currentDueOn: current },
    );
  }
  const latest = current === null ? null : latestExtendedDueOn(policy, current);
  if (latest !== null && dueOn > latest) {
    throw new DomainRuleViolation(
      'EXTENSION_EXCEEDS_LIMIT',
      {
        ru: `Закон допускает продление срока не далее ${latest} (${policy.extension?.source})`,
        en: `The law allows an extension up to ${latest} (${policy.extension?.source})`,
      },
      { dueOn, latestDueOn: latest, source: policy.extension?.source, certainty: policy.extension?.certainty },
    );
  }
  return [{ type: 'AppealExtended', data: { dueOn, noticeOn } }];
}

export function recordForwarding(command: CommandOf<'RecordForwarding'>, state: AppealState): AppealEvent[] {
  const { holder } = requireAwaitingAnswer(state);
  const { data } = command;
  if (data.addresseeId === holder.addresseeId) {
    throw new DomainRuleViolation(
      'FORWARDING_TO_SAME_BODY',
      { ru: 'Обращение переадресовано тому же органу', en: 'The appeal is forwarded to the body that holds it' },
      { addresseeId: data.addresseeId },
    );
  }
  requireNotInFuture('forwardedOn', data.forwardedOn, command.metadata.today);
  requireNotBefore('FORWARDING_BEFORE_DISPATCH', 'forwardedOn', data.forwardedOn, holder.since, {
    ru: 'Обращение не может быть переадресовано раньше, чем получено',
    en: 'The appeal cannot be forwarded before it was sent',
  });
  requireExpectedDateWhereNoStatute(data, data.forwardedOn);
  return [{ type: 'AppealForwarded', data: { ...data, fromAddresseeId: holder.addresseeId } }];
}

export function setExpectedAnswerDate(command: CommandOf<'SetExpectedAnswerDate'>, state: AppealState): AppealEvent[] {
  const { holder } = requireAwaitingAnswer(state);
  if (policyOf(holder.policyId).answer !== null) {
    throw new DomainRuleViolation(
      'STATUTORY_PERIOD_APPLIES',
      {
        ru: 'Срок ответа этого адресата установлен законом; его изменяет только продление',
        en: 'A statute sets this addressee’s answer period; only an extension changes it',
      },
      { policyId: holder.policyId },
    );
  }
  const { expectedAnswerOn } = command.data;
  requireExpectedDateWhereNoStatute({ ...holder, expectedAnswerOn }, holder.since);
  if (expectedAnswerOn === holder.expectedAnswerOn) return [];
  return [{ type: 'ExpectedAnswerDateSet', data: { expectedAnswerOn } }];
}

export function recordAnswer(command: CommandOf<'RecordAnswer'>, state: AppealState): AppealEvent[] {
  const appeal = requireAwaitingAnswer(state);
  const { answeredOn } = command.data;
  requireNotInFuture('answeredOn', answeredOn, command.metadata.today);
  requireNotBefore('ANSWER_BEFORE_DISPATCH', 'answeredOn', answeredOn, appeal.dispatch?.dispatchedOn ?? answeredOn, {
    ru: 'Ответ не может предшествовать направлению обращения',
    en: 'The answer cannot precede sending the appeal',
  });
  return [{ type: 'AppealAnswered', data: command.data }];
}

/**
 * Records that the secretariat was warned, once per kind and due date: an extension moves the due
 * date, and the appeal may then become due soon again.
 */
export function recordDeadlineReminder(command: CommandOf<'RecordDeadlineReminder'>, state: AppealState): AppealEvent[] {
  const appeal = requireAwaitingAnswer(state);
  const { kind, today: asOf } = command.data;
  const assessment = assessDeadlines(appeal.history);
  const status = deadlineStatus(assessment, asOf);
  const warranted = kind === 'due_soon' ? ['due_soon', 'overdue', 'very_overdue'] : ['overdue', 'very_overdue'];
  if (assessment.dueOn === null || !warranted.includes(status)) {
    throw new DomainRuleViolation(
      'REMINDER_NOT_DUE',
      { ru: 'Срок обращения не требует напоминания', en: 'The appeal’s deadline calls for no reminder' },
      { kind, status, dueOn: assessment.dueOn },
    );
  }
  if (appeal.reminders.includes(reminderKey(kind, assessment.dueOn))) return [];
  return [{ type: 'AppealDeadlineReminderRecorded', data: { kind, dueOn: assessment.dueOn, recordedOn: asOf } }];
}

export function openFollowUp(command: CommandOf<'OpenFollowUp'>, state: AppealState): AppealEvent[] {
  const appeal = requireStage(state, 'dispatched', SENT);
  if (appeal.followUpIds.includes(command.data.followUpAppealId)) return [];
  return [{ type: 'AppealFollowUpOpened', data: command.data }];
}

export function closeAppeal(command: CommandOf<'CloseAppeal'>, state: AppealState): AppealEvent[] {
  if (state.stage === 'closed') {
    throw new DomainRuleViolation('APPEAL_ALREADY_CLOSED', { ru: 'Обращение уже закрыто', en: 'The appeal is already closed' });
  }
  const appeal = requireStage(state, 'answered', ['draft', 'approved', 'signed', 'dispatched', 'registered', 'answered']);
  // Closing without an answer gives up on it; the register should say why.
  if (appeal.stage !== 'answered' && command.data.reason === null) {
    throw new DomainRuleViolation(
      'CLOSING_REASON_REQUIRED',
      { ru: 'Укажите причину закрытия обращения без ответа', en: 'Give the reason for closing an appeal without an answer' },
      { stage: appeal.stage },
    );
  }
  return [{ type: 'AppealClosed', data: command.data }];
}

export function decideAppeal(command: AppealCommand, state: AppealState): AppealEvent[] {
  switch (command.type) {
    case 'DraftAppeal':
      return draftAppeal(command, state);
    case 'ReviseAppeal':
      return reviseAppeal(command, state);
    case 'ApproveAppeal':
      return approveAppeal(command, state);
    case 'SignAppeal':
      return signAppeal(command, state);
    case 'DispatchAppeal':
      return dispatchAppeal(command, state);
    case 'RecordRegistration':
      return recordRegistration(command, state);
    case 'RecordExtension':
      return recordExtension(command, state);
    case 'RecordForwarding':
      return recordForwarding(command, state);
    case 'SetExpectedAnswerDate':
      return setExpectedAnswerDate(command, state);
    case 'RecordAnswer':
      return recordAnswer(command, state);
    case 'RecordDeadlineReminder':
      return recordDeadlineReminder(command, state);
    case 'OpenFollowUp':
      return openFollowUp(command, state);
    case 'CloseAppeal':
      return closeAppeal(command, state);
    default:
      return unreachable(command);
  }
}

export const appealDecider: Decider<AppealCommand, AppealEvent, AppealState> = {
  initialState: initialAppealState,
  decide: decideAppeal,
  evolve: evolveAppeal,
};

export const appealAggregate: Aggregate<AppealCommand, AppealEvent, AppealState> = {
  category: 'appeal',
  decider: appealDecider,
  absence: { kind: 'appeal', code: 'APPEAL_NOT_DRAFTED' },
};
