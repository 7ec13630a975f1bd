import type { RecordedEvent } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { PowerOfAttorneyEvent } from '../domain/power-of-attorney/power-of-attorney.events.js';
import { PowerOfAttorneyRow, powersOfAttorneyProjection } from './powers-of-attorney.projection.js';
import { votingMigrations } from './voting.migrations.js';
import { projectionSpec } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...votingMigrations]);
  dataSource = await createReadModelDataSource(database.url, [PowerOfAttorneyRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE powers_of_attorney'));

const POWER = '22222222-2222-4222-8222-222222222222';
const PRINCIPAL = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const PROXY = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const reason = { ru: 'Отозвана доверителем', en: null };

function stream(events: readonly PowerOfAttorneyEvent[]): RecordedEvent[] {
  return events.map((event, index) => ({
    eventId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    streamId: `power-of-attorney-${POWER}`,
    version: index + 1,
    position: { commit: BigInt(index + 1), sequence: BigInt(index + 1) },
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: { actorId: `account-${index}`, onBehalfOf: PRINCIPAL, correlationId: 'request-1', causationId: null, commandId: null },
    recordedAt: new Date(Date.UTC(2026, 8, 1, 9 + index)),
    hash: '0'.repeat(64),
  }));
}

const history = stream([
  {
    type: 'PowerOfAttorneyGranted',
    data: {
      powerOfAttorneyId: POWER,
      principalOrganizationId: PRINCIPAL,
      proxyOrganizationId: PROXY,
      documentSha256: 'a'.repeat(64),
      validFrom: '2026-09-01T00:00:00.000Z',
      validUntil: '2027-09-01T00:00:00.000Z',
      scope: { kind: 'body', body: { kind: 'general_assembly' } },
    },
  },
  { type: 'PowerOfAttorneyRevoked', data: { revokedAt: '2026-09-01T10:00:00.000Z', reason } },
]);

const powers = () => dataSource.getRepository(PowerOfAttorneyRow).find();
const spec = projectionSpec(() => dataSource, powersOfAttorneyProjection, powers);
const { given } = spec;

describe('the powers of attorney projection', () => {
  it('keeps a granted power with its parties, validity and scope', async () => {
    await given(history.slice(0, 1));
    expect(await powers()).toEqual([
      expect.objectContaining({
        id: POWER,
        principalOrganizationId: PRINCIPAL,
        proxyOrganizationId: PROXY,
        validFrom: new Date('2026-09-01T00:00:00.000Z'),
        scope: { kind: 'body', body: { kind: 'general_assembly' } },
        status: 'granted',
        grantedBy: 'account-0',
        revokedAt: null,
        version: 1,
      }),
    ]);
  });

  it('records the revocation with its reason and who made it', async () => {
    await given(history);
    expect(await powers()).toEqual([
      expect.objectContaining({ status: 'revoked', revokedAt: new Date('2026-09-01T10:00:00.000Z'), revocationReason: reason, revokedBy: 'account-1', version: 2 }),
    ]);
  });

  it('records the end of a power with the membership event that caused it', async () => {
    const cause = { kind: 'member_expelled' as const, organizationId: PROXY, eventId: 'event-expelled' };
    const ended = stream([
      ...history.slice(0, 1).map((event) => ({ type: event.type, data: event.data }) as PowerOfAttorneyEvent),
      { type: 'PowerOfAttorneyEnded', data: { endedAt: '2026-09-01T10:00:00.000Z', cause } },
    ]);
    await given(ended);
    expect(await powers()).toEqual([
      expect.objectContaining({ status: 'ended', endedAt: new Date('2026-09-01T10:00:00.000Z'), endCause: cause, revokedAt: null, version: 2 }),
    ]);
  });

  it('changes nothing when the same events are applied again', () => spec.thenReplayChangesNothing(history));
});
