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
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

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
  return contentHashOfCanonical(event, canonicalJson(event.data), canonicalJson(event.metadata));
}

/** The same hash for callers that already hold the canonical JSON of data and metadata (and store it). */
export function contentHashOfCanonical(
  event: Omit<HashedContent, 'data' | 'metadata'>,
  canonicalData: string,
  canonicalMetadata: string,
): Buffer {
  const head = [event.eventId, event.streamId, event.type, event.schemaVersion, event.recordedAt.toISOString()].map((part) => JSON.stringify(part));
  return hash('sha256', `[${head.join(',')},${canonicalData},${canonicalMetadata}]`, 'buffer');
}

/** SHA-256(previous link ‖ content hash): each link commits to the whole history before it. */
export function linkHash(previous: Buffer, content: Buffer): Buffer {
  return hash('sha256', Buffer.concat([previous, content]), 'buffer');
}
