import { migrate } from '#accord/postgres';
import { readModelMigrations } from '#accord/projections';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { membershipMigrations } from './membership.migrations.js';

let database: TestDatabase;

const [register, everyIdentifier] = membershipMigrations;
const EARLIER = '11111111-1111-4111-8111-111111111111';
const LATER = '22222222-2222-4222-8222-222222222222';

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, register]);
  const row = (id: string, ogrn: string, appliedAt: string, admission: string | null) =>
    database.pool.query(
      `INSERT INTO read.members (id, name_ru, search_text, country, category, legal_form, national_identifier, identifier_key, contacts,
         representatives, status, admission, status_history, applied_at, admitted_at, updated_at, version)
       VALUES ($1, 'ООО', 'ооо', 'RU', 'other_ngo', '{}', $2, $3, '{}', '[]', 'admitted', $4, '[]', $5, $5, $5, 2)`,
      [id, JSON.stringify({ country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn, inn: '7707083893' } }), `RU:OGRN:${ogrn}`, admission, appliedAt],
    );
  await row(LATER, '1027700132195', '2026-05-02T10:00:00Z', null);
  await row(EARLIER, '1267700000017', '2026-05-01T10:00:00Z', JSON.stringify({ kind: 'decision', reference: 'Протокол № 1', date: '2026-04-30' }));
  await migrate(database.pool, [...readModelMigrations, register, everyIdentifier]);
});
afterAll(() => database.drop());

describe('migration 0302: member counts', () => {
  it('counts the members already on the register by country, category and status', async () => {
    await migrate(database.pool, membershipMigrations);
    const { rows } = await database.pool.query('SELECT country, category, status, count FROM read.member_counts');
    expect(rows).toEqual([{ country: 'RU', category: 'other_ngo', status: 'admitted', count: 2 }]);
  });
});

describe('migration 0301: every identifier and legal dates', () => {
  it('reserves the INN of the records already on the register, for the earliest application where two share one', async () => {
    const { rows } = await database.pool.query("SELECT member_id FROM membership.identifier_keys WHERE key = 'RU:INN:7707083893'");
    expect(rows).toEqual([{ member_id: EARLIER }]);
  });

  it('fills the identifier values, the primary one first, and the admission date from the decision or the recording day', async () => {
    const { rows } = await database.pool.query('SELECT id, identifier_values, admitted_on::text FROM read.members ORDER BY id');
    expect(rows).toEqual([
      { id: EARLIER, identifier_values: ['1267700000017', '7707083893'], admitted_on: '2026-04-30' },
      { id: LATER, identifier_values: ['1027700132195', '7707083893'], admitted_on: '2026-05-02' },
    ]);
  });
});
