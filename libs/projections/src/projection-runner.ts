import { comparePositions, formatPosition, type EventStore, type GlobalPosition } from '#accord/ledger';
import type { DataSource } from 'typeorm';
import { applyNextBatch, readCheckpoint } from './projection-batch.js';
import type { Projection } from './projection.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string;
  /** Events in the ledger after the checkpoint (counted up to 10,000). */
  readonly lag: number;
  readonly state: 'catching-up' | 'live' | 'failing' | 'stopped';
  readonly lastError: string | null;
}

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** Pause between looks at the log once every projection has caught up. */
  readonly idleMilliseconds?: number;
  readonly onError?: (projection: string, error: unknown) => void;
}

interface Track {
  readonly projection: Projection;
  state: ProjectionStatus['state'];
  lastError: string | null;
  failures: number;
  retryAt: number;
}

const LAG_COUNT_LIMIT = 10_000;

/** Read models did not apply the ledger as it stood within the time allowed: answered as 503, retry soon. */
export class ReadModelBehind extends Error {
  readonly code = 'READ_MODEL_BEHIND';
  constructor(
    readonly projections: readonly string[],
    readonly position: string,
  ) {
    super(`The read models ${projections.join(', ')} have not reached ${position} yet`);
    this.name = 'ReadModelBehind';
  }
}

/**
 * Keeps every projection up to date: catches up from its checkpoint at start, then follows the log.
 * A failing projection is retried with growing pauses and never skips the event that failed.
 */
export class ProjectionRunner {
  private readonly tracks: Track[];
  private readonly batchSize: number;
  private readonly idleMilliseconds: number;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private readonly checkpointReads = new Map<string, Promise<GlobalPosition[]>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.tracks = projections.map((projection) => ({
      projection,
      state: 'stopped',
      lastError: null,
      failures: 0,
      retryAt: 0,
    }));
    this.batchSize = options.batchSize ?? 500;
    this.idleMilliseconds = options.idleMilliseconds ?? 50;
  }

  get projections(): readonly Projection[] {
    return this.tracks.map((track) => track.projection);
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    for (const track of this.tracks) track.state = 'catching-up';
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.running;
    this.running = undefined;
    for (const track of this.tracks) track.state = 'stopped';
  }

  /** Resolves when every projection has reached `position` (from any process), or false on timeout. */
  async waitFor(position: GlobalPosition, timeoutMilliseconds: number, names?: readonly string[]): Promise<boolean> {
    const deadline = Date.now() + timeoutMilliseconds;
    const wanted = names ?? this.tracks.map((track) => track.projection.name);
    for (;;) {
      const checkpoints = await this.sharedCheckpoints(wanted);
      if (checkpoints.every((checkpoint) => comparePositions(checkpoint, position) >= 0)) return true;
      if (Date.now() >= deadline) return false;
      this.wakeUp?.();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /**
   * Waits until the named projections have applied every append acknowledged before the call, for a
   * decision that must see the ledger as it stands rather than as a read model may lag behind it.
   * @throws ReadModelBehind when they have not within the timeout
   */
  async awaitAppended(names: readonly string[], timeoutMilliseconds: number): Promise<void> {
    const position = await this.store.appendedPosition();
    if (!(await this.waitFor(position, timeoutMilliseconds, names))) throw new ReadModelBehind(names, formatPosition(position));
  }

  /** Resolves once every projection has applied the log as it stands now. */
  async caughtUp(timeoutMilliseconds = 30_000): Promise<boolean> {
    return this.waitFor(await this.store.headPosition(), timeoutMilliseconds);
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all(
      this.tracks.map(async (track) => {
        const [checkpoint] = await this.storedCheckpoints([track.projection.name]);
        return {
          name: track.projection.name,
          checkpoint: formatPosition(checkpoint),
          lag: await this.store.countAfter(checkpoint, LAG_COUNT_LIMIT),
          state: track.state,
          lastError: track.lastError,
        };
      }),
    );
  }

  /** One read of the same checkpoints at a time, whoever waits for them: many waits cost the database what one does. */
  private sharedCheckpoints(names: readonly string[]): Promise<GlobalPosition[]> {
    const key = names.join('\n');
    let read = this.checkpointReads.get(key);
    if (!read) {
      read = this.storedCheckpoints(names).finally(() => this.checkpointReads.delete(key));
      this.checkpointReads.set(key, read);
    }
    return read;
  }

  private async storedCheckpoints(names: readonly string[]): Promise<GlobalPosition[]> {
    return Promise.all(names.map((name) => readCheckpoint(this.dataSource.manager, name)));
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let busy = false;
      for (const track of this.tracks) {
        if (this.stopping) break;
        if (Date.now() < track.retryAt) continue;
        busy = (await this.advance(track)) || busy;
      }
      if (!busy) await this.sleep(this.idleMilliseconds);
    }
  }

  /** One batch for one projection; true when a full batch suggests more is waiting. */
  private async advance(track: Track): Promise<boolean> {
    try {
      const outcome = await applyNextBatch(this.dataSource, this.store, track.projection, { batchSize: this.batchSize }, 'try');
      track.failures = 0;
      track.lastError = null;
      const more = outcome.events === this.batchSize;
      track.state = more ? 'catching-up' : 'live';
      return more;
    } catch (error) {
      track.failures += 1;
      track.state = 'failing';
      track.lastError = error instanceof Error ? error.message : String(error);
      track.retryAt = Date.now() + Math.min(30_000, 250 * 2 ** track.failures);
      this.options.onError?.(track.projection.name, error);
      return false;
    }
  }

  private sleep(milliseconds: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, milliseconds);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
