import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { createDatabase, createPool, dropDatabase, migrate, startEmbeddedServer } from '#accord/postgres';
import type { BenchSuite } from './benchmark.js';

/** The most connections any benchmark uses at once. */
export const CONNECTIONS = 16;

/** A throwaway database on the server the app would use, with the schema of every suite. */
export interface BenchDatabase {
  /** The PostgreSQL server the bench database is on; the system figures make their own database there. */
  readonly serverUrl: string;
  readonly url: string;
  readonly pool: Pool;
  /** Empties every table the suites write. */
  reset(): Promise<void>;
  settle(): Promise<void>;
  /** Drops the database and stops the embedded server when this process started it. */
  close(): Promise<void>;
}

const INSUFFICIENT_PRIVILEGE = '42501';

export async function openBenchDatabase(suites: readonly BenchSuite[], log: (message: string) => void): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL ? undefined : await startEmbeddedServer({ dataDir: './.data' });
  const serverUrl = process.env.DATABASE_URL ?? server!.url;
  const name = `accord_bench_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(serverUrl, name);
  const pool = createPool(url, CONNECTIONS);
  let closing: Promise<void> | undefined;
  // Once: an interrupted run closes from its signal handler while the run's own cleanup follows.
  const close = () =>
    (closing ??= (async () => {
      await endPool(pool);
      await dropDatabase(serverUrl, name);
      if (server?.owned) await server.stop();
    })());
  // An idle connection that dies (the server restarted, the database was dropped) must not end the
  // process: the next query that needs it reports the failure where it matters.
  pool.on('error', (error) => {
    if (!closing) log(`idle connection lost: ${error.message}`);
  });
  try {
    await migrate(pool, suites.flatMap((suite) => suite.migrations));
    const resetSql = resetStatement(suites.flatMap((suite) => suite.tables));
    const canCheckpoint = await pool.query('CHECKPOINT').then(
      () => true,
      (error: { code?: string }) => {
        if (error.code !== INSUFFICIENT_PRIVILEGE) throw error;
        log('no privilege to CHECKPOINT: a checkpoint may fall inside a timed phase and widen the spread');
        return false;
      },
    );
    const where = server ? (server.owned ? 'a new embedded server' : 'the running embedded server') : 'DATABASE_URL';
    log(`database ${name} on ${where}`);
    return {
      serverUrl,
      url,
      pool,
      reset: async () => void (await pool.query(resetSql)),
      settle: async () => {
        // A checkpoint flushing the previous phase's pages during the timed one would dominate its spread.
        if (canCheckpoint) await pool.query('CHECKPOINT');
        await openAll(pool);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * TRUNCATE with the user triggers (the ledger's append-only guards) off, in one transaction, so
 * that no other session ever sees the ledger without its guard.
 */
function resetStatement(tables: readonly string[]): string {
  const triggers = (state: 'DISABLE' | 'ENABLE') => tables.map((table) => `ALTER TABLE ${table} ${state} TRIGGER USER;`);
  return ['BEGIN;', ...triggers('DISABLE'), `TRUNCATE ${tables.join(', ')} RESTART IDENTITY;`, ...triggers('ENABLE'), 'COMMIT;'].join('\n');
}

/** Connection set-up is the pool's cost, not the statements': open every connection before timing. */
async function openAll(pool: Pool): Promise<void> {
  const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.connect()));
  for (const client of clients) client.release();
}

/**
 * pg-pool's `end()` resolves before its connections have closed; dropping the database WITH (FORCE)
 * would then terminate them, and their error, emitted on a pool with no listener, would crash the process.
 */
async function endPool(pool: Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      open -= 1;
      if (open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}
