import { randomUUID } from 'node:crypto';
import { ConcurrencyError, ledgerMigrations, PostgresEventStore, type EventStore, type ReadStreamOptions } from '#accord/ledger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { noticeAggregate } from '../../../test/fixtures/notices/notice.decide.js';
import { CommandIdReused, CommandProcessor } from './command-processor.js';
import { DomainRuleViolation, type DomainCommand } from '#accord/kernel';
import { RecordNotFound } from './record-not-found.js';
import { MissingActionContext, runWithContext, type ActionContext } from './request-context.js';

const now = new Date('2026-04-20T09:00:00.000Z');
const context: ActionContext = { actorId: 'account-7', onBehalfOf: 'org-3', correlationId: 'request-1', causationId: 'request-1' };
const title = { ru: 'Повестка', en: 'Agenda' };

let database: TestDatabase;
let store: PostgresEventStore;
let processor: CommandProcessor;

beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
  store = await PostgresEventStore.open(database.pool);
  processor = new CommandProcessor(store, { clock: () => now });
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

const asActor = <T>(work: () => Promise<T>) => runWithContext(context, work);

/** The store, telling `note` of every method called on it, with its arguments. */
const noting = (note: (method: string, args: readonly unknown[]) => void) =>
  new Proxy<EventStore>(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        note(String(key), args);
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    },
  });
const post = (id: string, commandId?: string) =>
  asActor(() => processor.execute(noticeAggregate, id, { type: 'PostNotice', data: { title } }, { commandId }));

describe('command processor', () => {
  it('appends the decided events with the actor, correlation and causation of the context', async () => {
    const id = randomUUID();
    const result = await post(id);
    const [event] = await store.readStream(`notice-${id}`);
    expect(result).toMatchObject({ id, version: 1, events: [event.eventId] });
    expect(event.metadata).toEqual({ ...context, commandId: null });
    expect(event.recordedAt).toEqual(now);
  });

  it('refuses to act outside an action context, so that no event is unattributed', async () => {
    await expect(processor.execute(noticeAggregate, randomUUID(), { type: 'PostNotice', data: { title } })).rejects.toBeInstanceOf(
      MissingActionContext,
    );
  });

  it('answers a repeated commandId with the first answer and writes nothing more', async () => {
    const id = randomUUID();
    const commandId = randomUUID();
    const first = await post(id, commandId);
    const again = await post(id, commandId);
    expect(again).toEqual(first);
    expect(await store.readStream(`notice-${id}`)).toHaveLength(1);
  });

  it('refuses a commandId that was used for another record', async () => {
    const commandId = randomUUID();
    await post(randomUUID(), commandId);
    await expect(post(randomUUID(), commandId)).rejects.toBeInstanceOf(CommandIdReused);
  });

  describe('with the digest of what the client asked', () => {
    const asking = (digest: string, id: string, commandId: string) =>
      runWithContext({ ...context, commandDigest: digest }, () =>
        processor.execute(noticeAggregate, id, { type: 'PostNotice', data: { title } }, { commandId }),
      );

    it('keeps the digest beside the commandId in the metadata of every event', async () => {
      const id = randomUUID();
      const commandId = randomUUID();
      await asking('a'.repeat(64), id, commandId);
      const [event] = await store.readStream(`notice-${id}`);
      expect(event.metadata).toEqual({ ...context, commandId, commandDigest: 'a'.repeat(64) });
    });

    it('answers a repeat that asks the same with the first answer', async () => {
      const id = randomUUID();
      const commandId = randomUUID();
      const first = await asking('b'.repeat(64), id, commandId);
      expect(await asking('b'.repeat(64), id, commandId)).toEqual(first);
    });

    it('refuses a repeat that asks something else and writes nothing', async () => {
      const id = randomUUID();
      const commandId = randomUUID();
      await asking('c'.repeat(64), id, commandId);
      await expect(asking('d'.repeat(64), id, commandId)).rejects.toBeInstanceOf(CommandIdReused);
      expect(await store.readStream(`notice-${id}`)).toHaveLength(1);
    });

    it('answers an automatic step, which states no digest, with the first answer', async () => {
      const id = randomUUID();
      const commandId = randomUUID();
      const first = await asking('e'.repeat(64), id, commandId);
      expect(await post(id, commandId)).toEqual(first);
    });
  });

  it('refuses a stale expectedVersion and writes nothing', async () => {
    const id = randomUUID();
    await post(id);
    const amend = () =>
      asActor(() => processor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }, { expectedVersion: 0 }));
    await expect(amend()).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream(`notice-${id}`)).toHaveLength(1);
  });

  it('lets a broken rule through as a domain error and writes nothing', async () => {
    const id = randomUUID();
    await expect(
      asActor(() => processor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } })),
    ).rejects.toBeInstanceOf(DomainRuleViolation);
    expect(await store.readStream(`notice-${id}`)).toEqual([]);
  });

  describe('given a request that names its record', () => {
    const amend = (id: string) =>
      asActor(() => processor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }, { absentAsNotFound: true }));

    it('when the record does not exist, then the refusal is RecordNotFound of the aggregate\'s kind and nothing is written', async () => {
      const id = randomUUID();
      await expect(amend(id)).rejects.toEqual(new RecordNotFound('notice', id));
      expect(await store.readStream(`notice-${id}`)).toEqual([]);
    });

    it('when a preview meets a record that does not exist, then it refuses with RecordNotFound too', async () => {
      const id = randomUUID();
      const preview = asActor(() => processor.preview(noticeAggregate, id, { type: 'AmendNotice', data: { title } }, { absentAsNotFound: true }));
      await expect(preview).rejects.toBeInstanceOf(RecordNotFound);
    });

    it('when the record exists and refuses for another rule, then the refusal stays a domain error', async () => {
      const id = randomUUID();
      await post(id);
      await asActor(() => processor.execute(noticeAggregate, id, { type: 'ArchiveNotice', data: { reason: 'done' } }));
      await expect(amend(id)).rejects.toMatchObject({ name: 'DomainRuleViolation', code: 'NOTICE_ARCHIVED' });
    });
  });

  it('given an automatic step on a record that does not exist, when it is refused, then the step sees the domain error itself', async () => {
    const id = randomUUID();
    const amend = asActor(() => processor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }));
    await expect(amend).rejects.toMatchObject({ name: 'DomainRuleViolation', code: 'NOTICE_REQUIRED' });
  });

  it('retries concurrent commands on one record until each is decided on the latest state', async () => {
    const id = randomUUID();
    await post(id);
    const amend = () => asActor(() => processor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }));
    const slowProcessor = new CommandProcessor(store, { clock: () => now, maxAttempts: 20 });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        asActor(() => slowProcessor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } })),
      ),
    );
    await amend();
    const { state, version } = await processor.load(noticeAggregate, id);
    expect(version).toBe(10);
    expect(state).toMatchObject({ status: 'posted', amendments: 9 });
  });

  it('decides on the state it keeps from the command before without reading the stream again, and a load reads only the events after it', async () => {
    const id = randomUUID();
    const fromVersions: number[] = [];
    const watched = noting((method, [, options]) => {
      if (method === 'readStream') fromVersions.push((options as ReadStreamOptions | undefined)?.fromVersion ?? 1);
    });
    const caching = new CommandProcessor(watched, { clock: () => now });
    const amend = () => asActor(() => caching.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }));
    await asActor(() => caching.execute(noticeAggregate, id, { type: 'PostNotice', data: { title } }));
    await amend();
    await amend();
    await amend();
    expect(await caching.load(noticeAggregate, id)).toMatchObject({ version: 4, state: { amendments: 3 } });
    expect(fromVersions).toEqual([1, 5]);
  });

  describe('given a command built from another record at a version', () => {
    const setUp = async () => {
      const [id, other] = [randomUUID(), randomUUID()];
      await post(other);
      return { id, other, unchanged: { streamId: `notice-${other}`, version: 1 } };
    };
    const postChecked = (id: string, unchanged: { streamId: string; version: number }) =>
      asActor(() => processor.execute(noticeAggregate, id, { type: 'PostNotice', data: { title } }, { unchanged }));

    it('when that record still stands there, then the command is appended', async () => {
      const { id, unchanged } = await setUp();
      expect(await postChecked(id, unchanged)).toMatchObject({ version: 1 });
    });

    it('when that record moved since, then the command is refused naming that record and nothing is written', async () => {
      const { id, other, unchanged } = await setUp();
      await asActor(() => processor.execute(noticeAggregate, other, { type: 'AmendNotice', data: { title } }));
      await expect(postChecked(id, unchanged)).rejects.toMatchObject({ name: 'ConcurrencyError', streamId: `notice-${other}`, actual: 2 });
      expect(await store.readStream(`notice-${id}`)).toEqual([]);
    });

    describe('and changing nothing (a notice archived again)', () => {
      const archivedAgain = async () => {
        const { id, other, unchanged } = await setUp();
        await post(id);
        const archive = (on: CommandProcessor = processor) =>
          asActor(() => on.execute(noticeAggregate, id, { type: 'ArchiveNotice', data: { reason: 'superseded' } }, { unchanged }));
        const first = await archive();
        return { other, first, archive };
      };

      it('when that record still stands there, then the answer is the version as it was, from one read of both streams', async () => {
        const { first, archive } = await archivedAgain();
        const calls: string[] = [];
        const watched = noting((method) => calls.push(method));
        await expect(archive(new CommandProcessor(watched, { clock: () => now }))).resolves.toMatchObject({ version: first.version, events: [] });
        expect(calls).toEqual(['readStreamTails']);
      });

      it('when that record moved since, then it is refused naming that record', async () => {
        const { other, archive } = await archivedAgain();
        await asActor(() => processor.execute(noticeAggregate, other, { type: 'AmendNotice', data: { title } }));
        await expect(archive()).rejects.toMatchObject({ name: 'ConcurrencyError', streamId: `notice-${other}`, expected: 1, actual: 2 });
      });
    });

    it('keeps the state of the record without reading the ledger', async () => {
      const { other } = await setUp();
      expect(processor.kept(noticeAggregate, other)).toMatchObject({ version: 1, state: { status: 'posted' } });
      expect(processor.kept(noticeAggregate, randomUUID())).toBeUndefined();
    });
  });

  describe('given a stream another server instance appended to since this one kept its state', () => {
    const twoInstances = async () => {
      const id = randomUUID();
      const [kept, other] = [0, 1].map(() => new CommandProcessor(store, { clock: () => now }));
      await asActor(() => kept.execute(noticeAggregate, id, { type: 'PostNotice', data: { title } }));
      await asActor(() => other.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }));
      return { id, kept, other };
    };

    it('when a command is decided on the kept state, then its append finds the newer events and the command is decided again on them', async () => {
      const { id, kept } = await twoInstances();
      const result = await asActor(() => kept.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }));
      expect(result.version).toBe(3);
      expect(await kept.load(noticeAggregate, id)).toMatchObject({ version: 3, state: { amendments: 2 } });
    });

    it('when the kept state refuses the command, then the refusal is decided again on the stream as read', async () => {
      const { id, kept } = await twoInstances();
      const result = await asActor(() => kept.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }, { expectedVersion: 2 }));
      expect(result.version).toBe(3);
    });

    it('when the kept state would change something the newer events already changed, then the command appends nothing', async () => {
      const { id, kept, other } = await twoInstances();
      await asActor(() => other.execute(noticeAggregate, id, { type: 'ArchiveNotice', data: { reason: 'done' } }));
      const result = await asActor(() => kept.execute(noticeAggregate, id, { type: 'ArchiveNotice', data: { reason: 'moved' } }));
      expect(result).toMatchObject({ version: 3, events: [] });
      expect(await store.readStream(`notice-${id}`)).toHaveLength(3);
    });
  });

  it('applies commands sent at once by several server instances without expectedVersion, each in turn', async () => {
    const id = randomUUID();
    await post(id);
    const instances = Array.from({ length: 4 }, () => new CommandProcessor(store, { clock: () => now }));
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        asActor(() => instances[index % instances.length].execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } })),
      ),
    );
    expect(results.map((result) => result.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 2));
    expect((await processor.load(noticeAggregate, id)).state).toMatchObject({ amendments: 40 });
  });

  it('answers a repeated commandId sent while its first request is still at work with the first answer', async () => {
    const id = randomUUID();
    await post(id);
    const commandId = randomUUID();
    const amend = () => asActor(() => processor.execute(noticeAggregate, id, { type: 'AmendNotice', data: { title } }, { commandId }));
    const [first, again] = await Promise.all([amend(), amend()]);
    expect(again).toEqual(first);
    expect(await store.readStream(`notice-${id}`)).toHaveLength(2);
  });

  describe('given a command decided at half past midnight in Moscow, when it is still the day before in UTC', () => {
    const afterMidnight = new Date('2026-12-06T21:30:00.000Z');
    const datedNotices = {
      category: 'dated-notice',
      decider: { initialState: null, evolve: () => null, decide: (command: DomainCommand) => [{ type: 'NoticeDated', data: { today: command.metadata.today } }] },
    };
    const todayIn = async (timeZone?: string) => {
      const dating = new CommandProcessor(store, { clock: () => afterMidnight, timeZone });
      const [event] = await asActor(() => dating.preview(datedNotices, randomUUID(), { type: 'DateNotice', data: {} }));
      return event.data;
    };

    it('gives the decider today as the Association’s calendar has it', async () => {
      await expect(todayIn()).resolves.toEqual({ today: '2026-12-07' });
    });

    it('gives the day of the zone it is configured with', async () => {
      await expect(todayIn('UTC')).resolves.toEqual({ today: '2026-12-06' });
    });
  });
});
