import { createHash } from 'node:crypto';
import { ledgerMigrations, PostgresEventStore } from '#accord/ledger';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { PointInTimeReadModels } from './point-in-time.js';
import { ReadModelAnswers } from './read-model-answers.js';
import { createReadModelDataSource } from './read-model-data-source.js';
import { readModelMigrations } from './read-model.migrations.js';

let database: TestDatabase;
let store: PostgresEventStore;
let dataSource: DataSource;
let views: PointInTimeReadModels;

beforeAll(async () => {
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations]);
  store = await PostgresEventStore.open(database.pool);
  dataSource = await createReadModelDataSource(database.url, []).initialize();
  views = new PointInTimeReadModels(dataSource, store, [], { maxEntries: 1, maxBytes: 1_000_000 });
});
afterAll(async () => {
  await dataSource.destroy();
  await store.close();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE projection_checkpoints'));

const moved = (projection: string, commit: number) =>
  dataSource.query(
    `INSERT INTO projection_checkpoints (projection, commit_position, sequence_position) VALUES ($1, $2, 0)
     ON CONFLICT (projection) DO UPDATE SET commit_position = excluded.commit_position`,
    [projection, commit],
  );

/** A query whose every run answers a new text of `size` characters, starting with `name`. */
function counted(size = 10, name = 'live') {
  let runs = 0;
  return {
    run: async () => `${name}${String((runs += 1)).padStart(size, '0')}`,
    get runs() {
      return runs;
    },
  };
}

describe('answers kept under the checkpoints of the projections a query reads', () => {
  it('given a kept answer, when its projections have not moved, then it is answered again without running the query; when one moves, the query runs again', async () => {
    const answers = new ReadModelAnswers(dataSource, ['appeals', 'addressees']);
    const query = counted();
    await moved('appeals', 1);
    const first = await answers.answer('page', query.run);
    expect(await answers.answer('page', query.run)).toBe(first);
    await moved('unrelated', 7);
    expect(await answers.answer('page', query.run)).toBe(first);
    expect(query.runs).toBe(1);
    await moved('addressees', 2);
    expect(await answers.answer('page', query.run)).not.toBe(first);
    expect(query.runs).toBe(2);
  });

  it('given an answer, when it is kept and asked again, then it carries one entity tag for its text, computed once', async () => {
    const answers = new ReadModelAnswers(dataSource, ['appeals']);
    const query = counted();
    const first = await answers.answer('page', query.run);
    expect(first.entityTag).toBe(`W/"${Buffer.byteLength(first.text).toString(16)}-${createHash('sha1').update(first.text).digest('base64').slice(0, 27)}"`);
    expect((await answers.answer('page', query.run)).entityTag).toBe(first.entityTag);
    await moved('appeals', 3);
    expect((await answers.answer('page', query.run)).entityTag).not.toBe(first.entityTag);
  });

  it('given answers beyond the text it keeps, when the least recently used is asked again, then its query runs again while the others are kept', async () => {
    const answers = new ReadModelAnswers(dataSource, ['appeals']);
    const queries = [counted(900_000), counted(900_000), counted(900_000)];
    for (const [index, query] of queries.entries()) await answers.answer(`page ${index}`, query.run);
    await answers.answer('page 1', queries[1].run);
    await answers.answer('page 2', queries[2].run);
    await answers.answer('page 0', queries[0].run);
    expect(queries.map((query) => query.runs)).toEqual([2, 1, 1]);
  });

  it('given a read of a past view, when it is answered, then it is neither taken from nor left among the kept answers', async () => {
    const answers = new ReadModelAnswers(dataSource, ['appeals']);
    const live = counted();
    const kept = await answers.answer('page', live.run);
    const past = counted(10, 'past');
    expect(await views.readAsOf({ schema: 'public' }, () => answers.answer('page', past.run))).not.toBe(kept);
    expect(await answers.answer('page', live.run)).toBe(kept);
    expect([live.runs, past.runs]).toEqual([1, 1]);
  });
});
