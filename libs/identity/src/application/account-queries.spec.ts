import { RecordNotFound } from '#accord/eventsourcing';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { AccountEvent } from '../domain/account/account.events.js';
import { AccountQueries } from './account-queries.js';
import { AccountRow, accountsProjection } from './accounts.projection.js';
import { identityMigrations } from './identity.migrations.js';
import { recordedStream } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let dataSource: DataSource;
let accounts: AccountQueries;

const CHAIR = '11111111-1111-4111-8111-111111111111';
const AUDITOR = '22222222-2222-4222-8222-222222222222';
const LEFT = '33333333-3333-4333-8333-333333333333';

const stream = (accountId: string, events: readonly AccountEvent[]) => recordedStream(`account-${accountId}`, events);

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...identityMigrations]);
  dataSource = await createReadModelDataSource(database.url, [AccountRow]).initialize();
  accounts = new AccountQueries(dataSource);
  await dataSource.transaction((manager) =>
    accountsProjection.apply(
      [
        ...stream(CHAIR, [{ type: 'AccountRegistered', data: { name: 'Анна Петрова', email: 'chair@accord.example', roles: ['admin'], organizationId: null } }]),
        ...stream(AUDITOR, [{ type: 'AccountRegistered', data: { name: 'Ivan Auditor', email: 'audit@accord.example', roles: ['auditor'], organizationId: null } }]),
        ...stream(LEFT, [
          { type: 'AccountRegistered', data: { name: 'Бывший сотрудник', email: 'left@accord.example', roles: ['secretariat'], organizationId: null } },
          { type: 'AccountDeactivated', data: { reason: 'Уволился' } },
        ]),
      ],
      manager,
    ),
  );
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const ids = async (filter: Parameters<AccountQueries['list']>[0]) => (await accounts.list(filter, { limit: 10 })).items.map((item) => item.id);

describe('accounts read by AccountQueries', () => {
  it('lists accounts by id, a page at a time', async () => {
    const first = await accounts.list({}, { limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([CHAIR, AUDITOR]);
    expect(await accounts.list({}, { limit: 2, cursor: first.nextCursor! })).toEqual({ items: [expect.objectContaining({ id: LEFT, status: 'deactivated' })], nextCursor: null });
  });

  it('filters by role, status and a part of the name or e-mail', async () => {
    expect(await ids({ role: 'auditor' })).toEqual([AUDITOR]);
    expect(await ids({ status: 'active' })).toEqual([CHAIR, AUDITOR]);
    expect(await ids({ q: 'петров' })).toEqual([CHAIR]);
    expect(await ids({ q: 'AUDIT@' })).toEqual([AUDITOR]);
  });

  it('shows one account without any secret, and answers an unknown one with RecordNotFound', async () => {
    expect(Object.keys(await accounts.account(CHAIR)).sort()).toEqual(['apiTokens', 'email', 'id', 'name', 'organizationId', 'registeredAt', 'roles', 'status', 'version']);
    await expect(accounts.account('44444444-4444-4444-8444-444444444444')).rejects.toBeInstanceOf(RecordNotFound);
  });
});
