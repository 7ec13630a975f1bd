import { unreachable } from '#accord/kernel';
import type { AppealEvent } from '../appeal/appeal.events.js';
import { addCalendarDays, addWorkingDays, daysBetween, nextWorkingDay } from './calendar-dates.js';
import {
  DUE_SOON_DAYS,
  type DeadlineAssessment,
  type DeadlineStatus,
  type EstimateReason,
} from './deadline-assessment.js';
import { holidayCalendar, type HolidayCalendar } from './holiday-calendars.js';
import type { JurisdictionPolicy, StatutoryPeriod } from './jurisdiction-policy.js';
import { jurisdictionPolicy } from './policy-table.js';

/** The body holding the appeal and what is known of its period there. */
interface Holding {
  readonly policyId: string;
  readonly addresseeId: string;
  /** Dispatch or forwarding: the day the appeal was sent to this body. */
  readonly sentOn: string;
  readonly expectedAnswerOn: string | null;
  readonly registeredOn: string | null;
  readonly extendedDueOn: string | null;
}

interface History {
  readonly holding: Holding | null;
  readonly answeredOn: string | null;
  readonly closed: boolean;
}

const NOTHING_YET: History = { holding: null, answeredOn: null, closed: false };

function evolve(history: History, event: AppealEvent): History {
  const { holding } = history;
  switch (event.type) {
    case 'AppealDispatched': {
      const { addresseeId, policyId, expectedAnswerOn, dispatchedOn } = event.data;
      return {
        ...history,
        holding: { addresseeId, policyId, expectedAnswerOn, sentOn: dispatchedOn, registeredOn: null, extendedDueOn: null },
      };
    }
    case 'AppealForwarded': {
      // The period starts again at the new body, from its own registration (59-FZ art. 12 part 1 counts
      // from registration by the body that answers): the previous body's registration, extension and
      // expected date no longer apply.
      const { addresseeId, policyId, expectedAnswerOn, forwardedOn } = event.data;
      return {
        ...history,
        holding: { addresseeId, policyId, expectedAnswerOn, sentOn: forwardedOn, registeredOn: null, extendedDueOn: null },
      };
    }
    case 'AppealRegistered':
      // A registration the previous body reports after forwarding does not start the new body's period.
      return holding && event.data.addresseeId === holding.addresseeId
        ? { ...history, holding: { ...holding, registeredOn: event.data.registeredOn } }
        : history;
    case 'AppealExtended':
      return holding ? { ...history, holding: { ...holding, extendedDueOn: event.data.dueOn } } : history;
    case 'ExpectedAnswerDateSet':
      return holding ? { ...history, holding: { ...holding, expectedAnswerOn: event.data.expectedAnswerOn } } : history;
    case 'AppealAnswered':
      return { ...history, answeredOn: event.data.answeredOn };
    case 'AppealClosed':
      return { ...history, closed: true };
    case 'AppealDrafted':
    case 'AppealRevised':
    case 'AppealApproved':
    case 'AppealSigned':
    case 'AppealDeadlineReminderRecorded':
    case 'AppealFollowUpOpened':
      return history;
    default:
      return unreachable(event);
  }
}

/** A date `period` after `from`, and why it may be an estimate. */
interface Counted {
  readonly date: string;
  readonly reasons: readonly EstimateReason[];
}

function count(from: string, period: Pick<StatutoryPeriod, 'days' | 'dayKind'>, calendar: HolidayCalendar): Counted {
  if (period.dayKind === 'calendar') return { date: addCalendarDays(from, period.days), reasons: [] };
  const counted = addWorkingDays(from, period.days, calendar);
  return { date: counted.date, reasons: counted.calendarMissing ? ['holiday_calendar_missing'] : [] };
}

/** The day the answer period counts from; without the addressee's own record of it, an estimate. */
function periodStart(policy: JurisdictionPolicy, holding: Holding, calendar: HolidayCalendar): Counted {
  if (holding.registeredOn !== null) return { date: holding.registeredOn, reasons: [] };
  // Counting from receipt, the registration record is the only proof of the day of receipt; until it
  // arrives the day of sending stands in for it.
  if (policy.periodStartsAt === 'receipt' || policy.registration === null) {
    return { date: holding.sentOn, reasons: ['registration_date_unknown'] };
  }
  // The addressee is assumed to register on the last day the law allows it.
  const registered = count(holding.sentOn, policy.registration, calendar);
  return { date: registered.date, reasons: ['registration_date_unknown', ...registered.reasons] };
}

/** The statutory due date: the answer period from its start, moved off a day off where the policy says so. */
function statutoryDueOn(policy: JurisdictionPolicy, answer: StatutoryPeriod, startsOn: string, calendar: HolidayCalendar): Counted {
  const due = count(startsOn, answer, calendar);
  if (!policy.movesOffNonWorkingDays) return due;
  const moved = nextWorkingDay(due.date, calendar);
  return { date: moved.date, reasons: moved.calendarMissing ? [...due.reasons, 'holiday_calendar_missing'] : due.reasons };
}

const NOT_DISPATCHED = {
  policyId: null,
  registrationDueOn: null,
  periodStartsOn: null,
  dueOn: null,
  dueOnBasis: null,
  isEstimate: false,
  estimateReasons: [],
  dueSoonFrom: null,
  veryOverdueFrom: null,
} as const satisfies Partial<DeadlineAssessment>;

/**
 * The dates that follow from an appeal's history under the policy of the body now holding it. Pure:
 * the policy table and the holiday calendars are parameters so that specs can pass their own.
 */
export function assessDeadlines(
  events: readonly AppealEvent[],
  policies: (id: string) => JurisdictionPolicy | undefined = jurisdictionPolicy,
  calendars: (country: string | null) => HolidayCalendar = holidayCalendar,
): DeadlineAssessment {
  const { holding, answeredOn, closed } = events.reduce(evolve, NOTHING_YET);
  const answered = {
    answeredOn,
    answeredLate: null,
    closedUnanswered: closed && answeredOn === null,
  };
  if (!holding) return { ...NOT_DISPATCHED, ...answered };

  // A policy missing from the table (a row renamed after the fact) must not make a stored history
  // unreadable: the appeal is then followed like one with no statutory period.
  const policy = policies(holding.policyId);
  const calendar = calendars(policy?.calendar ?? null);
  const registrationDueOn = policy?.registration ? count(holding.sentOn, policy.registration, calendar).date : null;

  let periodStartsOn: string;
  let dueOn: string | null;
  let dueOnBasis: DeadlineAssessment['dueOnBasis'];
  let startReasons: readonly EstimateReason[] = [];
  let dueReasons: readonly EstimateReason[] = [];
  if (!policy?.answer) {
    periodStartsOn = holding.sentOn;
    dueOn = holding.expectedAnswerOn;
    dueOnBasis = dueOn === null ? null : 'expected_by_secretariat';
  } else {
    const start = periodStart(policy, holding, calendar);
    const due = statutoryDueOn(policy, policy.answer, start.date, calendar);
    periodStartsOn = start.date;
    startReasons = start.reasons;
    dueOn = due.date;
    dueReasons = due.reasons;
    dueOnBasis = 'statute';
  }
  if (holding.extendedDueOn !== null) {
    // The extension notice names the new date itself, so only an estimated start remains uncertain.
    dueOn = holding.extendedDueOn;
    dueOnBasis = 'extension';
    dueReasons = [];
  }

  const estimateReasons = [...new Set([...startReasons, ...dueReasons])];
  return {
    policyId: holding.policyId,
    registrationDueOn,
    periodStartsOn,
    dueOn,
    dueOnBasis,
    isEstimate: estimateReasons.length > 0,
    estimateReasons,
    dueSoonFrom: dueOn === null ? null : addCalendarDays(dueOn, -DUE_SOON_DAYS),
    veryOverdueFrom: dueOn === null ? null : veryOverdueFrom(periodStartsOn, dueOn),
    ...answered,
    answeredLate: answeredOn === null ? null : dueOn !== null && daysBetween(dueOn, answeredOn) > 0,
  };
}

/**
 * An unanswered appeal is very overdue once twice the time allowed has passed since its period
 * started: from the day after `periodStartsOn + 2 × (dueOn − periodStartsOn)`, i.e. once as much time
 * again as was allowed has passed after the due date (registered 20 April, due 20 May: from 20 June).
 * A due date set before the period start allows no time, so the day after the due date is the limit.
 */
function veryOverdueFrom(periodStartsOn: string, dueOn: string): string {
  const allowed = Math.max(daysBetween(periodStartsOn, dueOn), 0);
  return addCalendarDays(dueOn, allowed + 1);
}

/**
 * The status of an appeal when it does not depend on the day: answered, closed, not dispatched, or
 * without dates to measure against; `null` for an appeal waiting for its answer against dated deadlines.
 */
export function settledDeadlineStatus(
  assessment: Pick<DeadlineAssessment, 'answeredOn' | 'answeredLate' | 'closedUnanswered' | 'policyId' | 'dueOn' | 'dueSoonFrom' | 'veryOverdueFrom'>,
): DeadlineStatus | null {
  if (assessment.answeredOn !== null) return assessment.answeredLate ? 'answered_late' : 'answered_on_time';
  if (assessment.closedUnanswered) return 'closed_unanswered';
  if (assessment.policyId === null) return 'not_dispatched';
  const { dueOn, dueSoonFrom, veryOverdueFrom } = assessment;
  if (dueOn === null || dueSoonFrom === null || veryOverdueFrom === null) return 'not_due';
  return null;
}

/** Where an appeal stands on `today` (an ISO date) given its assessment. */
export function deadlineStatus(assessment: DeadlineAssessment, today: string): DeadlineStatus {
  const settled = settledDeadlineStatus(assessment);
  if (settled !== null) return settled;
  const { dueOn, dueSoonFrom, veryOverdueFrom: veryOverdue } = assessment as DeadlineAssessment & Record<'dueOn' | 'dueSoonFrom' | 'veryOverdueFrom', string>;
  if (daysBetween(veryOverdue, today) >= 0) return 'very_overdue';
  if (daysBetween(dueOn, today) > 0) return 'overdue';
  if (daysBetween(dueSoonFrom, today) >= 0) return 'due_soon';
  return 'not_due';
}
