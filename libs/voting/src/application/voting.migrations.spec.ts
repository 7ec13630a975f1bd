import { migrate } from '#accord/postgres';
import { readModelMigrations } from '#accord/projections';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { DEFAULT_QUORUM } from '../domain/thresholds.js';
import { votingMigrations } from './voting.migrations.js';

let database: TestDatabase;

const before = votingMigrations.filter((migration) => migration.id < '0504');
const OPEN = '11111111-1111-4111-8111-111111111111';
const CLOSED = '22222222-2222-4222-8222-222222222222';
const ORG_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ORG_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OUTSIDER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const PROXY = { proxyOrganizationId: OUTSIDER, powerOfAttorneyId: '33333333-3333-4333-8333-333333333333' };

const entry = (eventId: string, type: string, choice: string, previousChoice: string | null, proxy: object | null = null) => ({
  eventId,
  type,
  choice,
  previousChoice,
  recordAgainst: false,
  actorId: 'account-1',
  onBehalfOf: null,
  proxy,
  castAt: '2026-09-12T10:00:00.000Z',
});

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...before]);
  const resolution = (id: string, status: string, result: object | null) =>
    database.pool.query(
      `INSERT INTO read.resolutions (id, status, body, body_kind, title, text, text_version, versions, rule, quorum, voting, result, drafted_at, updated_at, version)
       VALUES ($1, $2, '{"kind":"general_assembly"}', 'general_assembly', '{}', '{}', 1, '[]', 'simple_majority', $3, $4, $5, now(), now(), 3)`,
      [id, status, DEFAULT_QUORUM, { electorate: [ORG_A, ORG_B], closesAt: '2026-09-17T18:00:00.000Z', rule: 'simple_majority', quorum: DEFAULT_QUORUM }, result],
    );
  const ballot = (resolutionId: string, organizationId: string, choice: string, history: object[]) =>
    database.pool.query(
      `INSERT INTO read.resolution_ballots (resolution_id, organization_id, choice, record_against, cast_by, cast_at, event_id, history, version)
       VALUES ($1, $2, $3, false, 'account-1', now(), $4, $5, $6)`,
      [resolutionId, organizationId, choice, (history.at(-1) as { eventId: string }).eventId, JSON.stringify(history), history.length],
    );
  await resolution(OPEN, 'voting', null);
  await resolution(CLOSED, 'closed', { electorateSize: 2, participants: 1, for: 0, against: 1, abstain: 0 });
  await ballot(OPEN, ORG_A, 'for', [
    entry('00000000-0000-4000-8000-000000000001', 'BallotCast', 'against', null),
    entry('00000000-0000-4000-8000-000000000002', 'BallotChanged', 'for', 'against'),
  ]);
  await ballot(OPEN, ORG_B, 'abstain', [entry('00000000-0000-4000-8000-000000000003', 'BallotCast', 'abstain', null, PROXY)]);
  await ballot(OPEN, OUTSIDER, 'against', [entry('00000000-0000-4000-8000-000000000004', 'BallotCast', 'against', null)]);
  await migrate(database.pool, [...readModelMigrations, ...votingMigrations]);
});
afterAll(() => database.drop());

describe('migration 0504: ballot history and tallies', () => {
  it('moves each ballot’s history into rows of its own, one per version of its stream', async () => {
    const { rows } = await database.pool.query(
      'SELECT organization_id, version, type, choice, previous_choice, proxy, cast_at FROM read.resolution_ballot_history ORDER BY organization_id, version',
    );
    expect(rows).toEqual([
      { organization_id: ORG_A, version: 1, type: 'BallotCast', choice: 'against', previous_choice: null, proxy: null, cast_at: '2026-09-12T10:00:00.000Z' },
      { organization_id: ORG_A, version: 2, type: 'BallotChanged', choice: 'for', previous_choice: 'against', proxy: null, cast_at: '2026-09-12T10:00:00.000Z' },
      { organization_id: ORG_B, version: 1, type: 'BallotCast', choice: 'abstain', previous_choice: null, proxy: PROXY, cast_at: '2026-09-12T10:00:00.000Z' },
      { organization_id: OUTSIDER, version: 1, type: 'BallotCast', choice: 'against', previous_choice: null, proxy: null, cast_at: '2026-09-12T10:00:00.000Z' },
    ]);
  });

  it('counts the electorate’s ballots of an open vote and takes a closed vote’s figures from its result', async () => {
    const { rows } = await database.pool.query(
      'SELECT resolution_id, status, electorate_size, participants, for_count, against_count, abstain_count FROM read.resolution_tallies ORDER BY resolution_id',
    );
    expect(rows).toEqual([
      { resolution_id: OPEN, status: 'voting', electorate_size: 2, participants: 2, for_count: 1, against_count: 0, abstain_count: 1 },
      { resolution_id: CLOSED, status: 'closed', electorate_size: 2, participants: 1, for_count: 0, against_count: 1, abstain_count: 0 },
    ]);
  });
});

describe('migration 0505: resolution electorates', () => {
  it('gives each organization of every vote’s electorate a row of its own', async () => {
    const { rows } = await database.pool.query('SELECT resolution_id, organization_id FROM read.resolution_electorates ORDER BY resolution_id, organization_id');
    expect(rows).toEqual([
      { resolution_id: OPEN, organization_id: ORG_A },
      { resolution_id: OPEN, organization_id: ORG_B },
      { resolution_id: CLOSED, organization_id: ORG_A },
      { resolution_id: CLOSED, organization_id: ORG_B },
    ]);
  });
});
