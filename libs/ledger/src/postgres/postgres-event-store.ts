import type { Pool } from 'pg';
import { earlierAppend, satisfies } from '../append-rules.js';
import { ConcurrencyError, DuplicateEventIdError } from '../errors.js';
import type {
  AppendCondition,
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedVersion,
  IntegrityReport,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamTail,
  Subscription,
  SubscriptionOptions,
  VerificationProgress,
} from '../event-store.port.js';
import { canonicalJson, chainHashes, GENESIS_HASH, type CanonicalContent } from '../hashing.js';
import { LedgerReader } from './ledger-reader.js';
import { EVENT_COLUMNS, eventsCausedBy, searchEvents, type LedgerEventFilter } from './ledger-queries.js';
import { verifyLedger, type LedgerVerification } from './ledger-verifier.js';
import { appendStatement, KEY_ROTATED, LEDGER_KEYS_STREAM, type KeyRotation, type LedgerSigner } from '../signing/ledger-signing.js';
import { AppendSignal, OpenSubscriptions, pollingSubscription } from '../polling-subscription.js';
import { START, type GlobalPosition } from '../position.js';
import { UpcasterRegistry } from '../upcasting.js';
import { GlobalChainSealer } from './global-chain-sealer.js';
import { finalOnly, synchronizeLedgerClock, writerTransaction } from './ledger-clock.js';

export interface PostgresEventStoreOptions {
  readonly upcasters?: UpcasterRegistry;
  /** How long an idle subscriber waits before looking for other processes' appends. */
  readonly pollMilliseconds?: number;
  /** How many retries an `any` append gets when other writers keep taking the next version. */
  readonly anyVersionRetries?: number;
  /** Signs every append and every seal; without it the ledger is hash-chained but unsigned. */
  readonly signer?: LedgerSigner;
  /** How many streams' heads it keeps, the most recently used, so that their next append need not read them. */
  readonly headCacheSize?: number;
}

interface StreamHead {
  readonly version: number;
  /** Hex: a cached head holds no buffer, so that it keeps no memory block of an append alive. */
  readonly hash: string;
}

const GENESIS_HEAD: StreamHead = { version: 0, hash: GENESIS_HASH.toString('hex') };

interface EventRow {
  transaction_id: string;
  sequence: string;
  event_id: string;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
  hash: Buffer;
}

const UNIQUE_VIOLATION = '23505';
const HEAD_CACHE_SIZE = 10_000;

/** The default ledger adapter: one row per event, appended in one INSERT (one transaction). */
export class PostgresEventStore implements EventStore {
  private readonly upcasters: UpcasterRegistry;
  private readonly signal = new AppendSignal();
  private readonly heads = new Map<string, StreamHead>();
  private readonly headCacheSize: number;
  private readonly sealer: GlobalChainSealer;
  private readonly subscriptions = new OpenSubscriptions();
  /** The stored ledger as it is, for verification and export. */
  readonly reader: LedgerReader;

  private constructor(
    private readonly pool: Pool,
    private readonly clockOffset: string,
    private readonly options: PostgresEventStoreOptions,
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.headCacheSize = options.headCacheSize ?? HEAD_CACHE_SIZE;
    this.sealer = new GlobalChainSealer(pool, clockOffset, options.signer);
    this.reader = new LedgerReader(pool, clockOffset);
  }

  /** Opens the ledger on a migrated database, first bringing its clock ahead of the stored history. */
  static async open(pool: Pool, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const offset = await synchronizeLedgerClock(pool);
    return new PostgresEventStore(pool, offset.toString(), options);
  }

  async append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion, unchanged?: AppendCondition): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('An append needs at least one event');
    const attempts = expectedVersion === 'any' ? (this.options.anyVersionRetries ?? 20) : 1;
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.headFor(streamId, expectedVersion);
      if (!satisfies(expectedVersion, head.version)) {
        const replayed = await this.replayedAppend(streamId, events);
        if (replayed) return replayed;
        throw new ConcurrencyError(streamId, expectedVersion, head.version);
      }
      try {
        const appended = await this.insert(streamId, events, head, unchanged);
        if (appended) return appended;
        const replayed = await this.replayedAppend(streamId, events);
        if (replayed) return replayed;
        throw new ConcurrencyError(unchanged!.streamId, unchanged!.version, await this.currentVersion(unchanged!.streamId));
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
        this.heads.delete(streamId);
        const replayed = await this.replayedAppend(streamId, events);
        if (replayed) return replayed;
        if ((error as { constraint?: string }).constraint === 'events_event_id_key') {
          throw new DuplicateEventIdError(events.map((event) => event.eventId));
        }
        if (attempt >= attempts) {
          throw new ConcurrencyError(streamId, expectedVersion, await this.currentVersion(streamId));
        }
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromVersion ?? (backwards ? 2 ** 31 - 1 : 1);
    const { rows } = await this.pool.query<EventRow>({
      name: backwards ? 'accord_read_stream_backwards' : 'accord_read_stream',
      text: `SELECT ${EVENT_COLUMNS} FROM ledger.events
       WHERE stream_id = $1 AND version ${backwards ? '<=' : '>='} $2
       ORDER BY version ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      values: [streamId, from, options.maxCount ?? null],
    });
    const readToTheEnd = backwards ? options.fromVersion === undefined : rows.length < (options.maxCount ?? Infinity);
    const last = backwards ? rows[0] : rows[rows.length - 1];
    if (readToTheEnd && last) this.rememberHead(streamId, { version: last.version, hash: last.hash.toString('hex') });
    return rows.map((row) => this.toRecorded(row));
  }

  async readStreamTails(tails: readonly StreamTail[]): Promise<RecordedEvent[][]> {
    if (tails.length === 0) return [];
    const { rows } = await this.pool.query<EventRow>({
      name: 'accord_read_stream_tails',
      text: `SELECT ${EVENT_COLUMNS} FROM ledger.events
       JOIN unnest($1::text[], $2::integer[]) AS tail(stream, from_version) ON stream_id = tail.stream AND version >= tail.from_version
       ORDER BY stream_id, version`,
      values: [tails.map((tail) => tail.streamId), tails.map((tail) => tail.fromVersion)],
    });
    const read = new Map<string, RecordedEvent[]>(tails.map((tail) => [tail.streamId, []]));
    for (const row of rows) read.get(row.stream_id)!.push(this.toRecorded(row));
    for (const [streamId, events] of read) {
      const last = events[events.length - 1];
      if (last) this.rememberHead(streamId, { version: last.version, hash: last.hash });
    }
    return tails.map((tail) => read.get(tail.streamId)!);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const { rows } = await this.pool.query<EventRow>({
      name: 'accord_read_all',
      text: `SELECT ${EVENT_COLUMNS} FROM ledger.events
       WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) AND ${finalOnly('$4')}
       ORDER BY transaction_id, sequence LIMIT $3`,
      values: [after.commit.toString(), after.sequence.toString(), options.maxCount, this.clockOffset],
    });
    return rows.map((row) => this.toRecorded(row));
  }

  async readEvents(eventIds: readonly string[]): Promise<RecordedEvent[]> {
    if (eventIds.length === 0) return [];
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ledger.events WHERE event_id = ANY($1::uuid[])`,
      [eventIds],
    );
    return rows.map((row) => this.toRecorded(row));
  }

  /** The global log narrowed by an auditor's filter, in order. */
  async search(filter: LedgerEventFilter): Promise<RecordedEvent[]> {
    return (await searchEvents<EventRow>(this.pool, this.clockOffset, filter)).map((row) => this.toRecorded(row));
  }

  /** The events whose causation is one of these events. */
  async causedBy(eventIds: readonly string[]): Promise<RecordedEvent[]> {
    return (await eventsCausedBy<EventRow>(this.pool, eventIds)).map((row) => this.toRecorded(row));
  }

  onAppended(listener: (position: GlobalPosition) => void): () => void {
    return this.signal.listen(listener);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return this.subscriptions.track(pollingSubscription(this, this.signal, options, this.options.pollMilliseconds));
  }

  async headPosition(): Promise<GlobalPosition> {
    const { rows } = await this.pool.query<{ transaction_id: string; sequence: string }>(
      `SELECT transaction_id, sequence FROM ledger.events WHERE ${finalOnly('$1')}
       ORDER BY transaction_id DESC, sequence DESC LIMIT 1`,
      [this.clockOffset],
    );
    return rows[0] ? toPosition(rows[0]) : START;
  }

  /** Every committed row is visible to this statement, final in the global order or not yet. */
  async appendedPosition(): Promise<GlobalPosition> {
    const { rows } = await this.pool.query<{ transaction_id: string; sequence: string }>(
      'SELECT transaction_id, sequence FROM ledger.events ORDER BY transaction_id DESC, sequence DESC LIMIT 1',
    );
    return rows[0] ? toPosition(rows[0]) : START;
  }

  /**
   * The position of the last event at or before `bound` (a position, or a recording time) among the
   * events final in the global order, or START when there is none: the place a point-in-time view stands.
   */
  async lastPositionAtOrBefore(bound: GlobalPosition | Date): Promise<GlobalPosition> {
    const { rows } =
      bound instanceof Date
        ? await this.pool.query<{ transaction_id: string; sequence: string }>(
            `SELECT transaction_id, sequence FROM ledger.events WHERE recorded_at <= $1 AND ${finalOnly('$2')}
             ORDER BY transaction_id DESC, sequence DESC LIMIT 1`,
            [bound, this.clockOffset],
          )
        : await this.pool.query<{ transaction_id: string; sequence: string }>(
            `SELECT transaction_id, sequence FROM ledger.events
             WHERE (transaction_id, sequence) <= ($1::bigint, $2::bigint) AND ${finalOnly('$3')}
             ORDER BY transaction_id DESC, sequence DESC LIMIT 1`,
            [bound.commit.toString(), bound.sequence.toString(), this.clockOffset],
          );
    return rows[0] ? toPosition(rows[0]) : START;
  }

  async countAfter(position: GlobalPosition, limit: number): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(
      `SELECT count(*) FROM (SELECT 1 FROM ledger.events
         WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) LIMIT $3) behind`,
      [position.commit.toString(), position.sequence.toString(), limit],
    );
    return Number(rows[0].count);
  }

  verify(onProgress?: (progress: VerificationProgress) => void): Promise<IntegrityReport> {
    return this.verifyAfter(undefined, onProgress);
  }

  /** Verifies the whole ledger, or only what follows `after` (picking the chains up there), signatures included. */
  verifyAfter(after?: GlobalPosition, onProgress?: (progress: VerificationProgress) => void): Promise<LedgerVerification> {
    return verifyLedger(this.reader, { trustedKey: this.options.signer?.publicKey ?? null, after, onProgress });
  }

  get signer(): LedgerSigner | undefined {
    return this.options.signer;
  }

  /**
   * Hands the ledger over to a new key: the rotation, signed by both keys, is appended under the
   * retiring key, and every later append and seal is signed by the new one.
   */
  async rotateKey(nextPrivateKeyPem: string, metadata: EventMetadata, eventId: string): Promise<KeyRotation> {
    const signer = this.options.signer;
    if (!signer) throw new Error('the ledger has no signing key to rotate');
    const rotation = signer.rotationTo(nextPrivateKeyPem, new Date());
    await this.append(LEDGER_KEYS_STREAM, [{ eventId, type: KEY_ROTATED, data: rotation, metadata }], 'any');
    signer.adopt(nextPrivateKeyPem);
    return rotation;
  }

  /** Extends the global chain over every event final in the log order; returns how many it sealed. */
  seal(): Promise<number> {
    return this.sealer.sealPending();
  }

  /** Keeps sealing in the background until `close`. */
  startSealing(intervalMilliseconds = 1_000): void {
    this.sealer.start(intervalMilliseconds);
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    await this.sealer.stop();
  }

  /** Undefined when `unchanged` does not hold: nothing was written. */
  private async insert(streamId: string, events: readonly NewEvent[], head: StreamHead, unchanged?: AppendCondition): Promise<AppendResult | undefined> {
    const now = new Date().toISOString();
    // What is stored is exactly what was hashed: the canonical JSON, parsed once more by jsonb, and
    // the recording time as the ISO text in the hash.
    const canonical = events.map((event): CanonicalContent => ({
      eventId: event.eventId,
      streamId,
      type: event.type,
      schemaVersion: event.schemaVersion ?? this.upcasters.currentVersion(event.type),
      recordedAt: event.recordedAt?.toISOString() ?? now,
      canonicalData: canonicalJson(event.data),
      canonicalMetadata: canonicalJson(event.metadata),
    }));
    const { contents, links, head: last } = chainHashes(head.hash, canonical);
    const values: unknown[] = [this.clockOffset];
    for (let index = 0; index < canonical.length; index += 1) {
      const event = canonical[index];
      const hashes = 32 * index;
      values.push(
        event.eventId,
        streamId,
        head.version + index + 1,
        event.type,
        event.schemaVersion,
        event.canonicalData,
        event.canonicalMetadata,
        event.recordedAt,
        contents.subarray(hashes, hashes + 32),
        links.subarray(hashes, hashes + 32),
        null,
      );
    }
    // Signed on this thread: on two cores, handing the signature to libuv's thread pool cost the
    // event loop more than the signature itself, the pool's threads competing with it and PostgreSQL.
    const signer = this.options.signer;
    if (signer) values[values.length - 1] = signer.sign(appendStatement(streamId, head.version + 1, [links]));
    if (unchanged) values.push(unchanged.streamId, unchanged.version);
    const statement = unchanged ? conditionalInsertStatement(events.length) : insertStatement(events.length);
    const { rows } = await this.pool.query<{ transaction_id: string; sequence: string }>({ ...statement, values });
    if (rows.length === 0) return undefined;
    const version = head.version + events.length;
    this.rememberHead(streamId, { version, hash: last });
    const position = toPosition(rows[rows.length - 1]);
    this.signal.notify(position);
    return {
      streamId,
      version,
      position,
      eventIds: events.map((event) => event.eventId),
    };
  }

  /** The same events appended before, in the same order, make a retry a successful no-op. */
  private async replayedAppend(streamId: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    return earlierAppend(streamId, events, await this.readEvents(events.map((event) => event.eventId)));
  }

  private async headFor(streamId: string, expected: ExpectedVersion): Promise<StreamHead> {
    if (expected === 'no_stream' || expected === 0) return GENESIS_HEAD;
    const cached = this.heads.get(streamId);
    // A cached head is exact for the version it names: events never change once committed.
    if (cached && (expected === 'any' || cached.version === expected)) return cached;
    const { rows } = await this.pool.query<{ version: number; hash: Buffer }>({
      name: 'accord_stream_head',
      text: 'SELECT version, hash FROM ledger.events WHERE stream_id = $1 ORDER BY version DESC LIMIT 1',
      values: [streamId],
    });
    return rows[0] ? { version: rows[0].version, hash: rows[0].hash.toString('hex') } : GENESIS_HEAD;
  }

  private async currentVersion(streamId: string): Promise<number> {
    const { rows } = await this.pool.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM ledger.events WHERE stream_id = $1',
      [streamId],
    );
    return rows[0].version ?? 0;
  }

  private rememberHead(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.headCacheSize) this.forgetOldestHeads();
  }

  /**
   * Drops the least recently used heads a tenth of the cache at a time. A map keeps the holes of
   * its deletions in front of its oldest entry until it compacts, so a walk to the oldest one at
   * every append would step over thousands of them.
   */
  private forgetOldestHeads(): void {
    let excess = this.heads.size - Math.floor(0.9 * this.headCacheSize);
    for (const streamId of this.heads.keys()) {
      if (excess <= 0) return;
      this.heads.delete(streamId);
      excess -= 1;
    }
  }

  private toRecorded(row: EventRow): RecordedEvent {
    const { schemaVersion, data } = this.upcasters.upcast(row.type, row.schema_version, row.data);
    return {
      eventId: row.event_id,
      streamId: row.stream_id,
      version: row.version,
      position: toPosition(row),
      type: row.type,
      schemaVersion,
      data,
      metadata: row.metadata,
      recordedAt: row.recorded_at,
      hash: row.hash.toString('hex'),
    };
  }
}

const COLUMNS_PER_EVENT = 11;
// Prepared once per connection for each batch size up to this; larger batches are parsed each time.
const PREPARED_BATCH_SIZES = 100;
const insertStatements = new Map<number, { name?: string; text: string }>();

const conditionalInsertStatements = new Map<number, { name?: string; text: string }>();
const INSERTED_COLUMNS = 'transaction_id, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, content_hash, hash, append_signature';
// Spelled out where the rows come from a SELECT, which does not take them from the table.
const COLUMN_TYPES = ['uuid', 'text', 'integer', 'text', 'integer', 'jsonb', 'jsonb', 'timestamptz', 'bytea', 'bytea', 'bytea'];

/** The rows of `count` events, with the writer's transaction id in the ledger clock first. */
function eventTuples(count: number, typed: boolean): string {
  const transaction = writerTransaction('$1');
  return Array.from({ length: count }, (_, row) => {
    const first = 2 + row * COLUMNS_PER_EVENT;
    const placeholders = COLUMN_TYPES.map((type, column) => `$${first + column}${typed ? `::${type}` : ''}`);
    return `(${transaction}, ${placeholders.join(', ')})`;
  }).join(', ');
}

function prepared(known: Map<number, { name?: string; text: string }>, name: string, count: number, text: string): { name?: string; text: string } {
  const statement = count <= PREPARED_BATCH_SIZES ? { name: `${name}_${count}`, text } : { text };
  if (count <= PREPARED_BATCH_SIZES) known.set(count, statement);
  return statement;
}

/** The INSERT of `count` events. */
function insertStatement(count: number): { name?: string; text: string } {
  return (
    insertStatements.get(count) ??
    prepared(insertStatements, 'accord_append', count, `INSERT INTO ledger.events (${INSERTED_COLUMNS})
    VALUES ${eventTuples(count, false)} RETURNING transaction_id, sequence`)
  );
}

/** The INSERT of `count` events that writes nothing when the stream in the last two parameters has events after that version. */
function conditionalInsertStatement(count: number): { name?: string; text: string } {
  const stream = 2 + count * COLUMNS_PER_EVENT;
  return (
    conditionalInsertStatements.get(count) ??
    prepared(conditionalInsertStatements, 'accord_append_unchanged', count, `INSERT INTO ledger.events (${INSERTED_COLUMNS})
    SELECT * FROM (VALUES ${eventTuples(count, true)}) AS appended
    WHERE NOT EXISTS (SELECT FROM ledger.events WHERE stream_id = $${stream} AND version > $${stream + 1})
    RETURNING transaction_id, sequence`)
  );
}

export function toPosition(row: { transaction_id: string; sequence: string }): GlobalPosition {
  return { commit: BigInt(row.transaction_id), sequence: BigInt(row.sequence) };
}
