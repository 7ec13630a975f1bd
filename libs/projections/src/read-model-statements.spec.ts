import { ledgerMigrations, PostgresEventStore } from '#accord/ledger';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { PointInTimeReadModels } from './point-in-time.js';
import { createReadModelDataSource } from './read-model-data-source.js';
import { readModelMigrations } from './read-model.migrations.js';
import { queryReadModels } from './read-model-statements.js';

let database: TestDatabase;
let store: PostgresEventStore;
let dataSource: DataSource;
let views: PointInTimeReadModels;

beforeAll(async () => {
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations]);
  store = await PostgresEventStore.open(database.pool);
  // One connection: every statement below runs on the connection that prepared it.
  dataSource = await createReadModelDataSource(database.url, [], 1).initialize();
  views = new PointInTimeReadModels(dataSource, store, [], { maxEntries: 1, maxBytes: 1_000_000 });
  await dataSource.query(`
    CREATE TABLE read.numbers (n integer PRIMARY KEY); INSERT INTO read.numbers VALUES (1), (2);
    CREATE SCHEMA numbers_then; CREATE TABLE numbers_then.numbers (n integer PRIMARY KEY); INSERT INTO numbers_then.numbers VALUES (1)`);
});
afterAll(async () => {
  await dataSource.destroy();
  await store.close();
  await database.drop();
});

const NUMBERS_ABOVE = 'SELECT n FROM numbers WHERE n > $1 ORDER BY n';
const numbersAbove = async (floor: number) => (await queryReadModels<{ n: number }>(dataSource, NUMBERS_ABOVE, [floor])).map((row) => row.n);

describe('read model statements', () => {
  it('given a statement prepared on a connection, when it runs again there, then it answers each time with its own values', async () => {
    expect(await numbersAbove(0)).toEqual([1, 2]);
    expect(await numbersAbove(1)).toEqual([2]);
  });

  it('given a statement prepared on the live tables, when it runs inside a point-in-time view and after it, then each answer comes from its own tables', async () => {
    expect(await numbersAbove(0)).toEqual([1, 2]);
    expect(await views.readAsOf({ schema: 'numbers_then' }, () => numbersAbove(0))).toEqual([1]);
    expect(await numbersAbove(0)).toEqual([1, 2]);
  });

  it('given a statement that fails, when the next one runs, then the same connection answers it', async () => {
    const [{ pid }] = await queryReadModels<{ pid: number }>(dataSource, 'SELECT pg_backend_pid() AS pid', []);
    await expect(queryReadModels(dataSource, 'SELECT n FROM numbers WHERE n = $1', ['not a number'])).rejects.toThrow(/invalid input syntax/);
    expect(await queryReadModels(dataSource, 'SELECT pg_backend_pid() AS pid', [])).toEqual([{ pid }]);
  });
});
