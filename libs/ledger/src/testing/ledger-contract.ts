import { randomUUID } from 'node:crypto';
import { ConcurrencyError, DuplicateEventIdError } from '../errors.js';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent } from '../event-store.port.js';
import { comparePositions } from '../position.js';
import { UpcasterRegistry } from '../upcasting.js';

export interface LedgerUnderTest {
  readonly store: EventStore;
  close(): Promise<void>;
}

/** Builds a fresh, empty ledger for each test, reading with the given upcasters. */
export type LedgerFactory = (upcasters: UpcasterRegistry) => Promise<LedgerUnderTest>;

export const testMetadata: EventMetadata = {
  actorId: 'account-1',
  onBehalfOf: null,
  correlationId: 'correlation-1',
  causationId: null,
  commandId: null,
};

export function newEvent(type = 'Noted', data: unknown = { text: 'hello' }): NewEvent {
  return { eventId: randomUUID(), type, data, metadata: testMetadata };
}

const stream = () => `note-${randomUUID()}`;

/**
 * The behaviour every ledger adapter must show. Run it from an adapter's spec with a factory
 * that yields a fresh ledger; the suite never assumes anything adapter-specific.
 */
export function describeLedgerContract(adapterName: string, factory: LedgerFactory): void {
  describe(`ledger contract: ${adapterName}`, () => {
    let ledger: LedgerUnderTest;
    let store: EventStore;
    const upcasters = new UpcasterRegistry().register('Renamed', 1, (data) => {
      const { name, ...rest } = data as { name: string };
      return { ...rest, title: { ru: name, en: null } };
    });

    beforeEach(async () => {
      ledger = await factory(upcasters);
      store = ledger.store;
    });
    afterEach(() => ledger.close());

    describe('expected versions', () => {
      it('appends to a new stream when no stream is expected', async () => {
        const result = await store.append(stream(), [newEvent(), newEvent()], 'no_stream');
        expect(result.version).toBe(2);
      });

      it('refuses no_stream when the stream exists', async () => {
        const id = stream();
        await store.append(id, [newEvent()], 'no_stream');
        await expect(store.append(id, [newEvent()], 'no_stream')).rejects.toBeInstanceOf(ConcurrencyError);
      });

      it('appends at the exact version the writer saw', async () => {
        const id = stream();
        await store.append(id, [newEvent()], 'no_stream');
        const result = await store.append(id, [newEvent()], 1);
        expect(result.version).toBe(2);
      });

      it('refuses a stale exact version and reports the actual one', async () => {
        const id = stream();
        await store.append(id, [newEvent(), newEvent()], 'no_stream');
        const error = await store.append(id, [newEvent()], 1).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect((error as ConcurrencyError).actual).toBe(2);
      });

      it('refuses stream_exists on a stream that does not exist', async () => {
        await expect(store.append(stream(), [newEvent()], 'stream_exists')).rejects.toBeInstanceOf(ConcurrencyError);
      });

      it('appends with any whatever the version', async () => {
        const id = stream();
        await store.append(id, [newEvent()], 'any');
        const result = await store.append(id, [newEvent()], 'any');
        expect(result.version).toBe(2);
      });

      it('writes nothing when the version does not hold', async () => {
        const id = stream();
        await store.append(id, [newEvent()], 'no_stream');
        await store.append(id, [newEvent(), newEvent()], 5).catch(() => undefined);
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('appends on condition that another stream has not moved', () => {
      it('appends while the other stream stands at the version the writer read', async () => {
        const [id, other] = [stream(), stream()];
        await store.append(other, [newEvent(), newEvent()], 'no_stream');
        const result = await store.append(id, [newEvent()], 'no_stream', { streamId: other, version: 2 });
        expect(result.version).toBe(1);
      });

      it('appends while the other stream does not exist and none was read', async () => {
        const result = await store.append(stream(), [newEvent()], 'no_stream', { streamId: stream(), version: 0 });
        expect(result.version).toBe(1);
      });

      it('refuses, naming the other stream and its version, and writes nothing when the other stream moved', async () => {
        const [id, other] = [stream(), stream()];
        await store.append(other, [newEvent(), newEvent()], 'no_stream');
        const error = await store.append(id, [newEvent(), newEvent()], 'no_stream', { streamId: other, version: 1 }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: other, expected: 1, actual: 2 });
        expect(await store.readStream(id)).toEqual([]);
      });

      it('treats re-appending the same events as a no-op even when the other stream moved since', async () => {
        const [id, other] = [stream(), stream()];
        await store.append(other, [newEvent()], 'no_stream');
        const events = [newEvent()];
        const first = await store.append(id, events, 'no_stream', { streamId: other, version: 1 });
        await store.append(other, [newEvent()], 1);
        expect(await store.append(id, events, 'no_stream', { streamId: other, version: 1 })).toEqual(first);
      });
    });

    describe('idempotent retries', () => {
      it('treats re-appending the same events as a no-op with the first result', async () => {
        const id = stream();
        const events = [newEvent(), newEvent()];
        const first = await store.append(id, events, 'no_stream');
        const again = await store.append(id, events, 'no_stream');
        expect(again).toEqual(first);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('refuses event ids already used by another stream', async () => {
        const events = [newEvent()];
        await store.append(stream(), events, 'no_stream');
        await expect(store.append(stream(), events, 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
      });
    });

    describe('reading', () => {
      it('reads a stream forwards in version order with everything that was stored', async () => {
        const id = stream();
        const events = [newEvent('Noted', { n: 1 }), newEvent('Noted', { n: 2 }), newEvent('Noted', { n: 3 })];
        await store.append(id, events, 'no_stream');
        const read = await store.readStream(id);
        expect(read.map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
        expect(read.map((event) => event.version)).toEqual([1, 2, 3]);
        expect(read[0]).toMatchObject({ eventId: events[0].eventId, streamId: id, type: 'Noted', schemaVersion: 1 });
        expect(read[0].metadata).toEqual(testMetadata);
        expect(read[0].hash).toMatch(/^[0-9a-f]{64}$/);
        expect(read[0].recordedAt).toBeInstanceOf(Date);
      });

      it('reads a stream backwards from its end', async () => {
        const id = stream();
        await store.append(id, [1, 2, 3, 4].map((n) => newEvent('Noted', { n })), 'no_stream');
        const read = await store.readStream(id, { direction: 'backwards', maxCount: 2 });
        expect(read.map((event) => event.version)).toEqual([4, 3]);
      });

      it('reads part of a stream forwards from a version', async () => {
        const id = stream();
        await store.append(id, [1, 2, 3, 4].map((n) => newEvent('Noted', { n })), 'no_stream');
        const read = await store.readStream(id, { fromVersion: 2, maxCount: 2 });
        expect(read.map((event) => event.version)).toEqual([2, 3]);
      });

      it('reads the tails of several streams at once, each from its own version, in the order asked', async () => {
        const [a, b, absent] = [stream(), stream(), stream()];
        await store.append(a, [1, 2, 3].map((n) => newEvent('Noted', { n })), 'no_stream');
        await store.append(b, [4, 5].map((n) => newEvent('Noted', { n })), 'no_stream');
        const tails = await store.readStreamTails([
          { streamId: b, fromVersion: 3 },
          { streamId: absent, fromVersion: 1 },
          { streamId: a, fromVersion: 2 },
        ]);
        expect(tails.map((tail) => tail.map((event) => event.data))).toEqual([[], [], [{ n: 2 }, { n: 3 }]]);
        expect(tails[2].map((event) => [event.streamId, event.version])).toEqual([[a, 2], [a, 3]]);
      });

      it('reads nothing from a stream that does not exist', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads the global log in append order from a position', async () => {
        const [a, b, c] = [stream(), stream(), stream()];
        await store.append(a, [newEvent()], 'no_stream');
        const second = await store.append(b, [newEvent()], 'no_stream');
        await store.append(c, [newEvent()], 'no_stream');
        const all = await store.readAll({ maxCount: 100 });
        expect(all.map((event) => event.streamId)).toEqual([a, b, c]);
        const after = await store.readAll({ after: second.position, maxCount: 100 });
        expect(after.map((event) => event.streamId)).toEqual([c]);
        expect(await store.headPosition()).toEqual(all[2].position);
      });

      it('names the position of the last acknowledged append', async () => {
        const appended = await store.append(stream(), [newEvent(), newEvent()], 'no_stream');
        expect(await store.appendedPosition()).toEqual(appended.position);
      });

      it('counts the events after a position', async () => {
        const first = await store.append(stream(), [newEvent()], 'no_stream');
        await store.append(stream(), [newEvent(), newEvent()], 'no_stream');
        expect(await store.countAfter(first.position, 100)).toBe(2);
      });

      it('reads events by id', async () => {
        const events = [newEvent(), newEvent()];
        await store.append(stream(), events, 'no_stream');
        const read = await store.readEvents([events[1].eventId, randomUUID()]);
        expect(read.map((event) => event.eventId)).toEqual([events[1].eventId]);
      });
    });

    describe('upcasting', () => {
      it('reads an old schema version as the current shape without rewriting history', async () => {
        const id = stream();
        await store.append(id, [{ ...newEvent('Renamed', { name: 'Союз', code: 7 }), schemaVersion: 1 }], 'no_stream');
        const [event] = await store.readStream(id);
        expect(event.schemaVersion).toBe(2);
        expect(event.data).toEqual({ code: 7, title: { ru: 'Союз', en: null } });
        expect((await store.verify()).intact).toBe(true);
      });

      it('stores new events at the current schema version', async () => {
        const id = stream();
        await store.append(id, [newEvent('Renamed', { title: { ru: 'Союз', en: 'Union' } })], 'no_stream');
        const [event] = await store.readAll({ maxCount: 10 });
        expect(event).toMatchObject({ schemaVersion: 2, data: { title: { ru: 'Союз', en: 'Union' } } });
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of many writers win the same version', async () => {
        const id = stream();
        await store.append(id, [newEvent()], 'no_stream');
        const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => store.append(id, [newEvent()], 1)));
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        const failures = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        expect(failures.every((failure) => failure.reason instanceof ConcurrencyError)).toBe(true);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('keeps one stream gap-free and duplicate-free under contending writers with retries', async () => {
        const id = stream();
        const target = 60;
        let appended = 0;
        const writer = async () => {
          while (appended < target) {
            const [head] = await store.readStream(id, { direction: 'backwards', maxCount: 1 });
            try {
              await store.append(id, [newEvent()], head?.version ?? 'no_stream');
              appended += 1;
            } catch (error) {
              if (!(error instanceof ConcurrencyError)) throw error;
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, writer));
        const events = await store.readStream(id);
        expect(events.map((event) => event.version)).toEqual(events.map((_, index) => index + 1));
        expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
        expect(events.length).toBe(appended);
      });

      it('delivers every event exactly once, in global order, to a subscriber while many streams are written', async () => {
        const seen: RecordedEvent[] = [];
        const subscription = store.subscribe({ batchSize: 37, onEvents: async (events) => void seen.push(...events) });
        const written: string[] = [];
        const writer = async () => {
          for (let round = 0; round < 25; round += 1) {
            const events = Array.from({ length: 1 + (round % 3) }, () => newEvent());
            await store.append(stream(), events, 'no_stream');
            written.push(...events.map((event) => event.eventId));
          }
        };
        await Promise.all(Array.from({ length: 8 }, writer));
        await subscription.caughtUp();
        await subscription.close();
        expect(seen.map((event) => event.eventId).sort()).toEqual([...written].sort());
        for (let index = 1; index < seen.length; index += 1) {
          expect(comparePositions(seen[index - 1].position, seen[index].position)).toBeLessThan(0);
        }
      });

      it('resumes a subscription after its checkpoint', async () => {
        const first = await store.append(stream(), [newEvent()], 'no_stream');
        const later = newEvent();
        await store.append(stream(), [later], 'no_stream');
        const seen: string[] = [];
        const subscription = store.subscribe({ after: first.position, onEvents: async (events) => void seen.push(...events.map((event) => event.eventId)) });
        await subscription.caughtUp();
        await subscription.close();
        expect(seen).toEqual([later.eventId]);
      });
    });

    describe('integrity', () => {
      it('verifies an untouched ledger as intact', async () => {
        await store.append(stream(), [newEvent(), newEvent()], 'no_stream');
        await store.append(stream(), [newEvent('Noted', { text: 'Привет', nested: { b: 1, a: [true, null] } })], 'no_stream');
        const report = await store.verify();
        expect(report).toMatchObject({ intact: true, eventsChecked: 3, streamsChecked: 2, firstBreak: null });
      });
    });
  });
}
