import { comparePositions, type GlobalPosition } from '#accord/ledger';

/** A projection's checkpoint moved forward (applied here, or seen moved by another process). */
export interface CheckpointMove {
  readonly projection: string;
  readonly position: GlobalPosition;
}

interface Waiter {
  readonly names: readonly string[];
  readonly target: GlobalPosition;
  readonly resolve: (reached: boolean) => void;
}

/**
 * The one "read models advanced" signal of a process: the last checkpoint known of each
 * projection, and who wants to hear when one moves. Waits and live views hang on it instead of
 * reading the checkpoints on a timer of their own.
 */
export class ReadModelsAdvanced {
  private readonly positions = new Map<string, GlobalPosition>();
  private readonly listeners = new Set<(move: CheckpointMove) => void>();
  private readonly waiters = new Set<Waiter>();

  /** The last checkpoint known of `projection`, if any has been seen. */
  positionOf(projection: string): GlobalPosition | undefined {
    return this.positions.get(projection);
  }

  /** True when every named projection is known to have applied `target`. */
  reached(names: readonly string[], target: GlobalPosition): boolean {
    return names.every((name) => {
      const position = this.positions.get(name);
      return position !== undefined && comparePositions(position, target) >= 0;
    });
  }

  /** Records a checkpoint; only a move forward is announced, so a late or repeated report is harmless. */
  publish(projection: string, position: GlobalPosition): void {
    const known = this.positions.get(projection);
    if (known && comparePositions(position, known) <= 0) return;
    this.positions.set(projection, position);
    const move = { projection, position };
    for (const listener of this.listeners) listener(move);
    for (const waiter of this.waiters) {
      if (waiter.names.includes(projection) && this.reached(waiter.names, waiter.target)) waiter.resolve(true);
    }
  }

  /** Calls `listener` on every move until the returned function is called. */
  subscribe(listener: (move: CheckpointMove) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether anyone waits for a position now: the runner then looks for moves made by other processes. */
  get waiting(): boolean {
    return this.waiters.size > 0;
  }

  /** Resolves true once every named projection has applied `target`, or false after `timeoutMilliseconds`. */
  waitFor(names: readonly string[], target: GlobalPosition, timeoutMilliseconds: number): Promise<boolean> {
    if (this.reached(names, target)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        names,
        target,
        resolve: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.resolve(false), timeoutMilliseconds);
      this.waiters.add(waiter);
    });
  }

  /** Ends every wait as not reached: the process is stopping. */
  releaseAll(): void {
    for (const waiter of this.waiters) waiter.resolve(false);
  }
}
