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

/** An appeal's move between the rows of the dashboard: from what it was (`null`: a new appeal) to what it is now. */
export interface AppealCountMove {
  readonly before: AppealCountKey | null;
  readonly after: AppealCountKey;
}

/**
 * Moves the appeals a batch changed from the rows of what they were to the rows of what they are now,
 * in the transaction that applies the batch: the net change of each row in one multi-row statement,
 * then the rows that count nothing any more go, so a rebuild leaves the same rows.
 */
export async function moveAppealCounts(moves: readonly AppealCountMove[], manager: EntityManager): Promise<void> {
  const net = new Map<string, { key: AppealCountKey; by: number }>();
  const count = (key: AppealCountKey, by: number) => {
    const id = JSON.stringify(key);
    net.set(id, { key, by: (net.get(id)?.by ?? 0) + by });
  };
  for (const { before, after } of moves) {
    if (before) count(before, -1);
    count(after, 1);
  }
  const changes = [...net.values()].filter((change) => change.by !== 0);
  if (changes.length === 0) return;
  const rows = changes.map((change) => [...valuesOf(change.key), change.by]);
  const columns = rows[0].map((_, index) => rows.map((row) => row[index]));
  await manager.query(
    `INSERT INTO appeal_counts (${COLUMNS}, count)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::boolean[], $5::boolean[], $6::boolean[], $7::text[],
                          $8::date[], $9::date[], $10::date[], $11::int[], $12::int[])
     ON CONFLICT (${COLUMNS}) DO UPDATE SET count = appeal_counts.count + EXCLUDED.count`,
    columns,
  );
  const emptied = changes.filter((change) => change.by < 0).map((change) => change.key.holderId);
  if (emptied.length > 0) await manager.query('DELETE FROM appeal_counts WHERE holder_id = ANY($1::uuid[]) AND count = 0', [emptied]);
}
