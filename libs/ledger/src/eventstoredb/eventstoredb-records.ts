import {
  NO_STREAM,
  type AppendExpectedRevision,
  type CurrentRevision,
  type Position,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ConcurrencyError } from '../errors.js';
import type { EventMetadata, ExpectedVersion, NewEvent } from '../event-store.port.js';
import { contentHash, linkHash } from '../hashing.js';
import { comparePositions, type GlobalPosition } from '../position.js';

/**
 * The revision a write must find at the head of its stream to land right after `version`
 * (1-based, 0 for a new stream). Every write names the exact head its first hash links to:
 * sending `any` or `stream_exists` to the server would let another writer slip in between and
 * leave the new event linked to the wrong predecessor. The port's `any` and `stream_exists` are
 * therefore checked against that head before the write, and `any` retries after a conflict.
 */
export function revisionAfter(version: number): AppendExpectedRevision {
  return version === 0 ? NO_STREAM : BigInt(version - 1);
}

/** The 1-based version of a stream whose last event has the 0-based `revision`. */
export function versionAt(revision: CurrentRevision): number {
  return revision === NO_STREAM ? 0 : Number(revision) + 1;
}


export function concurrencyErrorFrom(
  streamId: string,
  expected: ExpectedVersion,
  error: WrongExpectedVersionError,
): ConcurrencyError {
  return new ConcurrencyError(streamId, expected, versionAt(error.actualVersion));
}

/** `$all` is ordered by (commit, prepare) exactly as the port orders (commit, sequence). */
export function toGlobalPosition(position: Position): GlobalPosition {
  return { commit: position.commit, sequence: position.prepare };
}

export function toEventStoreDbPosition(position: GlobalPosition): Position {
  return { commit: position.commit, prepare: position.sequence };
}

/** Whether `position` lies strictly past `boundary` when reading in that direction. */
export function isBeyond(position: GlobalPosition, boundary: GlobalPosition, forwards: boolean): boolean {
  const order = comparePositions(position, boundary);
  return forwards ? order > 0 : order < 0;
}

/** Claims reserve event ids; a ledger stream id may not look like one. */
export const CLAIM_STREAM_PREFIX = 'ledger-event-id-';
export const CLAIM_EVENT_TYPE = 'EventIdClaimed';

/**
 * How the ledger names its streams on the server: a prefix (empty by default) before each stream id,
 * so that several ledgers, or one ledger and other applications, can share a server.
 */
export class StreamNames {
  constructor(readonly prefix: string) {}

  ledger(streamId: string): string {
    return `${this.prefix}${streamId}`;
  }

  claim(eventId: string): string {
    return `${this.prefix}${CLAIM_STREAM_PREFIX}${eventId}`;
  }

  /** The ledger's stream id for a server stream name; undefined for system streams, claims and other prefixes. */
  streamIdOf(name: string): string | undefined {
    if (name.startsWith('$') || !name.startsWith(this.prefix)) return undefined;
    const streamId = name.slice(this.prefix.length);
    if (streamId === '' || streamId.startsWith('$') || streamId.startsWith(CLAIM_STREAM_PREFIX)) return undefined;
    return streamId;
  }

  /** Whether `streamId` names a stream the ledger can write and read back as its own. */
  accepts(streamId: string): boolean {
    return this.streamIdOf(this.ledger(streamId)) === streamId;
  }
}

export const LEDGER_FORMAT = 'accord-ledger/1';

/** What the ledger keeps in an EventStoreDB event's metadata: the port's metadata and the hash chain. */
export interface LedgerEnvelope {
  readonly format: typeof LEDGER_FORMAT;
  readonly schemaVersion: number;
  /** ISO 8601, as hashed. */
  readonly recordedAt: string;
  /** Hex SHA-256. */
  readonly contentHash: string;
  /** Hex SHA-256 link to the stream's previous event. */
  readonly hash: string;
  readonly metadata: EventMetadata;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** The envelope of an event the ledger wrote, or undefined for anything else. */
export function decodeEnvelope(value: unknown): LedgerEnvelope | undefined {
  if (!isObject(value) || value.format !== LEDGER_FORMAT) return undefined;
  const { schemaVersion, recordedAt, contentHash: content, hash, metadata } = value;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return undefined;
  if (typeof recordedAt !== 'string' || Number.isNaN(Date.parse(recordedAt))) return undefined;
  if (typeof content !== 'string' || !HEX_SHA256.test(content)) return undefined;
  if (typeof hash !== 'string' || !HEX_SHA256.test(hash)) return undefined;
  if (!isObject(metadata)) return undefined;
  return { format: LEDGER_FORMAT, schemaVersion, recordedAt, contentHash: content, hash, metadata: metadata as unknown as EventMetadata };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parts of a record read from the server that the ledger uses; the client's recorded events fit it. */
export interface EventStoreDbRecord {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

/** A ledger event as stored, before upcasting. */
export interface StoredEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly data: unknown;
  readonly envelope: LedgerEnvelope;
}

// Servers before 22.10 send the largest uint64 instead of a `$all` position on stream reads.
const NO_POSITION = 2n ** 64n - 1n;

/** The ledger stream a record belongs to, unless it is a system event, a claim or outside the ledger. */
export function ledgerStreamIdOf(names: StreamNames, record: EventStoreDbRecord): string | undefined {
  if (record.type.startsWith('$')) return undefined;
  return names.streamIdOf(record.streamId);
}

/** The ledger event a record holds, or undefined when the ledger did not write it. */
export function toStoredEvent(names: StreamNames, record: EventStoreDbRecord): StoredEvent | undefined {
  const streamId = ledgerStreamIdOf(names, record);
  if (streamId === undefined || !record.isJson) return undefined;
  const envelope = decodeEnvelope(record.metadata);
  if (!envelope) return undefined;
  if (!record.position || record.position.commit === NO_POSITION) {
    throw new Error(`EventStoreDB sent no $all position for event ${record.id}: the ledger needs server 22.10 or later`);
  }
  return {
    eventId: record.id,
    streamId,
    version: versionAt(record.revision),
    position: toGlobalPosition(record.position),
    type: record.type,
    data: record.data,
    envelope,
  };
}

/** The claim's stream id, or undefined when the claim stream holds something else. */
export function claimedStreamOf(record: EventStoreDbRecord): string | undefined {
  if (record.type !== CLAIM_EVENT_TYPE || !isObject(record.data)) return undefined;
  const { streamId } = record.data;
  return typeof streamId === 'string' ? streamId : undefined;
}

export interface StreamHead {
  readonly version: number;
  readonly hash: Buffer;
}

export interface SealedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: LedgerEnvelope;
}

/** Versions, hashes and envelopes of events about to follow `head`, linked exactly as on PostgreSQL. */
export function sealEvents(
  streamId: string,
  events: readonly NewEvent[],
  head: StreamHead,
  schemaVersionOf: (eventType: string) => number,
  now: Date,
): SealedEvent[] {
  let previous = head.hash;
  return events.map((event) => {
    const schemaVersion = event.schemaVersion ?? schemaVersionOf(event.type);
    const recordedAt = event.recordedAt ?? now;
    const content = contentHash({ ...event, streamId, schemaVersion, recordedAt });
    previous = linkHash(previous, content);
    return {
      id: event.eventId,
      type: event.type,
      data: event.data,
      metadata: {
        format: LEDGER_FORMAT,
        schemaVersion,
        recordedAt: recordedAt.toISOString(),
        contentHash: content.toString('hex'),
        hash: previous.toString('hex'),
        metadata: event.metadata,
      },
    };
  });
}

/** Ids that occur more than once in one append: the server would store them twice. */
export function repeatedIds(events: readonly NewEvent[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { eventId } of events) (seen.has(eventId) ? repeated : seen).add(eventId);
  return [...repeated];
}

