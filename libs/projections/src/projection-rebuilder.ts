import { comparePositions, earlierPosition, START, type EventStore } from '#accord/ledger';
import type { DataSource, EntityManager } from 'typeorm';
import {
  applyNextBatch,
  applyNextBatchIn,
  applyReadBatchIn,
  BatchReader,
  handlesNone,
  inParallel,
  LIVE_LOCK,
  readCheckpoint,
  REBUILD_LOCK,
  type BatchOutcome,
} from './projection-batch.js';
import type { Projection } from './projection.js';

export interface RebuildProgress {
  readonly projection: string;
  readonly phase: 'replaying' | 'swapping' | 'done';
  readonly applied: number;
  readonly total: number;
}

export interface RebuildResult {
  readonly projection: string;
  readonly events: number;
  readonly seconds: number;
  /** True when an interrupted rebuild was continued from its own checkpoint. */
  readonly resumed: boolean;
}

export class RebuildInProgress extends Error {
  constructor(readonly projection: string) {
    super(`A rebuild of ${projection} is already running in another process`);
    this.name = 'RebuildInProgress';
  }
}

const NAME = /^[a-z][a-z0-9_]{0,40}$/;
const EVERYTHING = Number.MAX_SAFE_INTEGER;

/**
 * Replays the whole ledger into fresh copies of a projection's tables while the live ones keep
 * serving, then swaps the copies in within one short transaction. An interrupted rebuild resumes
 * from the checkpoint it keeps beside its copies.
 */
export class ProjectionRebuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly batchSize = 2_000,
  ) {}

  async rebuild(projection: Projection, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildResult> {
    if (!NAME.test(projection.name)) throw new Error(`Projection name ${projection.name} is not a safe schema name`);
    if (projection.rebuildable === false) throw new Error(`${projection.name} carries out consequences and cannot be rebuilt`);
    const schema = `rebuild_${projection.name}`;
    const guard = this.dataSource.createQueryRunner();
    await guard.connect();
    try {
      const [{ locked }] = await guard.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [REBUILD_LOCK, projection.name]);
      if (!locked) throw new RebuildInProgress(projection.name);
      const started = Date.now();
      const resumed = await this.prepareCopies(schema, projection);
      const total = await this.store.countAfter(START, EVERYTHING);
      const resumeFrom = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL search_path TO ${schema}`);
        return readCheckpoint(manager, projection.name);
      });
      let applied = total - (await this.store.countAfter(resumeFrom, EVERYTHING));
      const report = (phase: RebuildProgress['phase']) => onProgress?.({ projection: projection.name, phase, applied, total });
      report('replaying');
      for (;;) {
        const outcome = await applyNextBatch(this.dataSource, this.store, projection, { schema, batchSize: this.batchSize }, 'held');
        applied += outcome.events;
        report('replaying');
        if (outcome.events < this.batchSize) break;
      }
      report('swapping');
      applied += await this.dataSource.transaction((manager) => this.swapIn(manager, schema, projection));
      report('done');
      return { projection: projection.name, events: applied, seconds: (Date.now() - started) / 1000, resumed };
    } finally {
      await guard.query('SELECT pg_advisory_unlock($1, hashtext($2))', [REBUILD_LOCK, projection.name]).catch(() => undefined);
      await guard.release();
    }
  }

  /**
   * Rebuilds several projections at once, reading each batch of the ledger once for all of them and
   * applying it to their copies side by side; each is swapped in on its own once they have caught up.
   */
  async rebuildAll(
    projections: readonly Projection[],
    onProgress?: (progress: RebuildProgress) => void,
    concurrency = 4,
  ): Promise<RebuildResult[]> {
    for (const projection of projections) {
      if (!NAME.test(projection.name)) throw new Error(`Projection name ${projection.name} is not a safe schema name`);
      if (projection.rebuildable === false) throw new Error(`${projection.name} carries out consequences and cannot be rebuilt`);
    }
    const guard = this.dataSource.createQueryRunner();
    await guard.connect();
    const locked: Projection[] = [];
    try {
      for (const projection of projections) {
        const [{ locked: acquired }] = await guard.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [REBUILD_LOCK, projection.name]);
        if (!acquired) throw new RebuildInProgress(projection.name);
        locked.push(projection);
      }
      const started = Date.now();
      const copies = await Promise.all(
        projections.map(async (projection) => {
          const schema = `rebuild_${projection.name}`;
          const resumed = await this.prepareCopies(schema, projection);
          return { projection, schema, resumed, events: 0, checkpoint: START };
        }),
      );
      // This process alone writes the copies (it holds their rebuild locks): their checkpoints are read once, then followed here.
      await this.dataSource.transaction(async (manager) => {
        for (const copy of copies) {
          await manager.query(`SET LOCAL search_path TO ${copy.schema}`);
          copy.checkpoint = await readCheckpoint(manager, copy.projection.name);
        }
      });
      const total = await this.store.countAfter(START, EVERYTHING);
      let read = 0;
      const report = (phase: RebuildProgress['phase']) => onProgress?.({ projection: projections.map((projection) => projection.name).join(', '), phase, applied: read, total });
      report('replaying');
      const reader = new BatchReader(this.store, this.batchSize);
      for (;;) {
        const after = copies.map((copy) => copy.checkpoint).reduce(earlierPosition);
        const events = await reader.read(after);
        if (events.length === 0) break;
        const batch = { after, events };
        const unseenBy = (copy: (typeof copies)[number]) => events.filter((event) => comparePositions(event.position, copy.checkpoint) > 0);
        // Copies with nothing to apply only move their checkpoints: all in one transaction.
        const passing = copies.filter((copy) => handlesNone(copy.projection, unseenBy(copy)));
        const applying = copies.filter((copy) => !passing.includes(copy));
        const follow = (copy: (typeof copies)[number], outcome: BatchOutcome) => {
          copy.events += outcome.events;
          copy.checkpoint = outcome.checkpoint;
        };
        await Promise.all([
          passing.length > 0 &&
            this.dataSource.transaction(async (manager) => {
              for (const copy of passing) follow(copy, await applyReadBatchIn(manager, copy.projection, batch, copy.schema));
            }),
          inParallel(applying, concurrency, async (copy) =>
            follow(copy, await this.dataSource.transaction((manager) => applyReadBatchIn(manager, copy.projection, batch, copy.schema))),
          ),
        ]);
        read += events.length;
        report('replaying');
        if (events.length < this.batchSize) break;
      }
      report('swapping');
      // Each copy is swapped in on its own, side by side: they share no table.
      const results = await inParallel(copies, concurrency, async (copy): Promise<RebuildResult> => {
        copy.events += await this.dataSource.transaction((manager) => this.swapIn(manager, copy.schema, copy.projection));
        return { projection: copy.projection.name, events: copy.events, seconds: (Date.now() - started) / 1000, resumed: copy.resumed };
      });
      report('done');
      return results;
    } finally {
      for (const projection of locked) {
        await guard.query('SELECT pg_advisory_unlock($1, hashtext($2))', [REBUILD_LOCK, projection.name]).catch(() => undefined);
      }
      await guard.release();
    }
  }

  /** Creates empty copies of the live tables, unless an interrupted rebuild left them: true then. */
  private async prepareCopies(schema: string, projection: Projection): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [{ exists }] = await manager.query('SELECT to_regnamespace($1) IS NOT NULL AS exists', [schema]);
      if (exists) return true;
      await manager.query(`CREATE SCHEMA ${schema}`);
      for (const table of [...projection.tables, 'projection_checkpoints']) {
        await manager.query(`CREATE TABLE ${schema}.${table} (LIKE read.${table} INCLUDING ALL)`);
      }
      return false;
    });
  }

  /**
   * Pauses the live writer (its lock), applies what arrived meanwhile, and moves the copies into
   * `read` in place of the live tables. Readers wait only for this transaction.
   */
  private async swapIn(manager: EntityManager, schema: string, projection: Projection): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LIVE_LOCK, projection.name]);
    let applied = 0;
    for (;;) {
      const outcome = await applyNextBatchIn(manager, this.store, projection, { schema, batchSize: this.batchSize }, 'held');
      applied += outcome.events;
      if (outcome.events === 0) break;
    }
    for (const table of projection.tables) {
      await manager.query(`DROP TABLE read.${table}`);
      await manager.query(`ALTER TABLE ${schema}.${table} SET SCHEMA read`);
    }
    await manager.query(
      `INSERT INTO read.projection_checkpoints SELECT * FROM ${schema}.projection_checkpoints WHERE projection = $1
       ON CONFLICT (projection) DO UPDATE SET commit_position = EXCLUDED.commit_position,
         sequence_position = EXCLUDED.sequence_position, updated_at = now()`,
      [projection.name],
    );
    await manager.query(`DROP SCHEMA ${schema} CASCADE`);
    return applied;
  }
}
