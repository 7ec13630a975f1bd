import { PostgresEventStore } from '#accord/ledger';
import type { Migration } from '#accord/postgres';
import { createReadModelDataSource, PointInTimeReadModels, ProjectionRebuilder, readModelMigrations, type Projection } from '#accord/projections';
import { type BenchSuite, type Benchmark, timed } from './benchmark.js';
import { fillLedger } from './ledger.benchmarks.js';

const activityFeedMigration: Migration = {
  id: 'bench-0002-activity-feed',
  sql: `
CREATE TABLE read.activity_feed (
  event_id uuid PRIMARY KEY,
  stream_id text NOT NULL,
  type text NOT NULL,
  actor_id text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX ON read.activity_feed (actor_id, recorded_at);`,
};

/** Who did what and when, one row per event: the read model of an audit trail. */
const activityFeed: Projection = {
  name: 'activity_feed',
  tables: ['activity_feed'],
  async apply(events, manager) {
    // One statement per batch; an event already in the feed is left as it is, so replays change nothing.
    await manager.query(
      `INSERT INTO activity_feed (event_id, stream_id, type, actor_id, recorded_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
       ON CONFLICT (event_id) DO NOTHING`,
      [
        events.map((event) => event.eventId),
        events.map((event) => event.streamId),
        events.map((event) => event.type),
        events.map((event) => event.metadata.actorId),
        events.map((event) => event.recordedAt),
      ],
    );
  },
};

const projectionRebuild: Benchmark = {
  name: 'projection_rebuild',
  async run(context) {
    const appended = await fillLedger(context);
    const dataSource = await createReadModelDataSource(context.url, []).initialize();
    const store = await PostgresEventStore.open(context.pool);
    try {
      const rebuilder = new ProjectionRebuilder(dataSource, store);
      const { timing, value } = await timed(context, () => rebuilder.rebuild(activityFeed));
      if (value.events !== appended) throw new Error(`projection_rebuild replayed ${value.events} of ${appended} events`);
      return { events: value.events, ...timing };
    } finally {
      await store.close();
      await dataSource.destroy();
    }
  },
};

/** A register page as a query service reads it: the first entries in key order. */
const REGISTER_PAGE = 'SELECT event_id, stream_id, type, actor_id, recorded_at FROM activity_feed ORDER BY event_id LIMIT 50';

/**
 * A register query as an auditor asks it with `asOfPosition` on a ledger of `size` events (scaled):
 * timed cold (the view replayed from the ledger, then the query), with the same query on the kept
 * view (`cached_ms`, the median of 20) and on the live table (`live_ms`) beside it.
 */
function pointInTimeRead(name: string, size: number): Benchmark {
  return {
    name,
    async run(context) {
      const appended = await fillLedger(context, size * context.scale);
      const dataSource = await createReadModelDataSource(context.url, []).initialize();
      const store = await PostgresEventStore.open(context.pool);
      const views = new PointInTimeReadModels(dataSource, store, [activityFeed], { maxEntries: 2, maxBytes: 2 ** 40 });
      const head = await store.headPosition();
      const read = async () => {
        const lease = await views.lease(await views.resolve(head));
        try {
          return await views.readAsOf(lease, () => dataSource.query(REGISTER_PAGE));
        } finally {
          lease.release();
        }
      };
      const milliseconds = async (work: () => Promise<unknown>) => {
        const times: number[] = [];
        for (let run = 0; run < 20; run += 1) {
          const start = performance.now();
          await work();
          times.push(performance.now() - start);
        }
        return Math.round(times.sort((a, b) => a - b)[10] * 100) / 100;
      };
      try {
        const { timing, value } = await timed(context, read);
        if (value.length !== Math.min(50, appended)) throw new Error(`${name} read ${value.length} rows from the view`);
        return { events: appended, ...timing, extra: { cached_ms: await milliseconds(read), live_ms: await milliseconds(() => dataSource.query(REGISTER_PAGE)) } };
      } finally {
        await views.close();
        await store.close();
        await dataSource.destroy();
      }
    },
  };
}

/** A read model replayed from the whole ledger with the projections library's rebuilder. */
export const projectionSuite: BenchSuite = {
  migrations: [...readModelMigrations, activityFeedMigration],
  tables: ['read.projection_checkpoints', 'read.activity_feed'],
  benchmarks: [projectionRebuild, pointInTimeRead('asof_10k', 10_000), pointInTimeRead('asof_100k', 100_000)],
};
