import { RecordNotFound } from '#accord/eventsourcing';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { PowerOfAttorneyEvent } from '../domain/power-of-attorney/power-of-attorney.events.js';
import { PowerOfAttorneyQueries } from './power-of-attorney-queries.js';
import { PowerOfAttorneyRow, powersOfAttorneyProjection } from './powers-of-attorney.projection.js';
import { votingMigrations } from './voting.migrations.js';
import { recordedStream } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let dataSource: DataSource;
let powers: PowerOfAttorneyQueries;

const IN_FORCE = '11111111-1111-4111-8111-111111111111';
const REVOKED = '22222222-2222-4222-8222-222222222222';
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

const stream = (powerId: string, events: readonly PowerOfAttorneyEvent[]) => recordedStream(`power-of-attorney-${powerId}`, events, { metadata: { onBehalfOf: A } });

const granted = (powerOfAttorneyId: string, proxyOrganizationId: string): PowerOfAttorneyEvent => ({
  type: 'PowerOfAttorneyGranted',
  data: {
    powerOfAttorneyId,
    principalOrganizationId: A,
    proxyOrganizationId,
    documentSha256: 'a'.repeat(64),
    validFrom: '2026-01-01T00:00:00.000Z',
    validUntil: '2099-01-01T00:00:00.000Z',
    scope: { kind: 'body', body: { kind: 'general_assembly' } },
  },
});

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...votingMigrations]);
  dataSource = await createReadModelDataSource(database.url, [PowerOfAttorneyRow]).initialize();
  powers = new PowerOfAttorneyQueries(dataSource);
  await dataSource.transaction((manager) =>
    powersOfAttorneyProjection.apply(
      [
        ...stream(IN_FORCE, [granted(IN_FORCE, B)]),
        ...stream(REVOKED, [granted(REVOKED, C), { type: 'PowerOfAttorneyRevoked', data: { revokedAt: '2026-09-01T10:00:00.000Z', reason: { ru: 'Отозвана', en: null } } }]),
      ],
      manager,
    ),
  );
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const ids = async (filter: Parameters<PowerOfAttorneyQueries['list']>[0]) => (await powers.list(filter, { limit: 10 })).items.map((item) => item.id);

describe('powers of attorney read by PowerOfAttorneyQueries', () => {
  it('lists powers oldest first, those in force or not, and those an organization gave or holds', async () => {
    expect(await ids({})).toEqual([IN_FORCE, REVOKED]);
    expect(await ids({ active: true })).toEqual([IN_FORCE]);
    expect(await ids({ active: false })).toEqual([REVOKED]);
    expect(await ids({ organizationId: C })).toEqual([REVOKED]);
    expect(await ids({ partyOnly: B })).toEqual([IN_FORCE]);
    expect(await ids({ partyOnly: '' })).toEqual([]);
  });

  it('shows one power with whether it is in force now, and answers an unknown one with RecordNotFound', async () => {
    expect(await powers.power(REVOKED)).toMatchObject({ id: REVOKED, status: 'revoked', active: false, proxyOrganizationId: C });
    await expect(powers.power('33333333-3333-4333-8333-333333333333')).rejects.toBeInstanceOf(RecordNotFound);
  });
});
