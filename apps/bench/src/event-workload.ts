import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '#accord/ledger';

/** Events per page of every paginated read, raw or through the ledger. */
export const PAGE_SIZE = 1_000;
export const SINGLE = { events: 20_000, concurrency: 16 };
export const BATCHED = { events: 200_000, eventsPerWrite: 100, concurrency: 4 };
export const CONTENDED = { appends: 2_000, writers: 16 };

/** Events appended together to one stream, as one append (ledger) or one set of rows (raw SQL). */
export interface StreamWrite {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
}

/** The event type whose version 1 the read benchmark lifts to version 2 while reading. */
export const UPCAST_TYPE = 'BallotCast';

const KINDS = [
  { category: 'membership', type: 'MembershipApplied' },
  { category: 'ballot', type: UPCAST_TYPE },
  { category: 'dues', type: 'DuesPaid' },
  { category: 'appeal', type: 'AppealFiled' },
] as const;

const DATA_BYTES = 300;
// Payloads are shared between events to keep 200,000 events in memory small; PostgreSQL stores
// each copy in full (jsonb under 2 kB is not compressed), so the server's work is unchanged.
const VARIANTS = 1_000;
const JURISDICTIONS = ['KZ', 'KG', 'UZ', 'TJ', 'AM', 'AZ', 'BY', 'MD', 'RU'];
const FILLER =
  'Resolution of the board on the admission of member organizations and the schedule of dues for the coming year. '.repeat(4);

function payload(variant: number): Record<string, unknown> {
  const data = {
    organizationId: randomUUID(),
    representativeId: randomUUID(),
    reference: `ACC-${String(variant).padStart(8, '0')}`,
    jurisdiction: JURISDICTIONS[variant % JURISDICTIONS.length],
    amountMinor: (variant * 7_919) % 1_000_000,
    decidedAt: new Date(Date.UTC(2026, 0, 1) + variant * 60_000).toISOString(),
    note: '',
  };
  data.note = FILLER.slice(0, Math.max(0, DATA_BYTES - JSON.stringify(data).length));
  return data;
}

function metadata(variant: number): EventMetadata {
  return {
    actorId: `account:${randomUUID()}`,
    onBehalfOf: variant % 3 === 0 ? null : randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    commandId: variant % 2 === 0 ? randomUUID() : null,
  };
}

const payloads = Array.from({ length: VARIANTS }, (_, variant) => payload(variant));
const metadatas = Array.from({ length: VARIANTS }, (_, variant) => metadata(variant));

/**
 * `randomUUID()` returns a rope of many short pieces, about 490 bytes; reading one character makes
 * V8 flatten it to about 70. Without this the ids alone would take 100 MB and swamp the memory figure.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

function newEvent(type: string, ordinal: number): NewEvent {
  return {
    eventId: flat(randomUUID()),
    type,
    data: payloads[ordinal % VARIANTS],
    metadata: metadatas[ordinal % VARIANTS],
    // Explicit, so the raw rows and the ledger's rows carry the same schema version.
    schemaVersion: 1,
  };
}

/** `streams` new streams of `eventsPerStream` events each, the kinds of stream in rotation. */
function streamWrites(streams: number, eventsPerStream: number): StreamWrite[] {
  let ordinal = 0;
  return Array.from({ length: streams }, (_, index) => {
    const kind = KINDS[index % KINDS.length];
    const events = Array.from({ length: eventsPerStream }, () => newEvent(kind.type, (ordinal += 1)));
    return { streamId: flat(`${kind.category}-${randomUUID()}`), events };
  });
}

/** One event to each of many new streams. */
export function singleWrites(scale: number): StreamWrite[] {
  return streamWrites(Math.round(SINGLE.events * scale), 1);
}

/** Many new streams, each written by one statement or append of `eventsPerWrite` events. */
export function batchedWrites(scale: number): StreamWrite[] {
  return batchedWritesOf(BATCHED.events * scale);
}

/** The batched workload cut to `events` events (in whole writes). */
export function batchedWritesOf(events: number): StreamWrite[] {
  return streamWrites(Math.max(1, Math.round(events / BATCHED.eventsPerWrite)), BATCHED.eventsPerWrite);
}

export function eventCount(writes: readonly StreamWrite[]): number {
  return writes.reduce((total, write) => total + write.events.length, 0);
}

/** Events for one stream that many writers extend one event at a time. */
export function contendedEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent(UPCAST_TYPE, index));
}
