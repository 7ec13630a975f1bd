import { PostgresEventStore } from '#accord/ledger';
import type { Migration } from '#accord/postgres';
import { createReadModelDataSource, ProjectionRebuilder, readModelMigrations, type Projection } from '#accord/projections';
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

/** A read model replayed from the whole ledger with the projections library's rebuilder. */
export const projectionSuite: BenchSuite = {
  migrations: [...readModelMigrations, activityFeedMigration],
  tables: ['read.projection_checkpoints', 'read.activity_feed'],
  benchmarks: [projectionRebuild],
};
