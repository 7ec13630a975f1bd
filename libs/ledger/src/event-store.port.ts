import type { GlobalPosition } from './position.js';

/** Who caused an event, and why: carried by every event of the ledger. */
export interface EventMetadata {
  /** Account id of the person or machine client, or `system:<component>` for automatic steps. */
  readonly actorId: string;
  /** The member organization a representative acted for, when there is one. */
  readonly onBehalfOf: string | null;
  /** Shared by everything one request (or one process started by it) caused. */
  readonly correlationId: string;
  /** The command or event that directly caused this event. */
  readonly causationId: string | null;
  /** The client's idempotency key, when it sent one. */
  readonly commandId: string | null;
  /** SHA-256 of what the client asked with that key (route and body), to tell a repeat from a reuse. */
  readonly commandDigest?: string;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
  /** Defaults to the registry's current schema version of the type (1 when unregistered). */
  readonly schemaVersion?: number;
  /** Defaults to the time of the append. */
  readonly recordedAt?: Date;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly version: number;
  readonly position: GlobalPosition;
  readonly type: Type;
  /** The schema version of `data` as returned, after upcasting. */
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
  /** Hex SHA-256 linking this event to its stream's previous event. */
  readonly hash: string;
}

/** The shape of a domain event: its type and its data. */
export interface EventShape {
  readonly type: string;
  readonly data: unknown;
}

/** The recorded events of a stream whose events are `E` (a union of domain events), each type with its own data. */
export type RecordedOf<E extends EventShape> = E extends EventShape ? RecordedEvent<E['type'], E['data']> : never;

/** A recorded event as the domain event it records, its type and data alone (to keep, say, in a row). */
export const domainEventOf = <E extends EventShape>(recorded: RecordedOf<E>): E => ({ type: recorded.type, data: recorded.data }) as E;

/**
 * The events of a stream read as the domain events its category holds. This is the boundary between
 * stored and domain events: what is stored under a category was decided by that category's decider,
 * and upcasting on read has lifted it to the current shape, so the read may name their type.
 */
export async function readStreamOf<E extends EventShape>(store: EventStore, streamId: string, options?: ReadStreamOptions): Promise<RecordedOf<E>[]> {
  return (await store.readStream(streamId, options)) as RecordedOf<E>[];
}

/**
 * What the writer believes about the stream: `no_stream` (it must not exist yet),
 * `stream_exists`, `any`, or the exact version of its last event.
 */
export type ExpectedVersion = 'no_stream' | 'stream_exists' | 'any' | number;

/**
 * Another stream that must still stand at `version` when the append is made: a decision that used
 * another record's state (a ballot, its resolution's voting session) is not appended once that
 * record has moved on, and is decided again on its new events.
 */
export interface AppendCondition {
  readonly streamId: string;
  readonly version: number;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append: the version of its last event. */
  readonly version: number;
  /** The global position of the last appended event. */
  readonly position: GlobalPosition;
  readonly eventIds: readonly string[];
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Forwards: the first version returned; backwards: the last one (inclusive). */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

/** The end of a stream from a version on (inclusive), as `readStream` with `fromVersion` reads it. */
export interface StreamTail {
  readonly streamId: string;
  readonly fromVersion: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  readonly after?: GlobalPosition;
  readonly maxCount: number;
}

export interface SubscriptionOptions {
  /** Exclusive checkpoint to resume from; the start of the log when absent. */
  readonly after?: GlobalPosition;
  readonly batchSize?: number;
  /** Called with each batch in global order; the next batch waits until it resolves. */
  readonly onEvents: (events: readonly RecordedEvent[]) => Promise<void>;
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once the subscriber has caught up with the log as it stood when called. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

export interface IntegrityBreak {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  /** Absent when the event itself is missing from the log. */
  readonly position: GlobalPosition | null;
  readonly reason: string;
}

export interface VerificationProgress {
  readonly phase: 'streams' | 'global-chain';
  readonly eventsChecked: number;
}

export interface IntegrityReport {
  readonly intact: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  /** Events covered by the global chain; the rest are protected by their stream chains only. */
  readonly eventsSealed: number;
  /** Hex hash of the last global seal: publish it to make later rewriting evident. */
  readonly sealHead: string | null;
  /** The earliest break in global order, when the ledger is not intact. */
  readonly firstBreak: IntegrityBreak | null;
}

/**
 * The ledger: an append-only, hash-linked log of events grouped in streams.
 * Every adapter must pass the contract suite in `testing/ledger-contract.ts`.
 */
export interface EventStore {
  /**
   * Appends atomically. Re-appending events whose ids were all already appended to this stream,
   * in the same order, succeeds as a no-op returning the first result (idempotent retries).
   * @throws ConcurrencyError when `expectedVersion` does not hold, or naming `unchanged.streamId`
   *   when that stream has events after `unchanged.version`
   * @throws DuplicateEventIdError when some ids were used elsewhere
   */
  append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion, unchanged?: AppendCondition): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Several different streams, each forwards from its version to its end, in the order asked: a
   * decision that rests on two records checks both at once (one round trip where the adapter can).
   */
  readStreamTails(tails: readonly StreamTail[]): Promise<RecordedEvent[][]>;
  /** Reads the global log in order; never returns an event while an earlier one may still commit. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Reads events by id, in no particular order; unknown ids are left out. */
  readEvents(eventIds: readonly string[]): Promise<RecordedEvent[]>;
  /** Calls `listener` with the position of the last event of each append this process makes, until the returned function is called. */
  onAppended?(listener: (position: GlobalPosition) => void): () => void;
  /** Catches up from the checkpoint, then follows the log live. */
  subscribe(options: SubscriptionOptions): Subscription;
  /** The position of the last event readers can see, or START for an empty ledger. */
  headPosition(): Promise<GlobalPosition>;
  /**
   * The position of the last event appended so far, which may lie beyond `headPosition` while an
   * earlier transaction is still open. A reader that has reached it has seen every append that was
   * acknowledged before this call.
   */
  appendedPosition(): Promise<GlobalPosition>;
  /** How many events lie strictly after `position`, up to `limit`. */
  countAfter(position: GlobalPosition, limit: number): Promise<number>;
  /** Recomputes every hash link and reports the first break. Reads only. */
  verify(onProgress?: (progress: VerificationProgress) => void): Promise<IntegrityReport>;
  close(): Promise<void>;
}

/** Nest injection token of the ledger. */
export const EVENT_STORE = Symbol('EventStore');
