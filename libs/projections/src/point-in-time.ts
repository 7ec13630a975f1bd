import { AsyncLocalStorage } from 'node:async_hooks';
import { DomainRuleViolation } from '#accord/kernel';
import { comparePositions, formatPosition, START, type EventStore, type GlobalPosition, type RecordedEvent } from '#accord/ledger';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from './projection.js';

/** The ledger as a point-in-time view needs it: read in order, and a bound turned into the last event at or before it. */
export interface PointInTimeLedger extends Pick<EventStore, 'readAll' | 'headPosition'> {
  lastPositionAtOrBefore(bound: GlobalPosition | Date): Promise<GlobalPosition>;
}

/** The ledger adapter cannot name the last event before a bound (EventStoreDB): answered as 422. */
export class PointInTimeUnavailable extends DomainRuleViolation {
  constructor() {
    super('POINT_IN_TIME_UNAVAILABLE', {
      ru: 'Состояние на прошлый момент доступно только с журналом в PostgreSQL',
      en: 'Past states are available with the PostgreSQL ledger only',
    });
  }
}

/** The store itself when it can serve point-in-time views; otherwise a ledger that refuses every bound. */
export function pointInTimeLedgerOf(store: EventStore): PointInTimeLedger {
  const lookup = (store as Partial<PointInTimeLedger>).lastPositionAtOrBefore;
  if (typeof lookup === 'function') return store as EventStore & PointInTimeLedger;
  return {
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    lastPositionAtOrBefore: () => Promise.reject(new PointInTimeUnavailable()),
  };
}

/** A position the ledger has not reached: answered as 422. */
export class PositionBeyondHead extends DomainRuleViolation {
  constructor(position: GlobalPosition, head: GlobalPosition) {
    super(
      'POSITION_BEYOND_HEAD',
      {
        ru: `Журнал ещё не дошёл до позиции ${formatPosition(position)}: последняя позиция ${formatPosition(head)}`,
        en: `The ledger has not reached position ${formatPosition(position)}: its last position is ${formatPosition(head)}`,
      },
      { position: formatPosition(position), head: formatPosition(head) },
    );
  }
}

export interface PointInTimeOptions {
  /** Views kept at once; the least recently used one not being read is dropped first. */
  readonly maxEntries: number;
  /** Disk the kept views may take together (tables and indexes), in bytes. */
  readonly maxBytes: number;
  readonly batchSize?: number;
}

/** A view held for the length of one read: it is not evicted until released. */
export interface PointInTimeLease {
  readonly position: GlobalPosition;
  readonly schema: string;
  /** True when the view was already built (or being built for another caller). */
  readonly cached: boolean;
  release(): void;
}

interface Entry {
  readonly position: GlobalPosition;
  readonly schema: string;
  readonly ready: Promise<void>;
  built: boolean;
  leases: number;
  lastUsed: number;
  bytes: number;
}

/** Held by a build for its transaction, so that two servers building one view never interleave. */
const POINT_IN_TIME_LOCK = 730_120_608;
const SCHEMA_PREFIX = 'point_in_time_';

/** The schema a request reads through, when it reads a point in time. */
const readingSchema = new AsyncLocalStorage<string>();

/** True inside `readAsOf`: the read models' queries read a past view, not the live tables. */
export const readingPointInTime = (): boolean => readingSchema.getStore() !== undefined;
const routed = new WeakSet<DataSource>();

type Release = (error?: unknown) => void;
interface ConnectionSource {
  obtainMasterConnection(): Promise<[PoolClient, Release]>;
}

/**
 * Every connection the read models' data source hands out inside `readAsOf` resolves unqualified
 * table names in the view's schema first, then in `read` (tables no projection owns: sessions,
 * checkpoints), and goes back to the pool with its search path reset. The query services stay as
 * they are: a point-in-time read runs their code against other tables.
 */
function routeThroughPointInTime(dataSource: DataSource): void {
  if (routed.has(dataSource)) return;
  routed.add(dataSource);
  const driver = dataSource.driver as unknown as ConnectionSource;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const schema = readingSchema.getStore();
    const [client, release] = await obtain();
    if (!schema) return [client, release];
    try {
      await client.query(`SET search_path TO ${schema}, read, public`);
    } catch (error) {
      release(error);
      throw error;
    }
    const reset: Release = (error) => {
      // A connection whose path could not be reset is closed, never handed to a live read.
      if (error) return release(error);
      client.query('RESET search_path').then(
        () => release(),
        (failure: unknown) => release(failure),
      );
    };
    return [client, reset];
  };
}

/**
 * The read models as they stood at a past position of the ledger: each view is a schema with copies
 * of the projections' tables, filled by the projections' own code from the ledger up to that
 * position, in one transaction, never touching the live tables. Views are kept by position under a
 * bound (count and disk), and concurrent requests for one position share one build.
 */
export class PointInTimeReadModels {
  private readonly entries = new Map<string, Entry>();
  private readonly projections: readonly Projection[];
  private readonly tables: readonly string[];
  private readonly batchSize: number;
  /** Builds run one after another: each replays the ledger and the machine has few cores. */
  private buildQueue: Promise<unknown> = Promise.resolve();
  private counters = { builds: 0, hits: 0, evictions: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: PointInTimeLedger,
    projections: readonly Projection[],
    private readonly options: PointInTimeOptions,
  ) {
    this.projections = projections.filter((projection) => projection.rebuildable !== false && projection.tables.length > 0);
    this.tables = this.projections.flatMap((projection) => projection.tables);
    this.batchSize = options.batchSize ?? 2_000;
    routeThroughPointInTime(dataSource);
  }

  get statistics() {
    const entries = [...this.entries.values()];
    return { ...this.counters, entries: entries.length, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) };
  }

  /**
   * The position of the last event at or before `bound`, the place the view of `bound` stands.
   * @throws PositionBeyondHead for a position the ledger has not reached
   */
  async resolve(bound: GlobalPosition | Date): Promise<GlobalPosition> {
    if (!(bound instanceof Date)) {
      const head = await this.ledger.headPosition();
      if (comparePositions(bound, head) > 0) throw new PositionBeyondHead(bound, head);
    }
    return this.ledger.lastPositionAtOrBefore(bound);
  }

  /** True when the view of this (resolved) position is kept or being built: reading it costs no build. */
  has(position: GlobalPosition): boolean {
    return this.entries.has(formatPosition(position));
  }

  /** The view of a resolved position, built on first use; release it when the read is over. */
  async lease(position: GlobalPosition): Promise<PointInTimeLease> {
    const key = formatPosition(position);
    let entry = this.entries.get(key);
    const cached = entry !== undefined;
    if (!entry) {
      const schema = `${SCHEMA_PREFIX}${position.commit}_${position.sequence}`;
      // The new view makes room before it is read, so the bound holds whenever an answer is given.
      const ready = this.enqueue(() => this.build(schema, position)).then(
        () => this.evictBeyondBound(),
        (error: unknown) => {
          this.entries.delete(key);
          throw error;
        },
      );
      entry = { position, schema, ready, built: false, leases: 0, lastUsed: Date.now(), bytes: 0 };
      this.entries.set(key, entry);
    } else {
      this.counters.hits += 1;
    }
    entry.leases += 1;
    const held = entry;
    try {
      await held.ready;
    } catch (error) {
      held.leases -= 1;
      throw error;
    }
    held.lastUsed = Date.now();
    let released = false;
    return {
      position,
      schema: held.schema,
      cached,
      release: () => {
        if (released) return;
        released = true;
        held.leases -= 1;
        held.lastUsed = Date.now();
        void this.evictBeyondBound();
      },
    };
  }

  /** Runs `read` with every read-model query inside it answered from the leased view. */
  readAsOf<T>(lease: Pick<PointInTimeLease, 'schema'>, read: () => T): T {
    return readingSchema.run(lease.schema, read);
  }

  /** Drops the views a previous run of the server left: their tables may predate its projections' code. */
  async dropLeftovers(): Promise<void> {
    const rows: { schema: string }[] = await this.dataSource.query(
      'SELECT nspname AS schema FROM pg_namespace WHERE starts_with(nspname, $1)',
      [SCHEMA_PREFIX],
    );
    const kept = new Set([...this.entries.values()].map((entry) => entry.schema));
    for (const { schema } of rows) if (!kept.has(schema)) await this.dataSource.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  /** Drops every view this server built. */
  async close(): Promise<void> {
    await this.buildQueue.catch(() => undefined);
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      await this.drop(entry.schema);
    }
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.buildQueue.then(work, work);
    this.buildQueue = next.catch(() => undefined);
    return next;
  }

  private async build(schema: string, position: GlobalPosition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [POINT_IN_TIME_LOCK, schema]);
      const [{ exists }] = await manager.query('SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists', [schema]);
      // Another server built this very view: one position always gives the same tables.
      if (exists) return;
      await manager.query(`CREATE SCHEMA ${schema}`);
      for (const table of this.tables) await manager.query(`CREATE TABLE ${schema}.${table} (LIKE read.${table} INCLUDING ALL)`);
      // Without `read` on the path, a projection can reach no live table.
      await manager.query(`SET LOCAL search_path TO ${schema}, public`);
      await this.replay(manager, position);
    });
    this.counters.builds += 1;
    const entry = this.entries.get(formatPosition(position));
    if (!entry) return;
    entry.bytes = await this.sizeOf(schema);
    entry.built = true;
  }

  private async replay(manager: EntityManager, until: GlobalPosition): Promise<void> {
    const wanted = this.projections.map((projection) => projection.eventTypes && new Set(projection.eventTypes));
    let after = START;
    for (;;) {
      const read = await this.ledger.readAll({ after, maxCount: this.batchSize });
      const events = read.filter((event) => comparePositions(event.position, until) <= 0);
      for (const [index, projection] of this.projections.entries()) {
        const types = wanted[index];
        const handled: RecordedEvent[] = types ? events.filter((event) => types.has(event.type)) : events;
        if (handled.length > 0) await projection.apply(handled, manager);
      }
      if (events.length < this.batchSize) return;
      after = events[events.length - 1].position;
    }
  }

  private async sizeOf(schema: string): Promise<number> {
    const [{ bytes }] = await this.dataSource.query(
      `SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    return Number(bytes);
  }

  /** Drops the least recently used views nobody is reading until the kept ones fit the bound. */
  private async evictBeyondBound(): Promise<void> {
    const over = () => {
      const { entries, bytes } = this.statistics;
      return entries > this.options.maxEntries || bytes > this.options.maxBytes;
    };
    while (over()) {
      const idle = [...this.entries.entries()]
        .filter(([, entry]) => entry.built && entry.leases === 0)
        .sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
      if (idle.length === 0) return;
      const [key, entry] = idle[0];
      this.entries.delete(key);
      this.counters.evictions += 1;
      await this.drop(entry.schema);
    }
  }

  private async drop(schema: string): Promise<void> {
    await this.dataSource.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}
