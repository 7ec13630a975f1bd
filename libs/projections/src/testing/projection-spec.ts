import { nameBasedUuid } from '#accord/eventsourcing';
import type { EventMetadata, EventShape, RecordedEvent, RecordedOf } from '#accord/ledger';
import type { Migration } from '#accord/postgres';
import type { DataSource, MixedList } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Projection } from '../projection.js';
import { createReadModelDataSource } from '../read-model-data-source.js';
import { readModelMigrations } from '../read-model.migrations.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface RecordedStreamOptions {
  /** The version of the first event given: 1 for a stream's beginning. */
  readonly fromVersion?: number;
  /** When version 1 of the stream was recorded; version n follows (n − 1) × `every` later. */
  readonly startsAt?: Date;
  /** Milliseconds between consecutive versions: 0 records them all at `startsAt`. */
  readonly every?: number;
  /** Metadata over the default (`account-1` acting for no organization), for all events or by their index. */
  readonly metadata?: Partial<EventMetadata> | ((index: number) => Partial<EventMetadata>);
}

const DEFAULT_METADATA: EventMetadata = { actorId: 'account-1', onBehalfOf: null, correlationId: 'request-1', causationId: null, commandId: null };
const DEFAULT_START = new Date('2026-09-01T09:00:00.000Z');

let lastPosition = 0;

/**
 * The events of one stream as the ledger returns them: an id named after stream and version (the same
 * event recorded again keeps its id), and a global position that rises across every stream of a spec.
 */
export function recordedStream<E extends EventShape>(streamId: string, events: readonly E[], options: RecordedStreamOptions = {}): RecordedOf<E>[] {
  const { fromVersion = 1, startsAt = DEFAULT_START, every = HOUR, metadata = {} } = options;
  return events.map((event, index): RecordedEvent => {
    lastPosition += 1;
    const version = fromVersion + index;
    return {
      eventId: nameBasedUuid(`${streamId}:${version}`),
      streamId,
      version,
      position: { commit: BigInt(lastPosition), sequence: BigInt(lastPosition) },
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { ...DEFAULT_METADATA, ...(typeof metadata === 'function' ? metadata(index) : metadata) },
      recordedAt: new Date(startsAt.getTime() + (version - 1) * every),
      hash: '0'.repeat(64),
    };
  }) as RecordedOf<E>[];
}

export interface ReadModelSetup {
  /** The projection's own migrations; the read-model schema's are added. */
  readonly migrations: readonly Migration[];
  readonly entities: MixedList<string | (new () => unknown)>;
}

/**
 * `given(events)` then rows, for one projection on a database of the suite's own: created before its
 * tests, the projection's tables emptied before each, dropped after them. `itReplaysIdempotently`
 * declares the checks every projection owes: the same rows whatever part of the history comes again.
 */
export function projectionSpec(projection: Projection, setup: ReadModelSetup) {
  let database: TestDatabase;
  let dataSource: DataSource;
  const emptied = () => dataSource.query(`TRUNCATE ${projection.tables.join(', ')}`);

  beforeAll(async () => {
    database = await createTestDatabase([...readModelMigrations, ...setup.migrations]);
    dataSource = await createReadModelDataSource(database.url, setup.entities).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  beforeEach(emptied);

  /** Applies the events as one batch, in one transaction, as the runner does. */
  const given = (events: readonly RecordedEvent[]) => dataSource.transaction((manager) => projection.apply(events, manager));
  /** Every row of the projection's tables, in an order that does not depend on how they were written. */
  const tables = async () => {
    const rows: Record<string, unknown[]> = {};
    for (const table of projection.tables) rows[table] = await dataSource.query(`SELECT * FROM ${table} AS row ORDER BY row::text`);
    return rows;
  };

  return {
    get dataSource(): DataSource {
      return dataSource;
    },
    given,
    tables,
    itReplaysIdempotently(history: readonly RecordedEvent[]) {
      it('gives the same rows when the same events, or any part of them, are applied again', async () => {
        await given(history);
        const once = await tables();
        await given(history);
        expect(await tables()).toEqual(once);
        for (let cut = 1; cut < history.length; cut += 1) {
          await given(history.slice(0, cut));
          await given(history.slice(cut));
        }
        expect(await tables()).toEqual(once);
      });

      it('gives the same rows when the whole history is applied after part of it', async () => {
        await given(history);
        const whole = await tables();
        for (let cut = 1; cut < history.length; cut += 1) {
          await emptied();
          await given(history.slice(0, cut));
          await given(history);
          expect(await tables()).toEqual(whole);
        }
      });

      it('gives the same rows whether the history comes in one batch or event by event', async () => {
        await given(history);
        const whole = await tables();
        await emptied();
        for (const event of history) await given([event]);
        expect(await tables()).toEqual(whole);
      });
    },
  };
}
