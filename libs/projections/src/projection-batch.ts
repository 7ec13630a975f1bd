import { comparePositions, START, type EventStore, type GlobalPosition, type RecordedEvent } from '#accord/ledger';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from './projection.js';

export interface BatchTarget {
  /** Live tables when absent; otherwise the schema a rebuild writes into. */
  readonly schema?: string;
  readonly batchSize: number;
}

export interface BatchOutcome {
  /** Events read from the log, including those the projection does not handle. */
  readonly events: number;
  readonly checkpoint: GlobalPosition;
  /** False when another process holds the projection: nothing was done. */
  readonly acquired: boolean;
}

// Advisory lock namespaces (first key); the second key is a hash of the projection's name.
/** Held for one batch by whoever writes the live tables. */
export const LIVE_LOCK = 730_120_606;
/** Held for a whole rebuild, so that two rebuilds of one projection never interleave. */
export const REBUILD_LOCK = 730_120_607;

export async function readCheckpoint(manager: EntityManager, projection: string): Promise<GlobalPosition> {
  const rows: Array<{ commit_position: string; sequence_position: string }> = await manager.query(
    'SELECT commit_position, sequence_position FROM projection_checkpoints WHERE projection = $1',
    [projection],
  );
  return rows[0] ? { commit: BigInt(rows[0].commit_position), sequence: BigInt(rows[0].sequence_position) } : START;
}

async function writeCheckpoint(manager: EntityManager, projection: string, position: GlobalPosition): Promise<void> {
  await manager.query(
    `INSERT INTO projection_checkpoints (projection, commit_position, sequence_position, updated_at)
     VALUES ($1, $2, $3, now())
     ON CONFLICT (projection) DO UPDATE SET commit_position = $2, sequence_position = $3, updated_at = now()`,
    [projection, position.commit.toString(), position.sequence.toString()],
  );
}

/**
 * Applies the next batch after the checkpoint and moves the checkpoint, in one transaction.
 * `try` takes the live lock for the transaction and does nothing when another process holds it;
 * `held` is for callers that already hold the lock that makes them the only writer.
 */
export async function applyNextBatch(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  target: BatchTarget,
  locking: 'try' | 'held',
): Promise<BatchOutcome> {
  return dataSource.transaction((manager) => applyNextBatchIn(manager, store, projection, target, locking));
}

export async function applyNextBatchIn(
  manager: EntityManager,
  store: EventStore,
  projection: Projection,
  target: BatchTarget,
  locking: 'try' | 'held',
): Promise<BatchOutcome> {
  if (locking === 'try' && !(await tryLiveLock(manager, projection))) return { events: 0, checkpoint: START, acquired: false };
  if (target.schema) await manager.query(`SET LOCAL search_path TO ${target.schema}, read, public`);
  const checkpoint = await readCheckpoint(manager, projection.name);
  const events = await store.readAll({ after: checkpoint, maxCount: target.batchSize });
  return applyEvents(manager, projection, checkpoint, events);
}

/** A run of the global log read once for many projections: every event after `after`, in order, with none left out. */
export interface ReadBatch {
  readonly after: GlobalPosition;
  readonly events: readonly RecordedEvent[];
}

/**
 * Applies the part of a shared batch that lies after the projection's checkpoint: to the live tables
 * under the live lock (taken for the transaction, or nothing is done), or to a rebuild's copies in
 * `schema`, whose writer holds the rebuild lock. A checkpoint before the batch applies nothing.
 */
export async function applyReadBatchIn(manager: EntityManager, projection: Projection, batch: ReadBatch, schema?: string): Promise<BatchOutcome> {
  if (schema) await manager.query(`SET LOCAL search_path TO ${schema}, read, public`);
  else if (!(await tryLiveLock(manager, projection))) return { events: 0, checkpoint: START, acquired: false };
  const checkpoint = await readCheckpoint(manager, projection.name);
  if (comparePositions(checkpoint, batch.after) < 0) return { events: 0, checkpoint, acquired: true };
  const unseen = batch.events.filter((event) => comparePositions(event.position, checkpoint) > 0);
  return applyEvents(manager, projection, checkpoint, unseen);
}

/**
 * Reads the log in batches and, after a full one, the next batch already while the caller applies
 * it. The read ahead is used only when the caller next asks from exactly where it ended (every
 * projection applied the batch) and only when it is full: a full batch read earlier holds every
 * event up to its last, as one read now would, and the caller reads on after it; a shorter one may
 * lack what was appended since, and a caller told of that append must see it, so the log is read
 * again.
 */
export class BatchReader {
  private ahead: { readonly after: GlobalPosition; readonly events: Promise<RecordedEvent[]> } | undefined;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly batchSize: number,
  ) {}

  async read(after: GlobalPosition): Promise<RecordedEvent[]> {
    const ahead = this.ahead;
    this.ahead = undefined;
    const early = ahead && comparePositions(ahead.after, after) === 0 ? await ahead.events.catch(() => []) : [];
    const events = early.length === this.batchSize ? early : await this.store.readAll({ after, maxCount: this.batchSize });
    if (events.length === this.batchSize) {
      const next = events[events.length - 1].position;
      const read = this.store.readAll({ after: next, maxCount: this.batchSize });
      // A read ahead that fails is read again when it is needed.
      read.catch(() => undefined);
      this.ahead = { after: next, events: read };
    }
    return events;
  }

  /** Waits for a read ahead still running, so that the store may be closed after it. */
  async settle(): Promise<void> {
    const ahead = this.ahead;
    this.ahead = undefined;
    await ahead?.events.catch(() => undefined);
  }
}

/** True when none of `events` reaches the projection's `apply`. */
export function handlesNone(projection: Projection, events: readonly RecordedEvent[]): boolean {
  if (!projection.eventTypes) return events.length === 0;
  const wanted = new Set(projection.eventTypes);
  return !events.some((event) => wanted.has(event.type));
}

/**
 * Moves the live checkpoints of projections that handle none of a shared batch's events to its end,
 * all in one statement: each under its live lock (left as it is when another process holds it),
 * none that lies before the batch or already past it. Answers the projections moved.
 */
export async function passReadBatchIn(manager: EntityManager, names: readonly string[], batch: ReadBatch): Promise<string[]> {
  const last = batch.events[batch.events.length - 1].position;
  const moved: Array<{ projection: string }> = await manager.query(
    `WITH held AS (SELECT name FROM unnest($1::text[]) AS name WHERE pg_try_advisory_xact_lock($2, hashtext(name)))
     INSERT INTO projection_checkpoints (projection, commit_position, sequence_position, updated_at)
     SELECT held.name, $3, $4, now() FROM held LEFT JOIN projection_checkpoints c ON c.projection = held.name
      WHERE (coalesce(c.commit_position, 0), coalesce(c.sequence_position, 0)) >= ($5::bigint, $6::bigint)
        AND (coalesce(c.commit_position, 0), coalesce(c.sequence_position, 0)) < ($3::bigint, $4::bigint)
     ON CONFLICT (projection) DO UPDATE SET commit_position = EXCLUDED.commit_position,
       sequence_position = EXCLUDED.sequence_position, updated_at = now()
     RETURNING projection`,
    [names, LIVE_LOCK, last.commit.toString(), last.sequence.toString(), batch.after.commit.toString(), batch.after.sequence.toString()],
  );
  return moved.map((row) => row.projection);
}

async function tryLiveLock(manager: EntityManager, projection: Projection): Promise<boolean> {
  const [{ acquired }] = await manager.query('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS acquired', [LIVE_LOCK, projection.name]);
  return acquired;
}

async function applyEvents(
  manager: EntityManager,
  projection: Projection,
  checkpoint: GlobalPosition,
  events: readonly RecordedEvent[],
): Promise<BatchOutcome> {
  if (events.length === 0) return { events: 0, checkpoint, acquired: true };
  const wanted = projection.eventTypes && new Set(projection.eventTypes);
  const handled = wanted ? events.filter((event) => wanted.has(event.type)) : events;
  if (handled.length > 0) await projection.apply(handled, manager);
  const last = events[events.length - 1].position;
  await writeCheckpoint(manager, projection.name, last);
  return { events: events.length, checkpoint: last, acquired: true };
}

/** Runs `work` over `items`, at most `limit` at a time, and returns the results in order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
