import type { RecordedEvent } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { BallotEvent } from '../domain/ballot/ballot.events.js';
import type { ResolutionEvent } from '../domain/resolution/resolution.events.js';
import { DEFAULT_QUORUM } from '../domain/thresholds.js';
import { ResolutionBallotRow, ResolutionRow, resolutionsProjection } from './resolutions.projection.js';
import { votingMigrations } from './voting.migrations.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...votingMigrations]);
  dataSource = await createReadModelDataSource(database.url, [ResolutionRow, ResolutionBallotRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE resolutions, resolution_ballots'));

const RESOLUTION = '11111111-1111-4111-8111-111111111111';
const ORG_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ORG_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OPENED_AT = '2026-09-10T09:00:00.000Z';
const CLOSES_AT = '2026-09-17T18:00:00.000Z';
const title = { ru: 'О программе стажировок', en: 'On the internship programme' };
const text = { ru: 'Утвердить программу.', en: 'To approve the programme.' };
const amended = { ru: 'Утвердить программу на 2027 год.', en: null };

let sequence = 0;
/** The events of one stream as the ledger gives them, at fixed times an hour apart. */
function stream(streamId: string, events: readonly (ResolutionEvent | BallotEvent)[], onBehalfOf: string | null = null): RecordedEvent[] {
  return events.map((event, index) => {
    sequence += 1;
    return {
      eventId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      streamId,
      version: index + 1,
      position: { commit: BigInt(sequence), sequence: BigInt(sequence) },
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { actorId: `account-${onBehalfOf ?? 'secretariat'}`, onBehalfOf, correlationId: 'request-1', causationId: null, commandId: null },
      recordedAt: new Date(Date.UTC(2026, 8, 10, 9 + index)),
      hash: '0'.repeat(64),
    };
  });
}

const ballot = (organizationId: string, choice: 'for' | 'against' | 'abstain') => ({
  resolutionId: RESOLUTION,
  organizationId,
  choice,
  recordAgainst: false,
  castBy: `account-${organizationId}`,
  proxy: null,
  castAt: '2026-09-12T10:00:00.000Z',
});

const resolutionHistory = stream(`resolution-${RESOLUTION}`, [
  {
    type: 'ResolutionDrafted',
    data: {
      resolutionId: RESOLUTION,
      title,
      text,
      body: { kind: 'general_assembly' },
      rule: 'simple_majority',
      quorum: DEFAULT_QUORUM,
      motion: null,
      draftedAt: OPENED_AT,
    },
  },
  { type: 'ResolutionAmended', data: { version: 2, text: amended, amendedAt: OPENED_AT } },
  {
    type: 'VotingOpened',
    data: {
      openedAt: OPENED_AT,
      closesAt: CLOSES_AT,
      electorate: [ORG_A, ORG_B],
      rule: 'simple_majority',
      quorum: DEFAULT_QUORUM,
      textVersion: 2,
      venue: { kind: 'online', url: 'https://vote.accord.example' },
      countedBy: [{ ru: 'Секретарь', en: null }],
    },
  },
]);

const ballotsOfA = stream(
  `ballot-${RESOLUTION}_${ORG_A}`,
  [
    { type: 'BallotCast', data: ballot(ORG_A, 'against') },
    { type: 'BallotChanged', data: { ...ballot(ORG_A, 'for'), previousChoice: 'against' } },
  ],
  ORG_A,
);
const ballotsOfB = stream(`ballot-${RESOLUTION}_${ORG_B}`, [{ type: 'BallotCast', data: ballot(ORG_B, 'abstain') }], ORG_B);

const given = (events: readonly RecordedEvent[]) => dataSource.transaction((manager) => resolutionsProjection.apply(events, manager));
const resolutions = () => dataSource.getRepository(ResolutionRow).find({ order: { id: 'ASC' } });
const ballots = () => dataSource.getRepository(ResolutionBallotRow).find({ order: { organizationId: 'ASC' } });

describe('the resolutions projection', () => {
  it('keeps a resolution with every text version and its voting arrangements', async () => {
    await given(resolutionHistory);
    const [row] = await resolutions();
    expect(row).toMatchObject({
      id: RESOLUTION,
      status: 'voting',
      bodyKind: 'general_assembly',
      motionKind: 'none',
      closedAt: null,
      outcome: null,
      workingGroupId: null,
      text: amended,
      textVersion: 2,
      versions: [expect.objectContaining({ version: 1, text }), expect.objectContaining({ version: 2, text: amended })],
      voting: expect.objectContaining({ electorate: [ORG_A, ORG_B], closesAt: CLOSES_AT }),
      version: 3,
    });
  });

  it('keeps each organization’s ballot that counts now, with who cast it and every change', async () => {
    await given([...resolutionHistory, ...ballotsOfA, ...ballotsOfB]);
    expect(await ballots()).toEqual([
      expect.objectContaining({
        organizationId: ORG_A,
        choice: 'for',
        castBy: `account-${ORG_A}`,
        onBehalfOf: ORG_A,
        eventId: ballotsOfA[1].eventId,
        history: [expect.objectContaining({ type: 'BallotCast', choice: 'against' }), expect.objectContaining({ type: 'BallotChanged', choice: 'for', previousChoice: 'against' })],
        version: 2,
      }),
      expect.objectContaining({ organizationId: ORG_B, choice: 'abstain', version: 1 }),
    ]);
  });

  it('records the outcome when voting closes', async () => {
    const closing = stream(`resolution-${RESOLUTION}`, [
      ...resolutionHistory.map((event) => event as unknown as ResolutionEvent),
      {
        type: 'VotingClosed',
        data: {
          closedAt: CLOSES_AT,
          electorateSize: 2,
          participants: 2,
          for: 1,
          against: 0,
          abstain: 1,
          quorumReached: true,
          outcome: 'rejected',
          reason: { ru: 'Решение не принято', en: 'Rejected' },
          counted: [],
          recordedAgainstIds: [],
          ignoredBallotIds: [],
        },
      },
    ]);
    await given(closing);
    const [row] = await resolutions();
    expect(row).toMatchObject({
      status: 'closed',
      result: expect.objectContaining({ outcome: 'rejected' }),
      closedAt: new Date(CLOSES_AT),
      outcome: 'rejected',
      consequence: null,
      version: 4,
    });
  });

  it('changes nothing when the same events are applied again', async () => {
    const history = [...resolutionHistory, ...ballotsOfA, ...ballotsOfB];
    await given(history);
    const once = { resolutions: await resolutions(), ballots: await ballots() };
    await given(history);
    expect({ resolutions: await resolutions(), ballots: await ballots() }).toEqual(once);
  });
});
