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
 * The keys in the order `Array.prototype.sort` gives (UTF-16 code units), by insertion for the few
 * keys an event's object has: the default sort's generic comparison costs twice as much there.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > 16) return keys.sort();
  for (let index = 1; index < keys.length; index += 1) {
    const key = keys[index];
    let at = index - 1;
    for (; at >= 0 && keys[at] > key; at -= 1) keys[at + 1] = keys[at];
    keys[at + 1] = key;
  }
  return keys;
}

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

/** The same hash for callers that already hold the canonical JSON of data and metadata (and store it). */
export function contentHashOfCanonical(
  event: Omit<HashedContent, 'data' | 'metadata'>,
  canonicalData: string,
  canonicalMetadata: string,
): Buffer {
  return hash('sha256', contentInput(event, canonicalData, canonicalMetadata), 'buffer');
}

/**
 * The content hash as hex, for a check that only compares it: a digest as text costs a fraction of
 * one as a buffer, which gets a memory block of its own for the collector to track.
 */
export function contentHashHex(event: HashedContent): string {
  return hash('sha256', contentInput(event, canonicalJson(event.data), canonicalJson(event.metadata)), 'hex');
}

function contentInput(event: Omit<HashedContent, 'data' | 'metadata'>, canonicalData: string, canonicalMetadata: string): string {
  const head = `${json(event.eventId)},${json(event.streamId)},${json(event.type)},${json(event.schemaVersion)},${json(event.recordedAt.toISOString())}`;
  return `[${head},${canonicalData},${canonicalMetadata}]`;
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

/** Both SHA-256 hashes (always, but in a tampered export) copied into one reused buffer, not a new one per link. */
function linkInput(previous: Buffer, content: Buffer): Buffer {
  if (previous.length !== 32 || content.length !== 32) return Buffer.concat([previous, content]);
  previous.copy(LINK_INPUT, 0);
  content.copy(LINK_INPUT, 32);
  return LINK_INPUT;
}
