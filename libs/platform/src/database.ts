import type { Pool } from 'pg';
import { createPool, migrate, startEmbeddedServer, type EmbeddedServer, type Migration } from '#accord/postgres';
import type { AccordConfig } from './config.js';

/** The PostgreSQL the platform runs on, migrated and ready. */
export interface Database {
  readonly url: string;
  readonly embedded: boolean;
  readonly pool: Pool;
  /** Migrations this start applied (empty when the schema was already current). */
  readonly appliedMigrations: readonly string[];
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts (or joins) the embedded PostgreSQL under the data folder,
 * then applies pending migrations before anything reads or writes.
 */
export async function openDatabase(config: AccordConfig, migrations: readonly Migration[]): Promise<Database> {
  let server: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    server = await startEmbeddedServer({ dataDir: config.dataDir });
    url = server.url;
  }
  const pool = createPool(url, 20);
  let appliedMigrations: string[];
  try {
    appliedMigrations = await migrate(pool, migrations);
  } catch (error) {
    await pool.end();
    await server?.stop();
    throw error;
  }
  return {
    url,
    embedded: server !== undefined,
    pool,
    appliedMigrations,
    async close() {
      await pool.end();
      await server?.stop();
    },
  };
}
