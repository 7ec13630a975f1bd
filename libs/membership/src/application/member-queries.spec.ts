import { randomUUID } from 'node:crypto';
import { RecordNotFound } from '#accord/eventsourcing';
import { ledgerMigrations, PostgresEventStore } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { BodyDecision, MemberEvent } from '../domain/member.events.js';
import { MEMBER_STATUS_TITLES } from '../domain/member.state.js';
import { kazakhApplication, russianApplication } from '../domain/testing/applications.js';
import { MemberQueries } from './member-queries.js';
import { MemberRow, membersProjection } from './members.projection.js';
import { membershipMigrations } from './membership.migrations.js';

let database: TestDatabase;
let store: PostgresEventStore;
let dataSource: DataSource;
let members: MemberQueries;

beforeAll(async () => {
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations, ...membershipMigrations]);
  store = await PostgresEventStore.open(database.pool);
  dataSource = await createReadModelDataSource(database.url, [MemberRow]).initialize();
  members = new MemberQueries(dataSource, store);
});
afterAll(async () => {
  await dataSource.destroy();
  await store.close();
  await database.drop();
});
// The ledger keeps every test's streams, so each test names its organizations afresh.
let RUSSIAN: string;
let KAZAKH: string;
beforeEach(async () => {
  await dataSource.query('TRUNCATE members, member_counts');
  RUSSIAN = randomUUID();
  KAZAKH = randomUUID();
});
const decision: BodyDecision = { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания № 3, п. 2', date: '2026-06-30' };
const metadata = { actorId: 'account-1', onBehalfOf: null, correlationId: 'request-1', causationId: null, commandId: null };

/** Records a member's events in the ledger and applies them to the read model, as the runner would. */
async function given(memberId: string, events: readonly MemberEvent[]): Promise<void> {
  const streamId = `member-${memberId}`;
  await store.append(streamId, events.map((event) => ({ eventId: randomUUID(), ...event, metadata })), 'any');
  const recorded = await store.readStream(streamId);
  await dataSource.transaction((manager) => membersProjection.apply(recorded.slice(-events.length), manager));
}

const applied = (memberId: string, application = russianApplication) => given(memberId, [{ type: 'MembershipApplicationSubmitted', data: application }]);

describe('the register read by MemberQueries', () => {
  it('lists organizations by Russian name, a page at a time, with a cursor to the next', async () => {
    await applied(RUSSIAN);
    await applied(KAZAKH, kazakhApplication);
    const first = await members.list({}, { limit: 1 });
    expect(first.items.map((item) => item.name.ru)).toEqual([russianApplication.name.ru]);
    const second = await members.list({}, { limit: 1, cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ id: KAZAKH, status: 'applied', statusTitle: MEMBER_STATUS_TITLES.applied })], nextCursor: null });
  });

  it('finds an organization by a word of its name and by the whole value of its identifier, spaces ignored', async () => {
    await applied(RUSSIAN);
    await applied(KAZAKH, kazakhApplication);
    expect((await members.list({ q: 'работодател' }, { limit: 10 })).items.map((item) => item.id)).toEqual([KAZAKH]);
    expect((await members.list({ identifier: '2604 4000 0701' }, { limit: 10 })).items.map((item) => item.id)).toEqual([KAZAKH]);
    expect((await members.list({ country: 'RU', status: 'applied' }, { limit: 10 })).items.map((item) => item.id)).toEqual([RUSSIAN]);
  });

  it('gives a representative only its own organization, and one without an organization nothing', async () => {
    await applied(RUSSIAN);
    await applied(KAZAKH, kazakhApplication);
    expect((await members.list({ onlyId: RUSSIAN }, { limit: 10 })).items.map((item) => item.id)).toEqual([RUSSIAN]);
    expect((await members.list({ onlyId: null }, { limit: 10 })).items).toEqual([]);
  });

  it('counts organizations by country, category and status', async () => {
    await applied(RUSSIAN);
    await applied(KAZAKH, kazakhApplication);
    await given(RUSSIAN, [{ type: 'MemberAdmitted', data: { membership: 'full', decision } }]);
    const statistics = await members.statistics();
    expect(statistics.total).toBe(2);
    expect(statistics.counts.map(({ country, category, status, count }) => [country, category, status, count])).toEqual([
      ['KZ', 'employers_association', 'applied', 1],
      ['RU', 'staffing_agency', 'admitted', 1],
    ]);
  });

  it("shows an organization's card with every event of its record up to the version the row shows", async () => {
    await applied(RUSSIAN);
    await given(RUSSIAN, [{ type: 'MemberAdmitted', data: { membership: 'full', decision } }]);
    const card = await members.card(RUSSIAN);
    expect(card).toMatchObject({ id: RUSSIAN, status: 'admitted', version: 2, nextMemberId: null });
    expect(card.history.map((entry) => [entry.version, entry.type, entry.decision])).toEqual([
      [1, 'MembershipApplicationSubmitted', null],
      [2, 'MemberAdmitted', decision],
    ]);
  });

  it("lists an admitted organization with the same day, moment and fields its card shows", async () => {
    await applied(RUSSIAN);
    await given(RUSSIAN, [{ type: 'MemberAdmitted', data: { membership: 'full', decision } }]);
    const [item] = (await members.list({}, { limit: 10 })).items;
    const card = await members.card(RUSSIAN);
    expect(item.admittedOn).toBe(decision.date);
    expect(item.admittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(card).toMatchObject(item);
  });

  it('answers a card that is not in the register with RecordNotFound', async () => {
    await expect(members.card(randomUUID())).rejects.toBeInstanceOf(RecordNotFound);
  });
});
