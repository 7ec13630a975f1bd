import type { Pool } from 'pg';
import type { Migration } from '#accord/postgres';

/** What one run of a benchmark works with: the bench database, emptied just before the run. */
export interface BenchContext {
  readonly url: string;
  readonly pool: Pool;
  /** 1 for a full run, 0.1 for `--quick`. */
  readonly scale: number;
  /** Lets the server finish the background work of earlier phases, so the timer sees only what follows. */
  settle(): Promise<void>;
}

export interface Sample {
  readonly events: number;
  readonly seconds: number;
  /** CPU this process spent in the timed phase: near `seconds`, the client, not the server, sets the pace. */
  readonly clientCpuSeconds: number;
  /** Counts worth reporting beside the rate, such as conflicts. */
  readonly extra?: Readonly<Record<string, number>>;
}

export interface Benchmark {
  readonly name: string;
  /** One run from empty tables; only the phase under measurement is timed. */
  run(context: BenchContext): Promise<Sample>;
}

/** Benchmarks with the schema they need in the bench database. */
export interface BenchSuite {
  readonly migrations: readonly Migration[];
  /** The tables the benchmarks write, emptied before every run. */
  readonly tables: readonly string[];
  readonly benchmarks: readonly Benchmark[];
}

export type Timing = Pick<Sample, 'seconds' | 'clientCpuSeconds'>;

/** Settles, then times `work` alone. */
export async function timed<T>(context: BenchContext, work: () => Promise<T>): Promise<{ timing: Timing; value: T }> {
  await context.settle();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { timing: { seconds, clientCpuSeconds: (cpu.user + cpu.system) / 1e6 }, value };
}

/** The run with the median duration: one slow outlier (a checkpoint, a noisy neighbour) cannot move it. */
export function median(samples: readonly Sample[]): Sample {
  const bySeconds = [...samples].sort((a, b) => a.seconds - b.seconds);
  return bySeconds[Math.floor(bySeconds.length / 2)];
}

/**
 * Calls `work` once for every index below `count`, with at most `concurrency` calls in flight,
 * each worker taking the next index as soon as its previous call finished.
 */
export async function forEachConcurrently(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    // One failure stops the other workers too, so none outlives the run and writes into the next.
    while (next < count && !failed) {
      const index = next;
      next += 1;
      try {
        await work(index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
