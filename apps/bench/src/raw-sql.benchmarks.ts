import type { Pool } from 'pg';
import type { Migration } from '#accord/postgres';
import { type BenchSuite, type Benchmark, forEachConcurrently, timed } from './benchmark.js';
import { BATCHED, batchedWrites, eventCount, PAGE_SIZE, SINGLE, singleWrites, type StreamWrite } from './event-workload.js';

const TABLE = 'bench.raw_events';

// The baseline copies ledger.events' columns, defaults, checks and indexes, but not its triggers:
// the same rows and the same index maintenance, without the ledger's code around them.
const rawEventsMigration: Migration = {
  id: 'bench-0001-raw-events',
  sql: `CREATE SCHEMA bench; CREATE TABLE ${TABLE} (LIKE ledger.events INCLUDING ALL);`,
};
const COLUMNS = 'transaction_id, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, content_hash, hash';
const PARAMETERS_PER_ROW = 10;
// Stored as given: the same 32 bytes as the ledger's SHA-256 links, without the work of computing them.
const CONTENT_HASH = Buffer.alloc(32, 0xa5);
const LINK_HASH = Buffer.alloc(32, 0x5a);

function insertSql(rows: number): string {
  const tuples = Array.from({ length: rows }, (_, row) => {
    const placeholders = Array.from({ length: PARAMETERS_PER_ROW }, (_, column) => `$${row * PARAMETERS_PER_ROW + column + 1}`);
    return `(pg_current_xact_id()::text::bigint, ${placeholders.join(', ')})`;
  });
  return `INSERT INTO ${TABLE} (${COLUMNS}) VALUES ${tuples.join(', ')}`;
}

/**
 * The rows the ledger would write for these events, each stream's in one plain INSERT, autocommitted.
 * Statements are named, so each connection parses and plans them once: the best plain SQL can do.
 */
function insertRows(pool: Pool, writes: readonly StreamWrite[], concurrency: number): Promise<void> {
  const sqlByRows = new Map<number, string>();
  return forEachConcurrently(writes.length, concurrency, async (index) => {
    const { streamId, events } = writes[index];
    let sql = sqlByRows.get(events.length);
    if (sql === undefined) {
      sql = insertSql(events.length);
      sqlByRows.set(events.length, sql);
    }
    const recordedAt = new Date();
    const values = events.flatMap((event, position) => [
      event.eventId,
      streamId,
      position + 1,
      event.type,
      event.schemaVersion,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      recordedAt,
      CONTENT_HASH,
      LINK_HASH,
    ]);
    await pool.query({ name: `raw_insert_${events.length}`, text: sql, values });
  });
}

interface KeysetRow {
  transaction_id: string;
  sequence: string;
}

/** Keyset pagination in log order, as readers of the global log page through it. */
async function readInOrder(pool: Pool): Promise<number> {
  let read = 0;
  let after: KeysetRow = { transaction_id: '0', sequence: '0' };
  for (;;) {
    const { rows } = await pool.query<KeysetRow>({
      name: 'raw_read_page',
      text: `SELECT transaction_id, sequence, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, hash
       FROM ${TABLE} WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint)
       ORDER BY transaction_id, sequence LIMIT $3`,
      values: [after.transaction_id, after.sequence, PAGE_SIZE],
    });
    if (rows.length === 0) return read;
    read += rows.length;
    after = rows[rows.length - 1];
  }
}

const rawInsertSingle: Benchmark = {
  name: 'raw_insert_single',
  async run(context) {
    const writes = singleWrites(context.scale);
    const { timing } = await timed(context, () => insertRows(context.pool, writes, SINGLE.concurrency));
    return { events: eventCount(writes), ...timing };
  },
};

const rawInsertBatched: Benchmark = {
  name: 'raw_insert_batched',
  async run(context) {
    const writes = batchedWrites(context.scale);
    const { timing } = await timed(context, () => insertRows(context.pool, writes, BATCHED.concurrency));
    return { events: eventCount(writes), ...timing };
  },
};

const rawRead: Benchmark = {
  name: 'raw_read',
  async run(context) {
    const writes = batchedWrites(context.scale);
    await insertRows(context.pool, writes, BATCHED.concurrency);
    // Readers meet a settled log: visibility hints set, statistics fresh (the ledger's read gets the same).
    await context.pool.query(`VACUUM ANALYZE ${TABLE}`);
    const { timing, value: events } = await timed(context, () => readInOrder(context.pool));
    if (events !== eventCount(writes)) throw new Error(`raw_read read ${events} of ${eventCount(writes)} rows`);
    return { events, ...timing };
  },
};

/** The baselines: what PostgreSQL does with the ledger's rows and plain SQL. */
export const rawSqlSuite: BenchSuite = {
  migrations: [rawEventsMigration],
  tables: [TABLE],
  benchmarks: [rawInsertSingle, rawInsertBatched, rawRead],
};
