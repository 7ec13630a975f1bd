import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  generateSigningKeyPem,
  LedgerSigner,
  ledgerMigrations,
  PostgresEventStore,
  START,
  UpcasterRegistry,
  type GlobalPosition,
  type NewEvent,
} from '#accord/ledger';
import { CommandProcessor, runAsSystem } from '#accord/eventsourcing';
import type { Aggregate, DomainCommand, DomainEvent } from '#accord/kernel';
import { type BenchContext, type BenchSuite, type Benchmark, forEachConcurrently, timed } from './benchmark.js';
import {
  BATCHED,
  batchedWrites,
  batchedWritesOf,
  CONTENDED,
  contendedEvents,
  eventCount,
  PAGE_SIZE,
  SINGLE,
  singleWrites,
  type StreamWrite,
  UPCAST_TYPE,
} from './event-workload.js';

// Every append and seal is signed, as in the server: the targets include the signature's cost.
const signer = new LedgerSigner(generateSigningKeyPem());

/** Runs `work` with a ledger of its own: no stream heads cached by an earlier run. */
export async function withStore<T>(
  context: BenchContext,
  upcasters: UpcasterRegistry | undefined,
  work: (store: PostgresEventStore) => Promise<T>,
): Promise<T> {
  const store = await PostgresEventStore.open(context.pool, { upcasters, signer });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function appendAll(store: PostgresEventStore, writes: readonly StreamWrite[], concurrency: number): Promise<void> {
  return forEachConcurrently(writes.length, concurrency, async (index) => {
    await store.append(writes[index].streamId, writes[index].events, 'no_stream');
  });
}

const appendSingle: Benchmark = {
  name: 'append_single',
  async run(context) {
    const writes = singleWrites(context.scale);
    const { timing } = await withStore(context, undefined, (store) =>
      timed(context, () => appendAll(store, writes, SINGLE.concurrency)),
    );
    return { events: eventCount(writes), ...timing };
  },
};

const appendBatch: Benchmark = {
  name: 'append_batch',
  async run(context) {
    const writes = batchedWrites(context.scale);
    const { timing } = await withStore(context, undefined, (store) =>
      timed(context, () => appendAll(store, writes, BATCHED.concurrency)),
    );
    return { events: eventCount(writes), ...timing };
  },
};

/**
 * Writers racing for one stream the way the generic command handler does: read the head, append at
 * exactly that version, and on a conflict read again and retry, until every event is appended once.
 */
async function raceForOneStream(store: PostgresEventStore, events: readonly NewEvent[]): Promise<number> {
  const streamId = `ballot-${randomUUID()}`;
  let conflicts = 0;
  await forEachConcurrently(events.length, CONTENDED.writers, async (index) => {
    for (;;) {
      const [head] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      try {
        await store.append(streamId, [events[index]], head?.version ?? 'no_stream');
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        conflicts += 1;
      }
    }
  });
  return conflicts;
}

const appendContended: Benchmark = {
  name: 'append_contended',
  async run(context) {
    const events = contendedEvents(Math.round(CONTENDED.appends * context.scale));
    const { timing, value: conflicts } = await withStore(context, undefined, (store) =>
      timed(context, () => raceForOneStream(store, events)),
    );
    return { events: events.length, ...timing, extra: { conflicts } };
  },
};

type Recorded = DomainEvent<typeof UPCAST_TYPE, unknown>;

/** A record that takes every event it is given, so that the command path's own cost is what is measured. */
const journal: Aggregate<DomainCommand<'Record', unknown>, Recorded, number> = {
  category: 'ballot',
  decider: {
    initialState: 0,
    decide: (command) => [{ type: UPCAST_TYPE, data: command.data }],
    evolve: (count) => count + 1,
  },
};

/**
 * The same writers on one stream through the command path, without an expected version: each
 * command takes its turn, folds from the cached state, decides and appends. Conflicts would come
 * only from another process, so there should be none.
 */
const commandContended: Benchmark = {
  name: 'command_contended',
  async run(context) {
    const events = contendedEvents(Math.round(CONTENDED.appends * context.scale));
    const id = randomUUID();
    const { timing, value: version } = await withStore(context, undefined, (store) => {
      const processor = new CommandProcessor(store);
      return timed(context, async () => {
        await runAsSystem('bench', () =>
          forEachConcurrently(events.length, CONTENDED.writers, async (index) => {
            await processor.execute(journal, id, { type: 'Record', data: events[index].data });
          }),
        );
        return (await processor.load(journal, id)).version;
      });
    });
    if (version !== events.length) throw new Error(`command_contended recorded ${version} of ${events.length} commands`);
    return { events: events.length, ...timing };
  },
};

/** Reads the whole log page by page, the way a projection rebuild or a new subscriber does. */
async function readWholeLog(store: PostgresEventStore): Promise<{ events: number; upcasted: number }> {
  let events = 0;
  let upcasted = 0;
  let after: GlobalPosition = START;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE_SIZE });
    if (page.length === 0) return { events, upcasted };
    events += page.length;
    // Every event was written at schema version 1: a higher one was lifted on the way out.
    for (const event of page) if (event.schemaVersion > 1) upcasted += 1;
    after = page[page.length - 1].position;
  }
}

/**
 * Appends the batched workload, then settles the log the way the raw read's table is settled:
 * visibility hints set, statistics fresh.
 */
export async function fillLedger(context: BenchContext, events?: number): Promise<number> {
  const writes = events === undefined ? batchedWrites(context.scale) : batchedWritesOf(events);
  await withStore(context, undefined, (store) => appendAll(store, writes, BATCHED.concurrency));
  await context.pool.query('VACUUM ANALYZE ledger.events');
  return eventCount(writes);
}

const readAll: Benchmark = {
  name: 'read_all',
  async run(context) {
    const appended = await fillLedger(context);
    // The history was written at version 1 of the type; the reader knows version 2.
    const upcasters = new UpcasterRegistry().register(UPCAST_TYPE, 1, (data) => {
      const { note, ...rest } = data as { note: string };
      return { ...rest, comment: note };
    });
    const { timing, value } = await withStore(context, upcasters, (store) =>
      timed(context, () => readWholeLog(store)),
    );
    if (value.events !== appended) {
      throw new Error(`read_all read ${value.events} of ${appended} events: is a transaction left open on the server?`);
    }
    return { events: value.events, ...timing, extra: { upcasted: value.upcasted } };
  },
};

/** The ledger through its port, on the same workloads as the baselines. */
export const ledgerSuite: BenchSuite = {
  migrations: ledgerMigrations,
  tables: ['ledger.events', 'ledger.global_chain', 'ledger.seals'],
  benchmarks: [appendSingle, appendBatch, appendContended, commandContended, readAll],
};
