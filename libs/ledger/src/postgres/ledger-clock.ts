import type { Pool } from 'pg';

// Any constant works: it keeps two processes opening a restored ledger from both moving the clock.
const CLOCK_LOCK = 7_301_202_608;

/**
 * The transaction ids that order the log come from the cluster's counter, plus an offset kept
 * in the ledger. A ledger restored from a dump into another cluster may hold ids the new counter
 * has not reached; it would then hide that history and order new events before it. Opening the
 * ledger moves the offset so that the counter is ahead of everything stored.
 */
export async function synchronizeLedgerClock(pool: Pool): Promise<bigint> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [CLOCK_LOCK]);
    const { rows } = await client.query<{ xid_offset: string; current: string; stored: string | null }>(
      `SELECT xid_offset, pg_current_xact_id()::text AS current,
              (SELECT max(transaction_id) FROM ledger.events)::text AS stored
       FROM ledger.clock FOR UPDATE`,
    );
    const offset = BigInt(rows[0].xid_offset);
    const current = BigInt(rows[0].current);
    const stored = rows[0].stored === null ? undefined : BigInt(rows[0].stored);
    const behind = stored !== undefined && stored >= current + offset;
    const synchronized = behind ? stored - current + 1n : offset;
    if (behind) await client.query('UPDATE ledger.clock SET xid_offset = $1', [synchronized.toString()]);
    await client.query('COMMIT');
    return synchronized;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** SQL: the ledger-clock id of the writing transaction; `$n` is the offset parameter. */
export const writerTransaction = (offsetParameter: string) => `pg_current_xact_id()::text::bigint + ${offsetParameter}::bigint`;

/** SQL: only transactions older than every running one are final in the global order. */
export const finalOnly = (offsetParameter: string) =>
  `transaction_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint + ${offsetParameter}::bigint`;
