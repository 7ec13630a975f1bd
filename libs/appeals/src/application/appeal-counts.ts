import type { EntityManager } from 'typeorm';
import { daysBetween } from '../domain/deadlines/calendar-dates.js';
import type { DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';
import { settledDeadlineStatus } from '../domain/deadlines/deadline-engine.js';
import type { AppealRow } from './appeals.projection.js';

/**
 * What the appeals dashboard tells of an appeal, and nothing more: the appeals that share it are
 * one row of `appeal_counts` with their number. Only a waiting appeal keeps its dates, whose status
 * depends on the day; an answered one keeps its days to answer. So the rows grow with the bodies
 * and the calendar, not with the appeals.
 */
export interface AppealCountKey {
  readonly holderId: string;
  readonly stage: AppealRow['stage'];
  readonly dispatched: boolean;
  readonly closed: boolean;
  readonly answered: boolean;
  readonly answeredLate: boolean;
  /** The status when the day does not change it; `null` for a waiting appeal, placed by its dates. */
  readonly settledStatus: DeadlineStatus | null;
  readonly dueSoonFrom: string | null;
  readonly dueOn: string | null;
  readonly veryOverdueFrom: string | null;
  /** Calendar days from dispatch to answer. */
  readonly daysToAnswer: number | null;
}

type CountedColumns = Pick<
  AppealRow,
  | 'holderId'
  | 'stage'
  | 'dispatchedOn'
  | 'closed'
  | 'answeredOn'
  | 'answeredLate'
  | 'closedUnanswered'
  | 'policyId'
  | 'dueOn'
  | 'dueSoonFrom'
  | 'veryOverdueFrom'
>;

export function appealCountKey(row: CountedColumns): AppealCountKey {
  const settledStatus = settledDeadlineStatus(row);
  const waiting = settledStatus === null;
  return {
    holderId: row.holderId,
    stage: row.stage,
    dispatched: row.dispatchedOn !== null,
    closed: row.closed,
    answered: row.answeredOn !== null,
    answeredLate: row.answeredLate === true,
    settledStatus,
    dueSoonFrom: waiting ? row.dueSoonFrom : null,
    dueOn: waiting ? row.dueOn : null,
    veryOverdueFrom: waiting ? row.veryOverdueFrom : null,
    daysToAnswer: row.dispatchedOn !== null && row.answeredOn !== null ? daysBetween(row.dispatchedOn, row.answeredOn) : null,
  };
}

const COLUMNS = 'holder_id, stage, dispatched, closed, answered, answered_late, settled_status, due_soon_from, due_on, very_overdue_from, days_to_answer';

const valuesOf = (key: AppealCountKey) => [
  key.holderId,
  key.stage,
  key.dispatched,
  key.closed,
  key.answered,
  key.answeredLate,
  key.settledStatus,
  key.dueSoonFrom,
  key.dueOn,
  key.veryOverdueFrom,
  key.daysToAnswer,
];

/** The row of the key: nullable columns compared so that null matches null, as the unique index does. */
const SAME_KEY = `holder_id = $1 AND stage = $2 AND dispatched = $3 AND closed = $4 AND answered = $5 AND answered_late = $6
  AND settled_status IS NOT DISTINCT FROM $7 AND due_soon_from IS NOT DISTINCT FROM $8::date AND due_on IS NOT DISTINCT FROM $9::date
  AND very_overdue_from IS NOT DISTINCT FROM $10::date AND days_to_answer IS NOT DISTINCT FROM $11::int`;

/**
 * Moves an appeal from the row of what it was to the row of what it is now, in the transaction
 * that applies its event; a row that counts nothing any more goes, so a rebuild leaves the same rows.
 */
export async function moveAppealCount(before: AppealCountKey | null, after: AppealCountKey, manager: EntityManager): Promise<void> {
  if (before && JSON.stringify(before) === JSON.stringify(after)) return;
  if (before) {
    await manager.query(`UPDATE appeal_counts SET count = count - 1 WHERE ${SAME_KEY}`, valuesOf(before));
    await manager.query('DELETE FROM appeal_counts WHERE holder_id = $1 AND stage = $2 AND count = 0', [before.holderId, before.stage]);
  }
  await manager.query(
    `INSERT INTO appeal_counts (${COLUMNS}, count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)
     ON CONFLICT (${COLUMNS}) DO UPDATE SET count = appeal_counts.count + 1`,
    valuesOf(after),
  );
}
