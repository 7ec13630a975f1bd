import { randomUUID } from 'node:crypto';
import { jsonEvent, NO_STREAM, type JSONType } from '@eventstore/db-client';
import { ConcurrencyError, DuplicateEventIdError } from '../errors.js';
import { GENESIS_HASH } from '../hashing.js';
import { describeLedgerContract, newEvent, testMetadata } from '../testing/ledger-contract.js';
import { UpcasterRegistry } from '../upcasting.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { sealEvents, type SealedEvent } from './eventstoredb-records.js';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb.js';

// A server cannot be emptied between tests, so each test gets a ledger of its own under a fresh
// stream prefix; every read of the ledger leaves out other prefixes, system events and claims.
const freshPrefix = () => `contract-${randomUUID()}-`;

const serverUrl = process.env.EVENTSTORE_URL;
if (!serverUrl) {
  // eslint-disable-next-line no-console -- a suite that is not run must say why
  console.warn('EventStoreDB ledger contract skipped: EVENTSTORE_URL is not set, so there is no server to run it against (e.g. esdb://localhost:2113?tls=false)');
}
(serverUrl ? describe : describe.skip)('EventStoreDB server at EVENTSTORE_URL', () => {
  describeLedgerContract('EventStoreDB', async (upcasters) => {
    const store = new EventStoreDbEventStore(serverUrl!, { upcasters, streamPrefix: freshPrefix(), pollMilliseconds: 20 });
    return { store, close: () => store.close() };
  });
});

describe('EventStoreDB adapter on an in-memory double of the server', () => {
  const server = new InMemoryEventStoreDb();

  /** Given a server that other writers use too. */
  function busyServer() {
    server.writeOther('$stats-127.0.0.1:2113', '$statsCollected');
    server.writeOther('$$some-stream', '$metadata', { $maxAge: 60 });
    server.writeOther(`other-app-${randomUUID()}`, 'SomethingHappened', { n: 1 });
  }

  // A page smaller than most test logs makes every read of `$all` turn pages.
  const storeOn = (upcasters = new UpcasterRegistry(), streamPrefix = freshPrefix()) =>
    new EventStoreDbEventStore(server.client, { upcasters, streamPrefix, pollMilliseconds: 10, pageSize: 7 });

  describeLedgerContract('EventStoreDB (double)', async (upcasters) => {
    busyServer();
    const store = storeOn(upcasters);
    return { store, close: () => store.close() };
  });

  describe('sharing the server', () => {
    it('reads, counts and verifies only the events of its own prefix', async () => {
      const neighbour = storeOn();
      await neighbour.append('note-1', [newEvent()], 'no_stream');
      const store = storeOn();
      const first = await store.append('note-1', [newEvent()], 'no_stream');
      busyServer();
      await neighbour.append('note-2', [newEvent()], 'no_stream');
      expect(await store.readAll({ maxCount: 100 })).toHaveLength(1);
      expect(await store.headPosition()).toEqual(first.position);
      expect(await store.countAfter(first.position, 100)).toBe(0);
      expect(await store.verify()).toMatchObject({ intact: true, eventsChecked: 1, streamsChecked: 1 });
    });

    it('keeps the same stream id apart under two prefixes', async () => {
      const [one, two] = [storeOn(), storeOn()];
      const event = newEvent();
      await one.append('note-1', [event], 'no_stream');
      await two.append('note-1', [newEvent(), newEvent()], 'no_stream');
      expect(await one.readStream('note-1')).toHaveLength(1);
      expect(await one.readEvents([event.eventId])).toHaveLength(1);
      expect(await two.readEvents([event.eventId])).toEqual([]);
    });

    it('refuses stream ids that would name a system stream or a claim', async () => {
      const store = storeOn(undefined, '');
      await expect(store.append('$settings', [newEvent()], 'any')).rejects.toBeInstanceOf(RangeError);
      await expect(store.append(`ledger-event-id-${randomUUID()}`, [newEvent()], 'any')).rejects.toBeInstanceOf(RangeError);
      expect(await store.readStream('$settings')).toEqual([]);
    });
  });

  describe('appends', () => {
    it('refuses an append that repeats an event id, writing nothing', async () => {
      const store = storeOn();
      const event = newEvent();
      await expect(store.append('note-1', [event, event], 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store.readStream('note-1')).toEqual([]);
    });

    it('treats a retry at a later version as a no-op when its events were stored', async () => {
      const store = storeOn();
      const events = [newEvent()];
      const first = await store.append('note-1', events, 'no_stream');
      await store.append('note-1', [newEvent()], 1);
      expect(await store.append('note-1', events, 2)).toEqual(first);
      expect(await store.readStream('note-1')).toHaveLength(2);
    });

    it('reports the stored events when the server acknowledges ids it already holds', async () => {
      const prefix = freshPrefix();
      const events = [newEvent(), newEvent()];
      const earlier = sealEvents('note-1', events, { version: 0, hash: GENESIS_HASH }, () => 1, new Date('2026-01-01T00:00:00Z'));
      await server.appendToStream(`${prefix}note-1`, earlier.map(toEventData), { expectedRevision: NO_STREAM });
      const store = storeOn(undefined, prefix);
      const result = await store.append('note-1', events, 'no_stream');
      await store.append('note-1', [newEvent()], 2);
      const stored = await store.readStream('note-1');
      expect(result.version).toBe(2);
      expect(stored[1].hash).toBe(earlier[1].metadata.hash);
      expect(await store.verify()).toMatchObject({ intact: true, eventsChecked: 3 });
    });

    it('keeps the chain intact when two stores race to append the same events', async () => {
      const prefix = freshPrefix();
      const [one, two] = [storeOn(undefined, prefix), storeOn(undefined, prefix)];
      const events = [newEvent(), newEvent()];
      const at = (time: string) => events.map((event) => ({ ...event, recordedAt: new Date(time) }));
      const [a, b] = await Promise.all([
        one.append('note-1', at('2026-01-01T00:00:00Z'), 'no_stream'),
        two.append('note-1', at('2026-01-01T00:00:01Z'), 'no_stream'),
      ]);
      expect(a).toEqual(b);
      await one.append('note-1', [newEvent()], 2);
      await two.append('note-1', [newEvent()], 'any');
      expect(await one.verify()).toMatchObject({ intact: true, eventsChecked: 4 });
    });

    it('reports the actual version when an exact one is stale', async () => {
      const prefix = freshPrefix();
      const [one, two] = [storeOn(undefined, prefix), storeOn(undefined, prefix)];
      await one.append('note-1', [newEvent()], 'no_stream');
      await one.readStream('note-1');
      await two.append('note-1', [newEvent(), newEvent()], 1);
      const error = await one.append('note-1', [newEvent()], 1).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect((error as ConcurrencyError).actual).toBe(3);
    });
  });

  describe('events the ledger did not write', () => {
    it('refuses to read a stream that holds one, and verification names it', async () => {
      const prefix = freshPrefix();
      const store = storeOn(undefined, prefix);
      await store.append('note-1', [newEvent()], 'no_stream');
      server.writeOther(`${prefix}note-1`, 'Noted', { text: 'slipped in' });
      await expect(store.readStream('note-1')).rejects.toThrow(/not written by the ledger/);
      expect(await store.readAll({ maxCount: 10 })).toHaveLength(1);
      expect((await store.verify()).firstBreak).toMatchObject({ streamId: 'note-1', version: 2, reason: expect.stringMatching(/no ledger envelope/) });
    });

    it('names a forged event appended with a plausible envelope', async () => {
      const prefix = freshPrefix();
      const store = storeOn(undefined, prefix);
      await store.append('note-1', [newEvent()], 'no_stream');
      const [forged] = sealEvents('note-1', [newEvent('Noted', { text: 'forged' })], { version: 1, hash: GENESIS_HASH }, () => 1, new Date());
      await server.appendToStream(`${prefix}note-1`, [toEventData(forged)], { expectedRevision: 0n });
      const report = await store.verify();
      expect(report).toMatchObject({ intact: false, eventsSealed: 0, sealHead: null });
      expect(report.firstBreak).toMatchObject({ eventId: forged.id, version: 2, reason: expect.stringMatching(/does not link/) });
    });
  });

  it('reads upcast events by id through their claims', async () => {
    const upcasters = new UpcasterRegistry().register('Renamed', 1, (data) => ({ ...(data as object), upcast: true }));
    const store = storeOn(upcasters);
    const events = [{ ...newEvent('Renamed', { name: 'x' }), schemaVersion: 1 }, newEvent()];
    await store.append('note-1', events, 'no_stream');
    const [read] = await store.readEvents([events[0].eventId]);
    expect(read).toMatchObject({ schemaVersion: 2, data: { name: 'x', upcast: true }, metadata: testMetadata, version: 1 });
  });
});

function toEventData(event: SealedEvent) {
  return jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: event.metadata });
}
