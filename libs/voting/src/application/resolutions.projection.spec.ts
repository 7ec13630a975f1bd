import { projectionSpec, recordedStream } from '../../../projections/src/testing/projection-spec.js';
import type { BallotEvent } from '../domain/ballot/ballot.events.js';
import type { ResolutionEvent } from '../domain/resolution/resolution.events.js';
import { DEFAULT_QUORUM } from '../domain/thresholds.js';
import { ResolutionBallotRow, ResolutionRow, resolutionsProjection } from './resolutions.projection.js';
import { votingMigrations } from './voting.migrations.js';

const spec = projectionSpec(resolutionsProjection, { migrations: votingMigrations, entities: [ResolutionRow, ResolutionBallotRow] });
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
const ballots = () => spec.dataSource.getRepository(ResolutionBallotRow).find({ order: { organizationId: 'ASC' } });

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
