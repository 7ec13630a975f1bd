import type { Pool } from 'pg';
import type { IntegrityBreak, IntegrityReport, VerificationProgress } from '../event-store.port.js';
import { contentHash, GENESIS_HASH, linkHash } from '../hashing.js';
import { comparePositions, type GlobalPosition } from '../position.js';

const BATCH = 5_000;

interface StoredRow {
  transaction_id: string;
  sequence: string;
  event_id: string;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  recorded_at: Date;
  content_hash: Buffer;
  hash: Buffer;
}

interface ChainRow {
  ordinal: string;
  transaction_id: string;
  sequence: string;
  event_id: string;
  stream_id: string;
  version: number;
  hash: Buffer;
}

const positionOf = (row: { transaction_id: string; sequence: string }): GlobalPosition => ({
  commit: BigInt(row.transaction_id),
  sequence: BigInt(row.sequence),
});

/** Keeps the break that comes first in global order; a missing event sorts by its sealed position. */
class EarliestBreak {
  value: IntegrityBreak | null = null;

  offer(candidate: IntegrityBreak): void {
    if (!this.value || comparePositions(candidate.position!, this.value.position!) < 0) this.value = candidate;
  }
}

function breakAt(row: { event_id: string; stream_id: string; version: number } & Parameters<typeof positionOf>[0], reason: string) {
  return { eventId: row.event_id, streamId: row.stream_id, version: row.version, position: positionOf(row), reason };
}

/**
 * Recomputes the ledger's hashes in two passes: each stream's chain (content, contiguous versions,
 * links, order), then the global chain in log order (deleted, inserted or reordered events).
 */
export async function verifyLedger(pool: Pool, onProgress?: (progress: VerificationProgress) => void): Promise<IntegrityReport> {
  const earliest = new EarliestBreak();
  const streams = await verifyStreams(pool, earliest, onProgress);
  const chain = await verifyGlobalChain(pool, earliest, onProgress);
  return {
    intact: earliest.value === null,
    eventsChecked: streams.eventsChecked,
    streamsChecked: streams.streamsChecked,
    eventsSealed: chain.eventsSealed,
    sealHead: chain.sealHead,
    firstBreak: earliest.value && { ...earliest.value },
  };
}

async function verifyStreams(pool: Pool, earliest: EarliestBreak, onProgress?: (progress: VerificationProgress) => void) {
  let eventsChecked = 0;
  let streamsChecked = 0;
  let previous: StoredRow | undefined;
  for (;;) {
    const { rows } = await pool.query<StoredRow>(
      `SELECT transaction_id, sequence, event_id, stream_id, version, type, schema_version, data, metadata,
              recorded_at, content_hash, hash
       FROM ledger.events WHERE (stream_id, version) > ($1, $2) ORDER BY stream_id, version LIMIT $3`,
      [previous?.stream_id ?? '', previous?.version ?? 0, BATCH],
    );
    for (const row of rows) {
      const predecessor = previous?.stream_id === row.stream_id ? previous : undefined;
      if (!predecessor) streamsChecked += 1;
      const problem = streamProblem(row, predecessor);
      if (problem) earliest.offer(breakAt(row, problem));
      previous = row;
    }
    eventsChecked += rows.length;
    onProgress?.({ phase: 'streams', eventsChecked });
    if (rows.length < BATCH) return { eventsChecked, streamsChecked };
  }
}

function streamProblem(row: StoredRow, predecessor: StoredRow | undefined): string | undefined {
  const recomputed = contentHash({
    eventId: row.event_id,
    streamId: row.stream_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  });
  if (!recomputed.equals(row.content_hash)) return 'content does not match its hash: the event was changed';
  const expectedVersion = (predecessor?.version ?? 0) + 1;
  if (row.version !== expectedVersion) {
    return `version ${row.version} follows version ${expectedVersion - 1}: an event of the stream is missing`;
  }
  if (!linkHash(predecessor?.hash ?? GENESIS_HASH, row.content_hash).equals(row.hash)) {
    return 'hash does not link to the previous event of the stream';
  }
  if (predecessor && comparePositions(positionOf(row), positionOf(predecessor)) <= 0) {
    return 'stands before its predecessor in the global log: events were reordered';
  }
  return undefined;
}

async function verifyGlobalChain(pool: Pool, earliest: EarliestBreak, onProgress?: (progress: VerificationProgress) => void) {
  let previousLink: Buffer = GENESIS_HASH;
  let eventsSealed = 0;
  let lastEvent: StoredRow | undefined;
  let lastOrdinal = 0n;
  for (;;) {
    const { rows: links } = await pool.query<ChainRow>(
      `SELECT ordinal, transaction_id, sequence, event_id, stream_id, version, hash
       FROM ledger.global_chain WHERE ordinal > $1 ORDER BY ordinal LIMIT $2`,
      [lastOrdinal.toString(), BATCH],
    );
    if (links.length === 0) break;
    const { rows: events } = await pool.query<StoredRow>(
      `SELECT transaction_id, sequence, event_id, stream_id, version, hash FROM ledger.events
       WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint)
       ORDER BY transaction_id, sequence LIMIT $3`,
      [lastEvent?.transaction_id ?? '0', lastEvent?.sequence ?? '0', links.length],
    );
    for (const [index, link] of links.entries()) {
      const event = events[index];
      const problem = await chainProblem(pool, link, event, lastOrdinal + 1n, previousLink);
      if (problem) {
        earliest.offer(problem);
        return { eventsSealed, sealHead: previousLink.toString('hex') };
      }
      previousLink = link.hash;
      lastOrdinal = BigInt(link.ordinal);
      lastEvent = event;
      eventsSealed += 1;
    }
    onProgress?.({ phase: 'global-chain', eventsChecked: eventsSealed });
  }
  return { eventsSealed, sealHead: eventsSealed > 0 ? previousLink.toString('hex') : null };
}

async function chainProblem(
  pool: Pool,
  link: ChainRow,
  event: StoredRow | undefined,
  expectedOrdinal: bigint,
  previousLink: Buffer,
): Promise<IntegrityBreak | undefined> {
  if (BigInt(link.ordinal) !== expectedOrdinal) {
    return breakAt(link, `global seal ${expectedOrdinal} is missing: the chain beside the log was cut`);
  }
  if (event?.event_id !== link.event_id) {
    const { rowCount } = await pool.query('SELECT 1 FROM ledger.events WHERE event_id = $1', [link.event_id]);
    if (!rowCount) return breakAt(link, 'sealed event is missing from the log: it was deleted');
    return breakAt(link, `the log holds ${event?.event_id ?? 'nothing'} where this sealed event stood: events were reordered or inserted`);
  }
  if (comparePositions(positionOf(event), positionOf(link)) !== 0) {
    return breakAt(event, 'global position differs from the sealed one: events were moved');
  }
  if (!linkHash(previousLink, event.hash).equals(link.hash)) {
    return breakAt(event, 'global seal does not match the event hash');
  }
  return undefined;
}
