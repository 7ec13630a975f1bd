import { Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { createReadModelDataSource } from './read-model-data-source.js';
import { readModelMigrations } from './read-model.migrations.js';
import { insertRows, upsertRows } from './set-writes.js';

@Entity({ name: 'set_write_samples' })
class SampleRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text', name: 'name_ru' })
  nameRu: string;

  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ type: 'jsonb' })
  details: { readonly steps: readonly { readonly at: string; readonly note: string | null }[] };

  @Column({ type: 'jsonb', nullable: true })
  reason: { readonly ru: string } | null;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;

  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn: string | null;

  @Column({ type: 'bigint', name: 'commit_position' })
  commitPosition: string;

  @Column({ type: 'boolean' })
  closed: boolean;
}

const migration = {
  id: '9000-set-write-samples',
  sql: `CREATE TABLE read.set_write_samples (
    id uuid NOT NULL, version integer NOT NULL, name_ru text NOT NULL, name_en text, tags text[] NOT NULL,
    details jsonb NOT NULL, reason jsonb, recorded_at timestamptz NOT NULL, due_on date, commit_position bigint NOT NULL,
    closed boolean NOT NULL, PRIMARY KEY (id, version))`,
};

const sample = (id: string, version: number, changes: Partial<SampleRow> = {}): SampleRow => ({
  id,
  version,
  nameRu: 'Ёлка «Север»\n"кавычки" \\ и \u2028',
  nameEn: null,
  tags: ['a', 'b,c', '{d}', ''],
  details: { steps: [{ at: '2026-09-01', note: null }, { at: '2026-09-02', note: 'it\'s "done"' }] },
  reason: null,
  recordedAt: new Date('2026-09-01T09:00:00.123Z'),
  dueOn: '2026-10-01',
  commitPosition: '9007199254740993',
  closed: false,
  ...changes,
});

let database: TestDatabase;
let dataSource: DataSource;
const rows = () => dataSource.getRepository(SampleRow).find({ order: { id: 'ASC', version: 'ASC' } });

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, migration]);
  dataSource = await createReadModelDataSource(database.url, [SampleRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE set_write_samples'));

const FIRST = '00000000-0000-4000-8000-000000000001';
const SECOND = '00000000-0000-4000-8000-000000000002';

describe('set writes', () => {
  it('given rows with text, arrays, JSON, times, dates and big integers, when upserted, then they read back as they were held', async () => {
    const written = [sample(FIRST, 1), sample(SECOND, 1, { nameEn: 'North', reason: { ru: 'причина' }, dueOn: null, closed: true })];
    await dataSource.transaction((manager) => upsertRows(manager, SampleRow, written, ['id', 'version']));
    expect(await rows()).toEqual(written);
    // A null is SQL's NULL, not JSON's null, as TypeORM itself writes it.
    expect(await dataSource.query('SELECT reason IS NULL AS absent FROM set_write_samples ORDER BY id')).toEqual([{ absent: true }, { absent: false }]);
  });

  it('given a row already held, when upserted again changed, then every column but the key is the new one', async () => {
    await dataSource.transaction((manager) => upsertRows(manager, SampleRow, [sample(FIRST, 1)], ['id', 'version']));
    const changed = sample(FIRST, 1, { nameRu: 'Юг', tags: [], details: { steps: [] }, reason: { ru: 'иначе' }, closed: true });
    await dataSource.transaction((manager) => upsertRows(manager, SampleRow, [changed, sample(SECOND, 1)], ['id', 'version']));
    expect(await rows()).toEqual([changed, sample(SECOND, 1)]);
  });

  it('given an entry already held, when inserted again with other values, then the held entry stays and the new ones are added', async () => {
    await dataSource.transaction((manager) => insertRows(manager, SampleRow, [sample(FIRST, 1)]));
    await dataSource.transaction((manager) => insertRows(manager, SampleRow, [sample(FIRST, 1, { nameRu: 'Другое' }), sample(FIRST, 2)]));
    expect(await rows()).toEqual([sample(FIRST, 1), sample(FIRST, 2)]);
  });

  it('given no rows, when written, then nothing changes', async () => {
    await dataSource.transaction(async (manager) => {
      await upsertRows(manager, SampleRow, [], ['id']);
      await insertRows(manager, SampleRow, []);
    });
    expect(await rows()).toEqual([]);
  });
});
