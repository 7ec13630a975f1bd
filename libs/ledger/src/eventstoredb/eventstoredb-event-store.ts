import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START as LOG_START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type Direction,
  type JSONType,
  type ReadRevision,
} from '@eventstore/db-client';
import { earlierAppend, satisfies } from '../append-rules.js';
import { ConcurrencyError, DuplicateEventIdError } from '../errors.js';
import type {
  AppendCondition,
  AppendResult,
  EventStore,
  ExpectedVersion,
  IntegrityReport,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamTail,
  Subscription,
  SubscriptionOptions,
  VerificationProgress,
} from '../event-store.port.js';
import { GENESIS_HASH } from '../hashing.js';
import { AppendSignal, OpenSubscriptions, pollingSubscription } from '../polling-subscription.js';
import { formatPosition, START, type GlobalPosition } from '../position.js';
import { UpcasterRegistry } from '../upcasting.js';
import {
  CLAIM_EVENT_TYPE,
  claimedStreamOf,
  concurrencyErrorFrom,
  isBeyond,
  ledgerStreamIdOf,
  repeatedIds,
  revisionAfter,
  sealEvents,
  StreamNames,
  toEventStoreDbPosition,
  toGlobalPosition,
  toStoredEvent,
  versionAt,
  type EventStoreDbRecord,
  type StoredEvent,
  type StreamHead,
} from './eventstoredb-records.js';
import { StreamChainVerifier } from './stream-chain-verifier.js';

export interface EventStoreDbEventStoreOptions {
  readonly upcasters?: UpcasterRegistry;
  /**
   * Put before every stream name on the server, so that ledgers with different prefixes (or a
   * ledger and other applications) share one server without seeing each other's events. Choose
   * it before the first event is written.
   */
  readonly streamPrefix?: string;
  /** How long an idle subscriber waits before looking for other processes' appends. */
  readonly pollMilliseconds?: number;
  /** How many retries an `any` append gets when other writers keep taking the next version. */
  readonly anyVersionRetries?: number;
  /** The most records one read of `$all` fetches; events that are not the ledger's are skipped. */
  readonly pageSize?: number;
}

interface StreamReadOptions {
  readonly direction?: Direction;
  readonly fromRevision?: ReadRevision;
  readonly maxCount?: number;
}

const HEAD_CACHE_SIZE = 10_000;
const EMPTY_SCAN_CACHE_SIZE = 1_000;

/**
 * The ledger on EventStoreDB (KurrentDB), server 22.10 or later. Each ledger event is one server
 * event with the same id, type and JSON data; its metadata holds the port's metadata and the stream
 * hash chain. The server has no index by event id and keeps ids unique per stream only, so each id
 * is first claimed in a stream of its own (`<prefix>ledger-event-id-<id>`, created only if absent).
 * On a secure server, reading `$all` needs a user in `$admins`.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly ownsClient: boolean;
  private readonly names: StreamNames;
  private readonly upcasters: UpcasterRegistry;
  private readonly pageSize: number;
  private readonly signal = new AppendSignal();
  private readonly heads = new Map<string, StreamHead>();
  private readonly emptyScans = new Map<string, GlobalPosition>();
  private readonly subscriptions = new OpenSubscriptions();

  /** From a connection string (`esdb://host:2113?tls=false`) the store owns its client and closes it. */
  constructor(
    connection: string | EventStoreDBClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.ownsClient = typeof connection === 'string';
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
    this.names = new StreamNames(options.streamPrefix ?? '');
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.pageSize = options.pageSize ?? 1_000;
    // A forwards read of `$all` returns the event at its start position again: a page must hold more.
    if (this.pageSize < 2) throw new RangeError('pageSize must be at least 2');
  }

  /**
   * EventStoreDB appends to one stream at a time: `unchanged` is checked by reading that stream's
   * last event just before the write, so a move that lands between the two is not seen.
   */
  async append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion, unchanged?: AppendCondition): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('An append needs at least one event');
    if (!this.names.accepts(streamId)) {
      throw new RangeError(`Stream id "${streamId}" cannot be used on EventStoreDB: it is empty, a system stream or a claim`);
    }
    const repeated = repeatedIds(events);
    if (repeated.length > 0) throw new DuplicateEventIdError(repeated);
    // The server would store known ids once more at a new revision: ids claimed before may be stored.
    if (await this.claim(streamId, events)) {
      const replayed = await this.replayedAppend(streamId, events);
      if (replayed) return replayed;
    }
    const attempts = expectedVersion === 'any' ? (this.options.anyVersionRetries ?? 20) : 1;
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.headFor(streamId, expectedVersion);
      if (!satisfies(expectedVersion, head.version)) {
        const replayed = await this.replayedAppend(streamId, events);
        if (replayed) return replayed;
        throw new ConcurrencyError(streamId, expectedVersion, head.version);
      }
      if (unchanged) {
        const [last] = await this.readStored(unchanged.streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
        const version = last ? headOf(last).version : 0;
        if (version > unchanged.version) {
          const replayed = await this.replayedAppend(streamId, events);
          if (replayed) return replayed;
          throw new ConcurrencyError(unchanged.streamId, unchanged.version, version);
        }
      }
      try {
        return await this.write(streamId, events, head);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        this.heads.delete(streamId);
        const replayed = await this.replayedAppend(streamId, events);
        if (replayed) return replayed;
        if (attempt >= attempts) throw concurrencyErrorFrom(streamId, expectedVersion, error);
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const { fromVersion, maxCount } = options;
    if (!this.names.accepts(streamId) || (maxCount !== undefined && maxCount <= 0)) return [];
    if (backwards && fromVersion !== undefined && fromVersion < 1) return [];
    const fromRevision: ReadRevision = backwards
      ? fromVersion === undefined ? END : BigInt(fromVersion - 1)
      : fromVersion === undefined || fromVersion <= 1 ? LOG_START : BigInt(fromVersion - 1);
    const stored = await this.readStored(streamId, { direction: backwards ? BACKWARDS : FORWARDS, fromRevision, maxCount });
    const readToTheEnd = backwards ? fromVersion === undefined : stored.length < (maxCount ?? Infinity);
    const last = backwards ? stored[0] : stored[stored.length - 1];
    if (readToTheEnd && last) this.rememberHead(streamId, headOf(last));
    return stored.map((event) => this.toRecorded(event));
  }

  /** EventStoreDB reads one stream per call: the tails are read side by side. */
  readStreamTails(tails: readonly StreamTail[]): Promise<RecordedEvent[][]> {
    return Promise.all(tails.map((tail) => this.readStream(tail.streamId, { fromVersion: tail.fromVersion })));
  }

  /**
   * EventStoreDB serves `$all` as a prefix of its single-writer log, so an event read here can never
   * be followed by an earlier one that commits later.
   */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (options.maxCount <= 0) return [];
    // An idle subscriber asks again and again from the same position; the records past it that were
    // not the ledger's (system events, other applications) are final and need not be read twice.
    const scanKey = formatPosition(options.after ?? START);
    const from = this.emptyScans.get(scanKey) ?? options.after;
    const events: RecordedEvent[] = [];
    let scannedTo = from;
    const pageCount = () => Math.min(this.pageSize, options.maxCount - events.length + 1);
    for await (const record of this.scanAll(FORWARDS, from, pageCount)) {
      scannedTo = toGlobalPosition(record.position);
      const stored = toStoredEvent(this.names, record);
      if (!stored) continue;
      events.push(this.toRecorded(stored));
      if (events.length === options.maxCount) break;
    }
    if (events.length === 0 && scannedTo) this.rememberEmptyScan(scanKey, scannedTo);
    return events;
  }

  /**
   * Finds each id through its claim, then reads the streams the claims name: one short read per id
   * and one whole read per stream. The server has no index by event id; without claims this would
   * be a scan of `$all`.
   */
  async readEvents(eventIds: readonly string[]): Promise<RecordedEvent[]> {
    const claims = await Promise.all([...new Set(eventIds)].map(async (eventId) => ({ eventId, streamId: await this.claimedStream(eventId) })));
    const wanted = new Map<string, Set<string>>();
    for (const { eventId, streamId } of claims) {
      if (streamId !== undefined) wanted.set(streamId, (wanted.get(streamId) ?? new Set()).add(eventId));
    }
    const found: RecordedEvent[] = [];
    for (const [streamId, ids] of wanted) {
      const stored = await this.readStored(streamId, {});
      for (const event of stored) if (ids.has(event.eventId)) found.push(this.toRecorded(event));
    }
    return found;
  }

  onAppended(listener: (position: GlobalPosition) => void): () => void {
    return this.signal.listen(listener);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return this.subscriptions.track(pollingSubscription(this, this.signal, options, this.options.pollMilliseconds));
  }

  /** Reads `$all` backwards to the ledger's last event: cheap unless other writers have written much since. */
  async headPosition(): Promise<GlobalPosition> {
    for await (const record of this.scanAll(BACKWARDS, undefined, () => this.pageSize)) {
      const stored = toStoredEvent(this.names, record);
      if (stored) return stored.position;
    }
    return START;
  }

  /** `$all` shows an event only once it is committed, in commit order: the head is what was appended. */
  appendedPosition(): Promise<GlobalPosition> {
    return this.headPosition();
  }

  async countAfter(position: GlobalPosition, limit: number): Promise<number> {
    let count = 0;
    if (limit <= 0) return count;
    for await (const record of this.scanAll(FORWARDS, position, () => this.pageSize)) {
      if (toStoredEvent(this.names, record)) count += 1;
      if (count >= limit) break;
    }
    return count;
  }

  /** Reads the whole of `$all` once, in order. */
  async verify(onProgress?: (progress: VerificationProgress) => void): Promise<IntegrityReport> {
    const verifier = new StreamChainVerifier();
    for await (const record of this.scanAll(FORWARDS, undefined, () => this.pageSize)) {
      const stored = toStoredEvent(this.names, record);
      if (stored) {
        verifier.check(stored);
        if (verifier.eventsChecked % this.pageSize === 0) onProgress?.({ phase: 'streams', eventsChecked: verifier.eventsChecked });
        continue;
      }
      const streamId = ledgerStreamIdOf(this.names, record);
      if (streamId === undefined) continue;
      verifier.checkForeign({
        eventId: record.id,
        streamId,
        version: versionAt(record.revision),
        position: toGlobalPosition(record.position),
      });
    }
    onProgress?.({ phase: 'streams', eventsChecked: verifier.eventsChecked });
    return verifier.report();
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    if (this.ownsClient) await this.client.dispose();
  }

  /**
   * Reserves every id for this stream, so that no id ends up in two streams. Returns whether some
   * were reserved for it before: by an earlier attempt of this append, or by one racing it.
   * Reservations of an append that then fails stay: those ids remain usable in this stream only.
   */
  private async claim(streamId: string, events: readonly NewEvent[]): Promise<boolean> {
    const outcomes = await Promise.all(
      events.map(async ({ eventId }) => {
        try {
          await this.client.appendToStream(this.names.claim(eventId), jsonEvent({ type: CLAIM_EVENT_TYPE, data: { streamId } }), {
            expectedRevision: NO_STREAM,
          });
          return 'new';
        } catch (error) {
          if (!(error instanceof WrongExpectedVersionError)) throw error;
          return (await this.claimedStream(eventId)) === streamId ? 'earlier' : 'elsewhere';
        }
      }),
    );
    const elsewhere = events.filter((_, index) => outcomes[index] === 'elsewhere').map((event) => event.eventId);
    if (elsewhere.length > 0) throw new DuplicateEventIdError(elsewhere);
    return outcomes.includes('earlier');
  }

  private async claimedStream(eventId: string): Promise<string | undefined> {
    const [claim] = await this.readRecords(this.names.claim(eventId), { maxCount: 1 });
    return claim && claimedStreamOf(claim);
  }

  private async write(streamId: string, events: readonly NewEvent[], head: StreamHead): Promise<AppendResult> {
    const sealed = sealEvents(streamId, events, head, (type) => this.upcasters.currentVersion(type), new Date());
    await this.client.appendToStream(
      this.names.ledger(streamId),
      sealed.map((event) => jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: event.metadata })),
      { expectedRevision: revisionAfter(head.version) },
    );
    // The server acknowledges ids it already holds at these revisions without writing them again, so
    // the stored events may be a racing attempt's, hashed with another `recordedAt`: the result and
    // the cached head come from what is stored, never from what was sent.
    const stored = await this.readStored(streamId, { fromRevision: BigInt(head.version), maxCount: events.length });
    const result = earlierAppend(streamId, events, stored);
    if (!result) throw new Error(`Stream ${streamId} lost the events EventStoreDB just acknowledged`);
    this.rememberHead(streamId, headOf(stored[stored.length - 1]));
    this.signal.notify(result.position);
    return result;
  }

  /** The same events appended before, in the same order, make a retry a successful no-op. */
  private async replayedAppend(streamId: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    const ids = new Set(events.map((event) => event.eventId));
    const stored = await this.readStored(streamId, {});
    return earlierAppend(
      streamId,
      events,
      stored.filter((event) => ids.has(event.eventId)),
    );
  }

  private async headFor(streamId: string, expected: ExpectedVersion): Promise<StreamHead> {
    if (expected === 'no_stream' || expected === 0) return { version: 0, hash: GENESIS_HASH };
    const cached = this.heads.get(streamId);
    // A cached head is exact for the version it names: stored events never change.
    if (cached && (expected === 'any' || cached.version === expected)) return cached;
    const [last] = await this.readStored(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    if (!last) return { version: 0, hash: GENESIS_HASH };
    const head = headOf(last);
    this.rememberHead(streamId, head);
    return head;
  }

  private async readStored(streamId: string, options: StreamReadOptions): Promise<StoredEvent[]> {
    const records = await this.readRecords(this.names.ledger(streamId), options);
    return records.map((record) => {
      const stored = toStoredEvent(this.names, record);
      if (!stored) throw new Error(`Event ${record.id} of stream ${streamId} was not written by the ledger`);
      return stored;
    });
  }

  private async readRecords(name: string, options: StreamReadOptions): Promise<EventStoreDbRecord[]> {
    const records: EventStoreDbRecord[] = [];
    try {
      for await (const resolved of this.client.readStream(name, options)) {
        if (resolved.event) records.push(resolved.event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return records;
  }

  /** Yields the records of `$all` strictly past `boundary`, one page (whole, then yielded) at a time. */
  private async *scanAll(
    direction: Direction,
    boundary: GlobalPosition | undefined,
    pageCount: () => number,
  ): AsyncGenerator<AllStreamRecordedEvent> {
    const forwards = direction === FORWARDS;
    let from = boundary;
    for (;;) {
      const count = pageCount();
      const page: AllStreamRecordedEvent[] = [];
      const fromPosition = from ? toEventStoreDbPosition(from) : forwards ? LOG_START : END;
      for await (const resolved of this.client.readAll({ direction, fromPosition, maxCount: count })) {
        if (resolved.event) page.push(resolved.event);
      }
      for (const record of page) {
        if (!from || isBeyond(toGlobalPosition(record.position), from, forwards)) yield record;
      }
      if (page.length < count) return;
      from = toGlobalPosition(page[page.length - 1].position);
    }
  }

  private rememberHead(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > HEAD_CACHE_SIZE) this.heads.delete(this.heads.keys().next().value!);
  }

  private rememberEmptyScan(from: string, scannedTo: GlobalPosition): void {
    this.emptyScans.delete(from);
    this.emptyScans.set(from, scannedTo);
    if (this.emptyScans.size > EMPTY_SCAN_CACHE_SIZE) this.emptyScans.delete(this.emptyScans.keys().next().value!);
  }

  private toRecorded(event: StoredEvent): RecordedEvent {
    const { envelope } = event;
    const { schemaVersion, data } = this.upcasters.upcast(event.type, envelope.schemaVersion, event.data);
    return {
      eventId: event.eventId,
      streamId: event.streamId,
      version: event.version,
      position: event.position,
      type: event.type,
      schemaVersion,
      data,
      metadata: envelope.metadata,
      recordedAt: new Date(envelope.recordedAt),
      hash: envelope.hash,
    };
  }
}

function headOf(event: StoredEvent): StreamHead {
  return { version: event.version, hash: Buffer.from(event.envelope.hash, 'hex') };
}
