import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { createDatabase, createPool, dropDatabase, migrate, type Migration } from '#accord/postgres';

export interface TestDatabase {
  readonly url: string;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/** A fresh database of its own for one test suite, migrated, on the run's PostgreSQL server. */
export async function createTestDatabase(migrations: readonly Migration[] = []): Promise<TestDatabase> {
  const serverUrl = process.env.ACCORD_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('ACCORD_TEST_SERVER_URL is not set: run the tests through jest (globalSetup)');
  const name = `accord_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(serverUrl, name);
  const pool = createPool(url, 20);
  await migrate(pool, migrations);
  return {
    url,
    pool,
    async drop() {
      await pool.end();
      await dropDatabase(serverUrl, name);
    },
  };
}
