import { randomUUID } from 'node:crypto';
import { CommandProcessor, runWithContext, type ActionContext } from '#accord/eventsourcing';
import { ledgerMigrations, PostgresEventStore, type EventStore, type ReadStreamOptions, type StreamTail } from '#accord/ledger';
import type { MemberDirectory } from '#accord/membership';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { DEFAULT_COMPETENCE } from '../domain/competence.js';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import type { CompetenceOfBodies } from './competence-of-bodies.js';
import type { CouncilRoster } from './council-roster.js';
import { ResolutionVoting } from './resolution-voting.js';

const now = new Date('2026-09-12T10:00:00.000Z');
const secretariat: ActionContext = { actorId: 'account-secretariat', onBehalfOf: null, correlationId: 'request-1', causationId: 'request-1' };
const representativeOf = (organizationId: string): ActionContext => ({ ...secretariat, actorId: `account-${organizationId}`, onBehalfOf: organizationId });
const text = { ru: 'Утвердить программу стажировок', en: 'To approve the internship programme' };

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
  store = await PostgresEventStore.open(database.pool);
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

/** A server instance: its own processor (and kept folds) on the shared ledger; ballots need none of the other ports. */
function instance(ledger: EventStore = store): { processor: CommandProcessor; voting: ResolutionVoting } {
  const processor = new CommandProcessor(ledger, { clock: () => now });
  const unused = {} as MemberDirectory & CompetenceOfBodies & CouncilRoster;
  return { processor, voting: new ResolutionVoting(processor, ledger, unused, unused, unused) };
}

async function draft(processor: CommandProcessor, resolutionId: string): Promise<void> {
  const data = { resolutionId, title: text, text, body: { kind: 'general_assembly' as const }, rule: 'simple_majority' as const, motion: null, competence: DEFAULT_COMPETENCE };
  await runWithContext(secretariat, () => processor.execute(resolutionAggregate, resolutionId, { type: 'DraftResolution', data }));
}

async function open(processor: CommandProcessor, resolutionId: string, electorate: string[]): Promise<void> {
  const data = {
    closesAt: '2026-09-17T18:00:00.000Z',
    electorate,
    venue: { kind: 'online' as const, url: 'https://vote.accord.example/assembly' },
    countedBy: [{ ru: 'Секретарь собрания', en: 'The secretary of the meeting' }],
    competence: DEFAULT_COMPETENCE,
  };
  await runWithContext(secretariat, () => processor.execute(resolutionAggregate, resolutionId, { type: 'OpenVoting', data }));
}

const vote = (voting: ResolutionVoting, resolutionId: string, organizationId: string, choice: 'for' | 'against') =>
  runWithContext(representativeOf(organizationId), () => voting.castBallot(resolutionId, organizationId, { choice }));

/** The store, noting the streams of every read through it: one entry per round trip. */
function watchingReads(): { reads: string[][]; watched: EventStore } {
  const reads: string[][] = [];
  const watched = new Proxy<EventStore>(store, {
    get(target, key) {
      if (key === 'readStream') {
        return (streamId: string, options?: ReadStreamOptions) => (reads.push([streamId]), target.readStream(streamId, options));
      }
      if (key === 'readStreamTails') {
        return (tails: readonly StreamTail[]) => (reads.push(tails.map((tail) => tail.streamId)), target.readStreamTails(tails));
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { reads, watched };
}

describe('ballots decided on the voting session a server instance keeps', () => {
  it('given an open vote this instance keeps, when ballots are cast and changed, then the resolution stream is never read on its own for them', async () => {
    const { reads, watched } = watchingReads();
    const { processor, voting } = instance(watched);
    const [resolutionId, organizationId] = [randomUUID(), randomUUID()];
    await draft(processor, resolutionId);
    await open(processor, resolutionId, [organizationId]);
    reads.length = 0;
    await vote(voting, resolutionId, organizationId, 'for');
    const changed = await vote(voting, resolutionId, organizationId, 'against');
    expect(changed.version).toBe(2);
    // The first ballot's stream is read, and the resolution's tail beside it in the same round trip; the change is only appended.
    expect(reads).toEqual([[`ballot-${resolutionId}_${organizationId}`, `resolution-${resolutionId}`]]);
    expect((await store.readStream(`ballot-${resolutionId}_${organizationId}`)).map((event) => event.type)).toEqual(['BallotCast', 'BallotChanged']);
  });

  it('given a counted ballot, when the same choice is cast again on the session this instance keeps, then nothing is written and both streams are read once, together', async () => {
    const { reads, watched } = watchingReads();
    const { processor, voting } = instance(watched);
    const [resolutionId, organizationId] = [randomUUID(), randomUUID()];
    await draft(processor, resolutionId);
    await open(processor, resolutionId, [organizationId]);
    await vote(voting, resolutionId, organizationId, 'for');
    reads.length = 0;
    const repeated = await vote(voting, resolutionId, organizationId, 'for');
    expect(repeated).toMatchObject({ version: 1, events: [] });
    expect(reads).toEqual([[`ballot-${resolutionId}_${organizationId}`, `resolution-${resolutionId}`]]);
    expect((await store.readStream(`ballot-${resolutionId}_${organizationId}`)).map((event) => event.type)).toEqual(['BallotCast']);
  });

  it('given a vote another instance withdrew after this one kept it open, when a counted ballot is repeated here, then it is refused', async () => {
    const [here, there] = [instance(), instance()];
    const [resolutionId, organizationId] = [randomUUID(), randomUUID()];
    await draft(here.processor, resolutionId);
    await open(here.processor, resolutionId, [organizationId]);
    await vote(here.voting, resolutionId, organizationId, 'for');
    await runWithContext(secretariat, () =>
      there.processor.execute(resolutionAggregate, resolutionId, { type: 'WithdrawResolution', data: { reason: { ru: 'Отозван', en: 'Withdrawn' } } }),
    );
    await expect(vote(here.voting, resolutionId, organizationId, 'for')).rejects.toMatchObject({ code: 'RESOLUTION_WITHDRAWN' });
    expect((await store.readStream(`ballot-${resolutionId}_${organizationId}`)).map((event) => event.type)).toEqual(['BallotCast']);
  });

  it('given a vote another instance withdrew after this one kept it open, when a ballot is cast here, then it is refused and nothing is written', async () => {
    const [here, there] = [instance(), instance()];
    const [resolutionId, organizationId] = [randomUUID(), randomUUID()];
    await draft(here.processor, resolutionId);
    await open(here.processor, resolutionId, [organizationId]);
    await runWithContext(secretariat, () =>
      there.processor.execute(resolutionAggregate, resolutionId, { type: 'WithdrawResolution', data: { reason: { ru: 'Отозван', en: 'Withdrawn' } } }),
    );
    await expect(vote(here.voting, resolutionId, organizationId, 'for')).rejects.toMatchObject({ code: 'RESOLUTION_WITHDRAWN' });
    expect(await store.readStream(`ballot-${resolutionId}_${organizationId}`)).toEqual([]);
  });

  it('given a vote another instance opened while this one kept the draft, when a ballot is cast here, then it is recorded', async () => {
    const [here, there] = [instance(), instance()];
    const [resolutionId, organizationId] = [randomUUID(), randomUUID()];
    await draft(here.processor, resolutionId);
    await open(there.processor, resolutionId, [organizationId]);
    const answer = await vote(here.voting, resolutionId, organizationId, 'for');
    expect(answer.version).toBe(1);
    expect((await store.readStream(`ballot-${resolutionId}_${organizationId}`)).map((event) => event.type)).toEqual(['BallotCast']);
  });
});
