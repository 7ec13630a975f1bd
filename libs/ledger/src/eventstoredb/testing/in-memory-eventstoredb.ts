import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type AppendResult,
  type Direction,
  type EventData,
  type EventStoreDBClient,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';

interface ReadOptions {
  readonly direction?: Direction;
  readonly maxCount?: number | bigint;
}

/**
 * The part of an EventStoreDB server the ledger uses, in memory, as the server documents it:
 * revisions from 0; a wrong expected revision fails with the current one; the same ids sent again
 * at the same expected revision are acknowledged without being written twice; every event gets a
 * rising `$all` position (commit = prepare), also on stream reads; reads include the event at
 * their start revision or position. It stands in for a server only where none is available:
 * the contract suite against EVENTSTORE_URL is what shows a real one behaves so.
 */
export class InMemoryEventStoreDb {
  private readonly log: AllStreamRecordedEvent[] = [];
  private readonly streams = new Map<string, AllStreamRecordedEvent[]>();
  // A real log starts with the server's own records.
  private nextPosition = 4_096n;

  get client(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    options: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<AppendResult> {
    await nextTurn();
    const batch = Array.isArray(events) ? events : [events];
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const expected = options.expectedRevision;
    if (expected !== NO_STREAM && typeof expected !== 'bigint') {
      throw new Error(`expected revision ${String(expected)} is not modelled`);
    }
    if (expected !== current) {
      const from = expected === NO_STREAM ? 0 : Number(expected) + 1;
      const already = stream.slice(from, from + batch.length);
      if (already.length === batch.length && already.every((event, index) => event.id === batch[index].id)) {
        const last = already[already.length - 1];
        return { success: true, nextExpectedRevision: last.revision, position: last.position };
      }
      throw new WrongExpectedVersionError(undefined, { streamName, current, expected });
    }
    for (const event of batch) this.record(streamName, event.id, event.type, event.data, event.metadata);
    const last = this.streams.get(streamName)!.at(-1)!;
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  /** Writes as the server itself or another application would, with no expectations. */
  writeOther(streamName: string, type: string, data: unknown = {}, metadata?: unknown): void {
    this.record(streamName, randomUUID(), type, data, metadata);
  }

  async *readStream(
    streamName: string,
    options: ReadOptions & { fromRevision?: ReadRevision } = {},
  ): AsyncGenerator<{ event: AllStreamRecordedEvent }> {
    await nextTurn();
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const backwards = options.direction === BACKWARDS;
    const { fromRevision = backwards ? END : START } = options;
    const end = backwards ? stream.length - 1 : stream.length;
    const start = fromRevision === START ? 0 : fromRevision === END ? end : Math.min(Number(fromRevision), end);
    yield* this.slice(stream, start, options);
  }

  async *readAll(options: ReadOptions & { fromPosition?: ReadPosition } = {}): AsyncGenerator<AllStreamResolvedEvent> {
    await nextTurn();
    const backwards = options.direction === BACKWARDS;
    const { fromPosition = backwards ? END : START } = options;
    let start: number;
    if (fromPosition === START) start = 0;
    else if (fromPosition === END) start = backwards ? this.log.length - 1 : this.log.length;
    else if (backwards) start = this.log.findLastIndex((event) => event.position.commit <= fromPosition.commit);
    else start = insertionPoint(this.log, fromPosition.commit);
    yield* this.slice(this.log, start, options);
  }

  async dispose(): Promise<void> {}

  private *slice(events: readonly AllStreamRecordedEvent[], start: number, options: ReadOptions) {
    const step = options.direction === BACKWARDS ? -1 : 1;
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    for (let index = start, count = 0; index >= 0 && index < events.length && count < maxCount; index += step, count += 1) {
      yield { event: events[index] };
    }
  }

  private record(streamName: string, id: string, type: string, data: unknown, metadata: unknown): void {
    const stream = this.streams.get(streamName) ?? [];
    const position = { commit: this.nextPosition, prepare: this.nextPosition };
    this.nextPosition += 128n;
    const event = {
      streamId: streamName,
      id,
      isJson: true,
      revision: BigInt(stream.length),
      type,
      created: new Date(),
      data: roundTrip(data),
      metadata: metadata === undefined ? undefined : roundTrip(metadata),
      position,
    } as AllStreamRecordedEvent;
    stream.push(event);
    this.streams.set(streamName, stream);
    this.log.push(event);
  }
}

/** What the server returns is what the client serialized: JSON. */
function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function insertionPoint(log: readonly AllStreamRecordedEvent[], commit: bigint): number {
  const index = log.findIndex((event) => event.position.commit >= commit);
  return index === -1 ? log.length : index;
}

/** Lets other calls run in between, as network round trips would. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
