import { createHash } from 'node:crypto';
import type { Pool } from 'pg';

/** One explicit schema change. Ids sort globally, so prefix them with a number. */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}

export class MigrationChecksumError extends Error {
  constructor(readonly migrationId: string) {
    super(`Migration ${migrationId} was changed after it was applied; add a new migration instead`);
    this.name = 'MigrationChecksumError';
  }
}

// Any constant works: it only keeps two starting processes from migrating at the same time.
const MIGRATION_LOCK = 7_301_202_604;

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** Applies pending migrations in id order, each in its own transaction. Returns the ids applied. */
export async function migrate(pool: Pool, migrations: readonly Migration[]): Promise<string[]> {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS public.schema_migrations (
      id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ id: string; checksum: string }>('SELECT id, checksum FROM public.schema_migrations');
    const applied = new Map(rows.map((row) => [row.id, row.checksum]));
    const appliedNow: string[] = [];
    for (const migration of ordered) {
      const known = applied.get(migration.id);
      if (known !== undefined) {
        if (known !== checksum(migration.sql)) throw new MigrationChecksumError(migration.id);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO public.schema_migrations (id, checksum) VALUES ($1, $2)', [
          migration.id,
          checksum(migration.sql),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      appliedNow.push(migration.id);
    }
    return appliedNow;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
