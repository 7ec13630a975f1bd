import { PostgresEventStore, START } from '#accord/ledger';
import { createPool } from '#accord/postgres';
import { createReadModelDataSource, ProjectionRebuilder, ProjectionRunner, type Projection } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { features } from '#accord/composition';

/** One replay of the whole read side over the ledger. */
export interface ReadSideRun {
  readonly events: number;
  readonly seconds: number;
}

const EVERYTHING = Number.MAX_SAFE_INTEGER;
const CATCH_UP_TIMEOUT_MS = 30 * 60_000;

/**
 * The real read side of the composition root over a ledger the platform's commands wrote: every
 * read model of every feature. Process managers stay out: replaying them would repeat commands.
 */
export class ReadSideBench {
  private constructor(
    private readonly pool: ReturnType<typeof createPool>,
    private readonly dataSource: DataSource,
    private readonly store: PostgresEventStore,
    private readonly readModels: readonly Projection[],
  ) {}

  /** Opens the database `url`, whose server must be stopped: a live runner would hold the projections' locks. */
  static async open(url: string): Promise<ReadSideBench> {
    const entities = features.flatMap((entry) => entry.feature.entities ?? []);
    const readModels = features.flatMap((entry) => entry.feature.projections ?? []).filter((projection) => projection.rebuildable !== false);
    const pool = createPool(url);
    const dataSource = await createReadModelDataSource(url, [...entities]).initialize();
    return new ReadSideBench(pool, dataSource, await PostgresEventStore.open(pool), readModels);
  }

  /** The read models emptied, then the shared runner applying the whole ledger as the server does after an outage. */
  async replayLive(): Promise<ReadSideRun> {
    const names = this.readModels.map((projection) => projection.name);
    await this.dataSource.query(`TRUNCATE ${this.readModels.flatMap((projection) => projection.tables).join(', ')}`);
    await this.dataSource.query('DELETE FROM projection_checkpoints WHERE projection = ANY($1)', [names]);
    await this.dataSource.query('VACUUM ANALYZE');
    const events = await this.store.countAfter(START, EVERYTHING);
    const runner = new ProjectionRunner(this.dataSource, this.store, this.readModels);
    const started = performance.now();
    runner.start();
    try {
      if (!(await runner.caughtUp(CATCH_UP_TIMEOUT_MS))) throw new Error('projection_mix: the read side did not catch up');
    } finally {
      await runner.stop();
    }
    const failing = (await runner.status()).filter((status) => status.lag > 0);
    if (failing.length > 0) throw new Error(`projection_mix: ${failing.map((status) => status.name).join(', ')} fell behind`);
    return { events, seconds: (performance.now() - started) / 1000 };
  }

  /** `accord rebuild` of every read model: fresh copies replayed from the ledger and swapped in. */
  async rebuild(): Promise<ReadSideRun> {
    const events = await this.store.countAfter(START, EVERYTHING);
    const rebuilder = new ProjectionRebuilder(this.dataSource, this.store);
    const started = performance.now();
    await rebuilder.rebuildAll(this.readModels);
    return { events, seconds: (performance.now() - started) / 1000 };
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.dataSource.destroy();
    await this.pool.end();
  }
}
