import type { RecordedEvent } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { BallotEvent } from '../domain/ballot/ballot.events.js';
import type { ResolutionEvent } from '../domain/resolution/resolution.events.js';
import { DEFAULT_QUORUM } from '../domain/thresholds.js';
import { ballotsWithHistory } from './resolution-ballots.js';
import { ResolutionBallotHistoryRow, ResolutionBallotRow, ResolutionRow, resolutionsProjection, ResolutionTallyRow } from './resolutions.projection.js';
import { votingMigrations } from './voting.migrations.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...votingMigrations]);
  dataSource = await createReadModelDataSource(database.url, [ResolutionRow, ResolutionBallotRow, ResolutionBallotHistoryRow, ResolutionTallyRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE resolutions, resolution_ballots, resolution_ballot_history, resolution_tallies'));

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
const ballots = () => ballotsWithHistory(dataSource, RESOLUTION);
const tallyRow = () => dataSource.getRepository(ResolutionTallyRow).findOneBy({ resolutionId: RESOLUTION });

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

const ORG_C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const POWER = '22222222-2222-4222-8222-222222222222';

/** The closing of the vote, the fourth event of the resolution's stream. */
const closingWith = (figures: { participants: number; for: number; against: number; abstain: number }) =>
  stream(`resolution-${RESOLUTION}`, [
    ...resolutionHistory.map((event) => event as unknown as ResolutionEvent),
    {
      type: 'VotingClosed',
      data: {
        closedAt: CLOSES_AT,
        electorateSize: 2,
        ...figures,
        quorumReached: true,
        outcome: 'rejected',
        reason: { ru: 'Решение не принято', en: 'Rejected' },
        counted: [],
        recordedAgainstIds: [],
        ignoredBallotIds: [],
      },
    },
  ]).slice(-1);

const figures = async () => {
  const row = await tallyRow();
  return row && { status: row.status, electorateSize: row.electorateSize, participants: row.participants, for: row.for, against: row.against, abstain: row.abstain };
};

describe('the maintained tally of a vote', () => {
  it('opens with the vote, empty, under its rule and quorum', async () => {
    await given(resolutionHistory.slice(0, 2));
    expect(await tallyRow()).toBeNull();
    await given(resolutionHistory);
    expect(await tallyRow()).toMatchObject({ status: 'voting', closesAt: CLOSES_AT, rule: 'simple_majority', quorum: DEFAULT_QUORUM, electorateSize: 2, participants: 0, for: 0, against: 0, abstain: 0 });
  });

  it('moves a changed ballot’s count from the choice it replaces, counting its organization once', async () => {
    await given([...resolutionHistory, ballotsOfA[0]]);
    expect(await figures()).toMatchObject({ participants: 1, for: 0, against: 1, abstain: 0 });
    await given([ballotsOfA[1], ...ballotsOfB]);
    expect(await figures()).toMatchObject({ participants: 2, for: 1, against: 0, abstain: 1 });
  });

  it('keeps the same row when the same events are applied twice, or one by one', async () => {
    const history = [...resolutionHistory, ...ballotsOfA, ...ballotsOfB];
    const tables = async () => ({
      tally: await tallyRow(),
      history: await dataSource.getRepository(ResolutionBallotHistoryRow).find({ order: { organizationId: 'ASC', version: 'ASC' } }),
    });
    await given(history);
    const once = await tables();
    expect(once.history).toHaveLength(3);
    await given(history);
    expect(await tables()).toEqual(once);
    await dataSource.query('TRUNCATE resolutions, resolution_ballots, resolution_ballot_history, resolution_tallies');
    for (const event of history) await given([event]);
    expect(await tables()).toEqual(once);
  });

  it('counts a ballot cast under a power of attorney for the organization it was cast for', async () => {
    const byProxy = stream(
      `ballot-${RESOLUTION}_${ORG_B}`,
      [{ type: 'BallotCast', data: { ...ballot(ORG_B, 'for'), castBy: `account-${ORG_C}`, proxy: { proxyOrganizationId: ORG_C, powerOfAttorneyId: POWER } } }],
      ORG_C,
    );
    await given([...resolutionHistory, ...byProxy]);
    expect(await figures()).toMatchObject({ participants: 1, for: 1 });
    const [record] = (await ballots()).map((row) => row.history);
    expect(record).toEqual([expect.objectContaining({ actorId: `account-${ORG_C}`, onBehalfOf: ORG_C, proxy: { proxyOrganizationId: ORG_C, powerOfAttorneyId: POWER } })]);
  });

  it('keeps the ballot of an organization outside the electorate out of the figures', async () => {
    const outsider = stream(`ballot-${RESOLUTION}_${ORG_C}`, [{ type: 'BallotCast', data: ballot(ORG_C, 'for') }], ORG_C);
    await given([...resolutionHistory, ...outsider, ...ballotsOfB]);
    expect(await figures()).toMatchObject({ electorateSize: 2, participants: 1, for: 0, abstain: 1 });
    expect((await ballots()).map((row) => row.organizationId)).toEqual([ORG_B, ORG_C]);
  });

  it('freezes at the figures of the result when voting closes, whatever ballot is applied after', async () => {
    await given([...resolutionHistory, ...ballotsOfA, ...ballotsOfB, ...closingWith({ participants: 2, for: 1, against: 0, abstain: 1 })]);
    const closed = await tallyRow();
    expect(closed).toMatchObject({ status: 'closed', participants: 2, for: 1, against: 0, abstain: 1 });
    const late = stream(`ballot-${RESOLUTION}_${ORG_B}`, [ballotsOfB[0] as unknown as BallotEvent, { type: 'BallotChanged', data: { ...ballot(ORG_B, 'for'), previousChoice: 'abstain' } }], ORG_B);
    await given(late.slice(1));
    expect(await tallyRow()).toEqual(closed);
  });
});
