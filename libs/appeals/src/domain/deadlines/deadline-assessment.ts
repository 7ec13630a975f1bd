/** Why a due date is not certain. */
export type EstimateReason =
  /** The addressee's registration date is unknown: assumed to be dispatch (or forwarding) plus the registration period. */
  | 'registration_date_unknown'
  /** A working-day count reached a year with no public-holiday calendar: only weekends were skipped. */
  | 'holiday_calendar_missing';

export const DEADLINE_STATUSES = [
  'not_dispatched',
  'not_due',
  'due_soon',
  'overdue',
  'very_overdue',
  'answered_on_time',
  'answered_late',
  'closed_unanswered',
] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** An appeal is due soon this many calendar days before its due date. */
export const DUE_SOON_DAYS = 7;

/**
 * The dates that follow from an appeal's history under its holder's policy. They do not depend on
 * today; `deadlineStatus(assessment, today)` places them against a date.
 */
export interface DeadlineAssessment {
  /** The policy of the body now holding the appeal; `null` before dispatch. */
  readonly policyId: string | null;
  /** The last day for the addressee to register the appeal; `null` when not applicable. */
  readonly registrationDueOn: string | null;
  /** The day the answer period counts from (registration or receipt, known or estimated). */
  readonly periodStartsOn: string | null;
  /** The date the answer is due: statutory, extended, or expected by the secretariat. */
  readonly dueOn: string | null;
  /** Where `dueOn` comes from. */
  readonly dueOnBasis: 'statute' | 'extension' | 'expected_by_secretariat' | null;
  readonly isEstimate: boolean;
  readonly estimateReasons: readonly EstimateReason[];
  /** From this date (inclusive) the appeal is due soon: `dueOn` minus DUE_SOON_DAYS calendar days. */
  readonly dueSoonFrom: string | null;
  /** From this date (inclusive) an unanswered appeal is very overdue: twice the allowed time has passed. */
  readonly veryOverdueFrom: string | null;
  readonly answeredOn: string | null;
  /** `true` when answered after `dueOn`; `null` while unanswered. */
  readonly answeredLate: boolean | null;
  readonly closedUnanswered: boolean;
}
