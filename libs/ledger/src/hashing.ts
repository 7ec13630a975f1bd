import { hash } from 'node:crypto';

/** The link that starts every stream chain and the global chain. */
export const GENESIS_HASH = Buffer.alloc(32);

/**
 * JSON with object keys sorted and no insignificant white space, so that a value hashes the same
 * after a round trip through PostgreSQL's jsonb (which reorders keys) or any other store.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(record);
  const flat = flatCanonical(record, keys);
  if (flat !== undefined) return flat;
  let text = '';
  for (const key of keys) {
    const item = record[key];
    if (item !== undefined) text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `{${text}}`;
}

/**
 * The canonical JSON of an object of strings, numbers, booleans and nulls (most event data and all
 * metadata) from the engine's own serializer, given its keys in order; undefined for anything else.
 * Keys that look like array indexes (an object lists those first) and `__proto__` (an assignment
 * would not make it a key) are left to the general path.
 */
function flatCanonical(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const sorted: Record<string, unknown> = {};
  for (const key of keys) {
    const item = record[key];
    const kind = typeof item;
    if ((item !== null && kind !== 'string' && kind !== 'number' && kind !== 'boolean') || isIndexLike(key) || key === '__proto__') return undefined;
    sorted[key] = item;
  }
  return JSON.stringify(sorted);
}

/**
 * The own keys of an object in code unit order, as `sort` puts them. The few keys of an event's
 * objects are sorted in place by insertion, which costs less than the call to `sort`.
 */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  if (keys.length > SMALL_OBJECT_KEYS) return keys.sort();
  for (let index = 1; index < keys.length; index += 1) {
    const key = keys[index];
    let place = index;
    for (; place > 0 && keys[place - 1] > key; place -= 1) keys[place] = keys[place - 1];
    keys[place] = key;
  }
  return keys;
}

const SMALL_OBJECT_KEYS = 16;

const isIndexLike = (key: string): boolean => key.length > 0 && key.charCodeAt(0) <= 57 && key.charCodeAt(0) >= 48;

export interface HashedContent {
  readonly eventId: string;
  readonly streamId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: Date;
}

/**
 * SHA-256 of what the event says; its version and position are covered by the chain links.
 * The input is the canonical JSON of [id, stream, type, schema version, time, data, metadata].
 */
export function contentHash(event: HashedContent): Buffer {
  return hash('sha256', contentInput(event, canonicalJson(event.data), canonicalJson(event.metadata)), 'buffer');
}

/**
 * The content hash as hex, for a check that only compares it: a digest as text costs a fraction of
 * one as a buffer, which gets a memory block of its own for the collector to track.
 */
export function contentHashHex(event: HashedContent): string {
  return hash('sha256', contentInput(event, canonicalJson(event.data), canonicalJson(event.metadata)), 'hex');
}

function contentInput(event: Omit<HashedContent, 'data' | 'metadata'>, canonicalData: string, canonicalMetadata: string): string {
  return canonicalInput(event.eventId, event.streamId, event.type, event.schemaVersion, event.recordedAt.toISOString(), canonicalData, canonicalMetadata);
}

/** What an event's content hash is computed over, given its recording time as ISO text and its canonical data and metadata. */
export interface CanonicalContent extends Omit<HashedContent, 'data' | 'metadata' | 'recordedAt'> {
  readonly recordedAt: string;
  readonly canonicalData: string;
  readonly canonicalMetadata: string;
}

function canonicalInput(
  eventId: string,
  streamId: string,
  type: string,
  schemaVersion: number,
  recordedAt: string,
  canonicalData: string,
  canonicalMetadata: string,
): string {
  return `[${json(eventId)},${json(streamId)},${json(type)},${json(schemaVersion)},${json(recordedAt)},${canonicalData},${canonicalMetadata}]`;
}

/** A part of the hashed array as `Array.prototype.join` puts it: nothing for a missing value. */
const json = (part: unknown): string => JSON.stringify(part) ?? '';

const LINK_INPUT = Buffer.alloc(64);

/** SHA-256(previous link ‖ content hash): each link commits to the whole history before it. */
export function linkHash(previous: Buffer, content: Buffer): Buffer {
  return hash('sha256', linkInput(previous, content), 'buffer');
}

/** The link hash as hex, for a check that only compares it (see `contentHashHex`). */
export function linkHashHex(previous: Buffer, content: Buffer): string {
  return hash('sha256', linkInput(previous, content), 'hex');
}

/** The content and link hashes of events appended one after another to a stream, 32 bytes an event. */
export interface ChainedHashes {
  readonly contents: Buffer;
  readonly links: Buffer;
  /** The link of the last event, as hex: what the next append to the stream links to. */
  readonly head: string;
}

/**
 * The content and link hashes of `events`, following the link `previous` (hex) of their stream.
 * Each digest is taken as hex and copied into one buffer for the batch: a digest as a buffer gets a
 * memory block of its own, two an event, for the collector to track.
 */
export function chainHashes(previous: string, events: readonly CanonicalContent[]): ChainedHashes {
  const contents = Buffer.allocUnsafe(32 * events.length);
  const links = Buffer.allocUnsafe(32 * events.length);
  let head = previous;
  let link = Buffer.from(previous, 'hex');
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index];
    const offset = 32 * index;
    const input = canonicalInput(event.eventId, event.streamId, event.type, event.schemaVersion, event.recordedAt, event.canonicalData, event.canonicalMetadata);
    contents.write(hash('sha256', input, 'hex'), offset, 'hex');
    head = linkHashHex(link, contents.subarray(offset, offset + 32));
    links.write(head, offset, 'hex');
    link = links.subarray(offset, offset + 32);
  }
  return { contents, links, head };
}

/** Both SHA-256 hashes (always, but in a tampered export) copied into one reused buffer, not a new one per link. */
function linkInput(previous: Buffer, content: Buffer): Buffer {
  if (previous.length !== 32 || content.length !== 32) return Buffer.concat([previous, content]);
  previous.copy(LINK_INPUT, 0);
  content.copy(LINK_INPUT, 32);
  return LINK_INPUT;
}
