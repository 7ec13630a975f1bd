import { CommandProcessor, RecordNotFound } from '#accord/eventsourcing';
import { ledgerMigrations, PostgresEventStore } from '#accord/ledger';
import { MemberDirectory, MemberRow, membersProjection } from '#accord/membership';
import { createReadModelDataSource, ProjectionRunner, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { ResolutionEvent } from '../domain/resolution/resolution.events.js';
import { DEFAULT_QUORUM } from '../domain/thresholds.js';
import { CompetenceOfBodies } from './competence-of-bodies.js';
import { ResolutionQueries } from './resolution-queries.js';
import { ResolutionBallotHistoryRow, ResolutionBallotRow, ResolutionRow, ResolutionTallyRow, resolutionsProjection } from './resolutions.projection.js';
import { votingMigrations } from './voting.migrations.js';
import { recordedStream } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let store: PostgresEventStore;
let dataSource: DataSource;
let resolutions: ResolutionQueries;

const ORG_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ORG_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const ids = { draft: '11111111-1111-4111-8111-111111111111', march: '22222222-2222-4222-8222-222222222222', april: '33333333-3333-4333-8333-333333333333' };

const stream = (resolutionId: string, events: readonly ResolutionEvent[]) => recordedStream(`resolution-${resolutionId}`, events);

const drafted = (resolutionId: string, draftedAt: string): ResolutionEvent => ({
  type: 'ResolutionDrafted',
  data: {
    resolutionId,
    title: { ru: `Резолюция ${resolutionId.slice(0, 1)}`, en: null },
    text: { ru: 'Утвердить.', en: null },
    body: { kind: 'general_assembly' },
    rule: 'simple_majority',
    quorum: DEFAULT_QUORUM,
    motion: null,
    draftedAt,
  },
});

/** A resolution voted on by both organizations and adopted at `closedAt`. */
const adopted = (resolutionId: string, draftedAt: string, closedAt: string): ResolutionEvent[] => [
  drafted(resolutionId, draftedAt),
  {
    type: 'VotingOpened',
    data: {
      openedAt: draftedAt,
      closesAt: closedAt,
      electorate: [ORG_A, ORG_B],
      rule: 'simple_majority',
      quorum: DEFAULT_QUORUM,
      textVersion: 1,
      venue: { kind: 'online', url: 'https://vote.accord.example' },
      countedBy: [{ ru: 'Секретарь', en: null }],
    },
  },
  {
    type: 'VotingClosed',
    data: {
      closedAt,
      electorateSize: 2,
      participants: 2,
      for: 2,
      against: 0,
      abstain: 0,
      quorumReached: true,
      outcome: 'adopted',
      reason: { ru: 'Решение принято', en: 'Adopted' },
      counted: [],
      recordedAgainstIds: [],
      ignoredBallotIds: [],
    },
  },
];

beforeAll(async () => {
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations, ...votingMigrations]);
  store = await PostgresEventStore.open(database.pool);
  dataSource = await createReadModelDataSource(database.url, [ResolutionRow, ResolutionBallotRow, ResolutionBallotHistoryRow, ResolutionTallyRow, MemberRow]).initialize();
  const directory = new MemberDirectory(store, dataSource, { runner: new ProjectionRunner(dataSource, store, [membersProjection]), timeoutMilliseconds: 1000 });
  const competence = new CompetenceOfBodies(store);
  resolutions = new ResolutionQueries(dataSource, directory, competence, new CommandProcessor(store));
  await dataSource.transaction((manager) =>
    resolutionsProjection.apply(
      [
        ...stream(ids.draft, [drafted(ids.draft, '2026-01-05T09:00:00.000Z')]),
        ...stream(ids.march, adopted(ids.march, '2026-02-01T09:00:00.000Z', '2026-03-31T23:59:59.000Z')),
        ...stream(ids.april, adopted(ids.april, '2026-02-02T09:00:00.000Z', '2026-04-01T00:00:00.000Z')),
      ],
      manager,
    ),
  );
});
afterAll(async () => {
  await dataSource.destroy();
  await store.close();
  await database.drop();
});

const decisionIds = async (filter: Parameters<ResolutionQueries['decisions']>[0]) =>
  (await resolutions.decisions(filter, { limit: 10 })).items.map((item) => item.id);

describe('resolutions read by ResolutionQueries', () => {
  it('lists resolutions in the order they were drafted, filtered by status', async () => {
    expect((await resolutions.list({}, { limit: 10 })).items.map((item) => item.id)).toEqual([ids.draft, ids.march, ids.april]);
    expect((await resolutions.list({ status: 'draft' }, { limit: 10 })).items.map((item) => item.id)).toEqual([ids.draft]);
  });

  it('gives the register of decisions by UTC calendar days of closing, both ends included', async () => {
    expect(await decisionIds({})).toEqual([ids.march, ids.april]);
    expect(await decisionIds({ closedTo: '2026-03-31' })).toEqual([ids.march]);
    expect(await decisionIds({ closedFrom: '2026-04-01', closedTo: '2026-04-01' })).toEqual([ids.april]);
    expect(await decisionIds({ motion: 'none', body: 'council' })).toEqual([]);
  });

  it('gives each member organization did_not_vote where no ballot of it was counted', async () => {
    const record = await resolutions.votingRecord(ORG_A, { limit: 10 });
    expect(record.items.map((entry) => [entry.resolutionId, entry.choice, entry.outcome])).toEqual([
      [ids.march, 'did_not_vote', 'adopted'],
      [ids.april, 'did_not_vote', 'adopted'],
    ]);
  });

  it('answers a resolution that does not exist with RecordNotFound', async () => {
    const auditor = { accountId: 'account-auditor', organizationId: null, roles: ['auditor' as const], via: 'password' as const };
    await expect(resolutions.resolution('44444444-4444-4444-8444-444444444444', auditor)).rejects.toBeInstanceOf(RecordNotFound);
    await expect(resolutions.minutes('44444444-4444-4444-8444-444444444444')).rejects.toBeInstanceOf(RecordNotFound);
  });
});
