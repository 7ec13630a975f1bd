import { projectionSpec, recordedStream } from '../../../projections/src/testing/projection-spec.js';
import type { BallotEvent } from '../domain/ballot/ballot.events.js';
import type { ResolutionEvent } from '../domain/resolution/resolution.events.js';
import { DEFAULT_QUORUM } from '../domain/thresholds.js';
import { ballotsWithHistory } from './resolution-ballots.js';
import { ResolutionBallotHistoryRow, ResolutionBallotRow, ResolutionRow, resolutionsProjection, ResolutionTallyRow } from './resolutions.projection.js';
import { votingMigrations } from './voting.migrations.js';

const spec = projectionSpec(resolutionsProjection, {
  migrations: votingMigrations,
  entities: [ResolutionRow, ResolutionBallotRow, ResolutionBallotHistoryRow, ResolutionTallyRow],
});
const { given } = spec;

const RESOLUTION = '11111111-1111-4111-8111-111111111111';
const ORG_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ORG_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OPENED_AT = '2026-09-10T09:00:00.000Z';
const CLOSES_AT = '2026-09-17T18:00:00.000Z';
const title = { ru: 'О программе стажировок', en: 'On the internship programme' };
const text = { ru: 'Утвердить программу.', en: 'To approve the programme.' };
const amended = { ru: 'Утвердить программу на 2027 год.', en: null };

/** The events of one stream as the ledger gives them, at fixed times an hour apart. */
const stream = (streamId: string, events: readonly (ResolutionEvent | BallotEvent)[], onBehalfOf: string | null = null) =>
  recordedStream(streamId, events, { startsAt: new Date(OPENED_AT), metadata: { actorId: `account-${onBehalfOf ?? 'secretariat'}`, onBehalfOf } });

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

const resolutions = () => spec.dataSource.getRepository(ResolutionRow).find({ order: { id: 'ASC' } });
const ballots = () => ballotsWithHistory(spec.dataSource, RESOLUTION);
const tallyRow = () => spec.dataSource.getRepository(ResolutionTallyRow).findOneBy({ resolutionId: RESOLUTION });

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

  spec.itReplaysIdempotently([...resolutionHistory, ...ballotsOfA, ...ballotsOfB]);
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
      history: await spec.dataSource.getRepository(ResolutionBallotHistoryRow).find({ order: { organizationId: 'ASC', version: 'ASC' } }),
    });
    await given(history);
    const once = await tables();
    expect(once.history).toHaveLength(3);
    await given(history);
    expect(await tables()).toEqual(once);
    await spec.dataSource.query(`TRUNCATE ${resolutionsProjection.tables.join(', ')}`);
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

  it('given voting opened in an earlier batch, when ballots come in batches of their own, then only the electorate’s are counted, looked up in its rows', async () => {
    const outsider = stream(`ballot-${RESOLUTION}_${ORG_C}`, [{ type: 'BallotCast', data: ballot(ORG_C, 'for') }], ORG_C);
    await given(resolutionHistory);
    expect(await spec.dataSource.query('SELECT organization_id FROM resolution_electorates WHERE resolution_id = $1 ORDER BY organization_id', [RESOLUTION])).toEqual([
      { organization_id: ORG_A },
      { organization_id: ORG_B },
    ]);
    await given(outsider);
    await given(ballotsOfB);
    expect(await figures()).toMatchObject({ electorateSize: 2, participants: 1, for: 0, abstain: 1 });
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
