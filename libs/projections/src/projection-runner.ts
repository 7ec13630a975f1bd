import { comparePositions, earlierPosition, formatPosition, laterPosition, START, type EventStore, type GlobalPosition, type RecordedEvent } from '#accord/ledger';
import type { DataSource } from 'typeorm';
import { applyReadBatchIn, BatchReader, handlesNone, inParallel, passReadBatchIn, type ReadBatch } from './projection-batch.js';
import type { Projection } from './projection.js';
import { ReadModelsAdvanced } from './read-models-advanced.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string;
  /** About how many events the ledger holds after the checkpoint, from the positions alone (0 when caught up). */
  readonly lag: number;
  readonly state: 'catching-up' | 'live' | 'failing' | 'stopped';
  readonly lastError: string | null;
}

export interface ProjectionRunnerOptions {
  /**
   * The most events read and applied at once. Live, a batch holds what arrived since the last one;
   * catching up, each batch costs every projection one transaction, so a large one costs less per event.
   */
  readonly batchSize?: number;
  /**
   * The longest pause between looks at the log and the checkpoints when nothing wakes the runner:
   * appends of this process wake it at once, those of other processes through `wake`.
   */
  readonly idleMilliseconds?: number;
  /** Read models applying one batch at once, each in its own transaction on its own connection. */
  readonly concurrency?: number;
  /**
   * The shortest time between the starts of two live batches. Appends that arrive meanwhile wait for
   * the next batch, so a busy ledger is applied in batches of many events instead of a few
   * transactions per append; a write waits this long at most for its read models. Catching up (a
   * full batch) is never held back.
   */
  readonly batchIntervalMilliseconds?: number;
  readonly onError?: (projection: string, error: unknown) => void;
  /**
   * Tells other processes that the log (`appended`: where this process's append ended) or a
   * checkpoint moved here; they call `wake` when told, with that position.
   */
  readonly announce?: (appended?: GlobalPosition) => void;
}

/** `apply` keeps the read models live; `follow` only watches the checkpoints that other processes move. */
export type RunnerMode = 'apply' | 'follow';

interface Track {
  readonly projection: Projection;
  state: ProjectionStatus['state'];
  lastError: string | null;
  failures: number;
  retryAt: number;
}

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

const MAX_RETRY_MILLISECONDS = 30_000;
// Under a steady stream of appends, about a hundred batches a second at most: a few milliseconds
// more before a write shows in its read models, and each batch's fixed statements shared by many events.
const DEFAULT_BATCH_INTERVAL_MILLISECONDS = 10;

/**
 * Keeps every projection up to date: reads each batch of the log once and hands it to every
 * projection that has not applied it, the read models at once (each in its own transaction, behind
 * its own advisory lock, with its own checkpoint), then the process managers, which may consult
 * those read models. A failing projection is retried with growing pauses from its own checkpoint,
 * never skips the event that failed, and holds none of the others back.
 * Every checkpoint move is published on `advanced`, the process's one "read models advanced" signal.
 */
export class ProjectionRunner {
  readonly advanced = new ReadModelsAdvanced();
  private readonly tracks: Track[];
  private readonly batchSize: number;
  private readonly reader: BatchReader;
  private readonly idleMilliseconds: number;
  private readonly concurrency: number;
  private readonly batchInterval: number;
  /** When the last batch started, and whether it was full: the pace of the next one. */
  private lastBatch = { startedAt: 0, full: false };
  private mode: RunnerMode | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeRequested = false;
  private wakeUp: (() => void) | undefined;
  /** The end of the latest append this process made or was told of, and how far the last read of the log reached. */
  private appendedUpTo: GlobalPosition = START;
  private readUpTo: GlobalPosition = START;
  /** Looks since an append of this process was first found held back (see `heldBackLookIn`). */
  private heldBackLooks = 0;
  private stopListening: (() => void) | undefined;
  private checkpointRead: Promise<Map<string, GlobalPosition>> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.tracks = projections.map((projection) => ({ projection, state: 'stopped', lastError: null, failures: 0, retryAt: 0 }));
    this.batchSize = options.batchSize ?? 2_000;
    this.reader = new BatchReader(store, this.batchSize);
    this.idleMilliseconds = options.idleMilliseconds ?? 1_000;
    this.concurrency = options.concurrency ?? 4;
    this.batchInterval = options.batchIntervalMilliseconds ?? DEFAULT_BATCH_INTERVAL_MILLISECONDS;
  }

  get projections(): readonly Projection[] {
    return this.tracks.map((track) => track.projection);
  }

  /** True when this process keeps `projection` live (it may still wait its turn behind another process's lock). */
  applies(projection: string): boolean {
    return this.mode === 'apply' && this.tracks.some((track) => track.projection.name === projection);
  }

  start(mode: RunnerMode = 'apply'): void {
    if (this.running) return;
    this.stopping = false;
    this.mode = mode;
    if (mode === 'apply') for (const track of this.tracks) track.state = 'catching-up';
    this.stopListening = this.store.onAppended?.((position) => {
      this.wake(position);
      this.options.announce?.(position);
    });
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.stopListening?.();
    this.wake();
    await this.running;
    await this.reader.settle();
    this.running = undefined;
    this.mode = undefined;
    this.advanced.releaseAll();
    for (const track of this.tracks) track.state = 'stopped';
  }

  /** Looks at the log and the checkpoints now: something was appended (ending at `appended`, when known) or applied, here or elsewhere. */
  wake(appended?: GlobalPosition): void {
    if (appended) this.appendedUpTo = laterPosition(this.appendedUpTo, appended);
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Resolves when every projection has reached `position` (applied in any process), or false on timeout. */
  async waitFor(position: GlobalPosition, timeoutMilliseconds: number, names?: readonly string[]): Promise<boolean> {
    const wanted = names ?? this.tracks.map((track) => track.projection.name);
    if (this.advanced.reached(wanted, position)) return true;
    const deadline = Date.now() + timeoutMilliseconds;
    // The checkpoints may have moved in another process since this one last looked.
    await this.knownCheckpoints();
    if (this.advanced.reached(wanted, position)) return true;
    if (!this.running) return this.lookUntil(wanted, position, deadline);
    this.wake();
    return this.advanced.waitFor(wanted, position, Math.max(0, deadline - Date.now()));
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

  /**
   * Resolves once every projection has applied every append acknowledged before the call: the
   * acknowledged position, not the head readers see, which may not show the last appends yet.
   */
  async caughtUp(timeoutMilliseconds = 30_000): Promise<boolean> {
    return this.waitFor(await this.store.appendedPosition(), timeoutMilliseconds);
  }

  /** Two indexed reads whatever the backlog: the checkpoints and the ledger head; no rows are counted. */
  async status(): Promise<ProjectionStatus[]> {
    const [head, checkpoints] = await Promise.all([this.store.headPosition(), this.knownCheckpoints()]);
    return this.tracks.map((track) => {
      const checkpoint = checkpoints.get(track.projection.name) ?? START;
      const lag = lagBehind(checkpoint, head);
      return {
        name: track.projection.name,
        checkpoint: formatPosition(checkpoint),
        lag,
        // A full last batch leaves it catching up until the next look finds nothing more.
        state: track.state === 'catching-up' && lag === 0 ? 'live' : track.state,
        lastError: track.lastError,
      };
    });
  }

  /** One read of all checkpoints at a time, whoever asks: many waits cost the database what one does. */
  private knownCheckpoints(): Promise<Map<string, GlobalPosition>> {
    this.checkpointRead ??= this.readCheckpoints().finally(() => (this.checkpointRead = undefined));
    return this.checkpointRead;
  }

  private async readCheckpoints(): Promise<Map<string, GlobalPosition>> {
    const rows: Array<{ projection: string; commit_position: string; sequence_position: string }> = await this.dataSource.query(
      'SELECT projection, commit_position, sequence_position FROM projection_checkpoints WHERE projection = ANY($1)',
      [this.tracks.map((track) => track.projection.name)],
    );
    const checkpoints = new Map<string, GlobalPosition>();
    for (const row of rows) {
      const position = { commit: BigInt(row.commit_position), sequence: BigInt(row.sequence_position) };
      checkpoints.set(row.projection, position);
      this.advanced.publish(row.projection, position);
    }
    return checkpoints;
  }

  /** A process that follows no checkpoints (a one-shot command) looks at them itself until the deadline. */
  private async lookUntil(names: readonly string[], position: GlobalPosition, deadline: number): Promise<boolean> {
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, Math.max(0, deadline - Date.now()))));
      await this.knownCheckpoints();
      if (this.advanced.reached(names, position)) return true;
    }
    return false;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      await this.pace();
      // Cleared only now: what woke the runner while it kept its pace is in the batch it reads next.
      this.wakeRequested = false;
      let more = false;
      try {
        more = await this.cycle();
        failures = 0;
      } catch (error) {
        // The log or the checkpoints could not be read (the database is away): look again later.
        failures += 1;
        this.options.onError?.('*', error);
        await this.sleep(Math.min(MAX_RETRY_MILLISECONDS, 250 * 2 ** failures));
        continue;
      }
      if (!more) await this.sleep(this.nextLookIn());
    }
  }

  /** Waits out the rest of the interval after a live batch; a full batch, or a look that found nothing, is followed at once. */
  private async pace(): Promise<void> {
    const wait = this.lastBatch.startedAt + this.batchInterval - Date.now();
    if (wait > 0 && !this.lastBatch.full) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** One batch of the log for every projection behind it; true when a full batch suggests more is waiting. */
  private async cycle(): Promise<boolean> {
    const checkpoints = await this.knownCheckpoints();
    if (this.mode !== 'apply') return false;
    const now = Date.now();
    const due = this.tracks.filter((track) => now >= track.retryAt);
    if (due.length === 0) return false;
    const after = due.map((track) => checkpoints.get(track.projection.name) ?? START).reduce(earlierPosition);
    const startedAt = Date.now();
    const events = await this.reader.read(after);
    this.readUpTo = events.length > 0 ? lastOf(events) : after;
    if (events.length === 0) {
      for (const track of due) track.state = 'live';
      return false;
    }
    const batch: ReadBatch = { after, events };
    const behind = due.filter((track) => comparePositions(checkpoints.get(track.projection.name) ?? START, lastOf(events)) < 0);
    const more = events.length === this.batchSize;
    this.lastBatch = { startedAt, full: more };
    // Projections that handle none of the events after their checkpoint only move it: all in one statement.
    const unseenBy = (track: Track) => events.filter((event) => comparePositions(event.position, checkpoints.get(track.projection.name) ?? START) > 0);
    const passing = behind.filter((track) => handlesNone(track.projection, unseenBy(track)));
    const applying = behind.filter((track) => !passing.includes(track));
    const readModels = applying.filter((track) => track.projection.rebuildable !== false);
    const processes = applying.filter((track) => track.projection.rebuildable === false);
    const [passed, applied] = await Promise.all([
      this.pass(passing, batch, more),
      inParallel(readModels, this.concurrency, (track) => this.applyTo(track, batch, more)),
    ]);
    // Process managers consult read models: they follow once the read models have applied the batch.
    const followed = await inParallel(processes, this.concurrency, (track) => this.applyTo(track, batch, more));
    if (passed || [...applied, ...followed].some(Boolean)) this.options.announce?.();
    return more;
  }

  /** Moves the checkpoints of projections with nothing to apply past the batch; true when any moved. */
  private async pass(tracks: readonly Track[], batch: ReadBatch, more: boolean): Promise<boolean> {
    if (tracks.length === 0) return false;
    try {
      const names = tracks.map((track) => track.projection.name);
      const moved = await this.dataSource.transaction((manager) => passReadBatchIn(manager, names, batch));
      for (const track of tracks) {
        track.failures = 0;
        track.lastError = null;
        track.state = more ? 'catching-up' : 'live';
      }
      for (const name of moved) this.advanced.publish(name, lastOf(batch.events));
      return moved.length > 0;
    } catch (error) {
      this.options.onError?.(tracks.map((track) => track.projection.name).join(', '), error);
      return false;
    }
  }

  /** True when the projection applied part of the batch here. */
  private async applyTo(track: Track, batch: ReadBatch, more: boolean): Promise<boolean> {
    try {
      const outcome = await this.dataSource.transaction((manager) => applyReadBatchIn(manager, track.projection, batch));
      track.failures = 0;
      track.lastError = null;
      track.state = more ? 'catching-up' : 'live';
      if (outcome.acquired && outcome.events > 0) this.advanced.publish(track.projection.name, outcome.checkpoint);
      return outcome.acquired && outcome.events > 0;
    } catch (error) {
      track.failures += 1;
      track.state = 'failing';
      track.lastError = error instanceof Error ? error.message : String(error);
      track.retryAt = Date.now() + Math.min(MAX_RETRY_MILLISECONDS, 250 * 2 ** track.failures);
      this.options.onError?.(track.projection.name, error);
      return false;
    }
  }

  /** The idle pause, shortened to the retry of a failing projection or to the next look for a held-back append. */
  private nextLookIn(): number {
    const retries = this.tracks.filter((track) => track.retryAt > Date.now()).map((track) => track.retryAt - Date.now());
    return Math.min(this.idleMilliseconds, this.heldBackLookIn(), ...retries);
  }

  /**
   * An append (of this process or announced by another) that the last read did not reach was
   * committed while an older transaction (any writer's, not only the ledger's) was still open: the
   * log shows it once that one ends, which wakes nobody. It is looked for again after the batch
   * interval, then after twice as long each time, up to the idle pause.
   */
  private heldBackLookIn(): number {
    if (this.mode !== 'apply' || comparePositions(this.appendedUpTo, this.readUpTo) <= 0) {
      this.heldBackLooks = 0;
      return Infinity;
    }
    return Math.max(1, this.batchInterval) * 2 ** this.heldBackLooks++;
  }

  private sleep(milliseconds: number): Promise<void> {
    if (this.wakeRequested || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, milliseconds);
      this.wakeUp = done;
    });
  }
}

const lastOf = (events: readonly RecordedEvent[]) => events[events.length - 1].position;

/**
 * How far a checkpoint lies behind the head, from the positions alone: on PostgreSQL the difference
 * of the rows' identities (appends rolled back leave gaps, so it can overstate), at least 1 when behind.
 */
function lagBehind(checkpoint: GlobalPosition, head: GlobalPosition): number {
  if (comparePositions(checkpoint, head) >= 0) return 0;
  return Math.max(1, Number(head.sequence - checkpoint.sequence));
}
