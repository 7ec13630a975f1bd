import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Event lines of an export as read, the cheapest thing to copy across (a fraction of their parsed form; a third of them joined into one string). */
export interface ContentBatch {
  readonly id: number;
  readonly lines: readonly string[];
}

export type ContentBatchResult = { readonly id: number; readonly changed: number[] } | { readonly id: number; readonly error: string };

// From the sources (jest, the TypeScript loader) the worker runs from the sources too, through the loader; from the build, the build.
const fromSources = import.meta.url.endsWith('.ts');
const entry = new URL(`./content-hash-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
const loader = fileURLToPath(new URL('../../../../bin/typescript-loader.mjs', import.meta.url));

/** Batches queued for a worker, at most, before it counts as busy: enough that it never waits for the next. */
const QUEUED_PER_WORKER = 4;

interface PooledWorker {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (changed: number[]) => void; reject: (error: Error) => void }>;
}

/**
 * Worker threads that recompute the content hashes of export lines, so that the thread reading the
 * export only parses and follows the chains. Workers start with the first batches (a small export never
 * pays for one) and take them fewest-queued first; `close` ends them all.
 */
export class ContentHashPool {
  private readonly workers: PooledWorker[] = [];
  private nextId = 0;
  /** Why no batch can be checked any more: the pool was closed, or a worker stopped. */
  private stopped: Error | null = null;

  /** One worker fewer than the cores, the reading thread keeping the last one, and at least one. */
  constructor(private readonly size = Math.max(1, availableParallelism() - 1)) {}

  /** The indexes of the event lines of an export whose content does not match their content hash. */
  check(lines: readonly string[]): Promise<number[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const target = this.leastBusy();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, lines } satisfies ContentBatch);
    });
  }

  /** Every worker has a full queue: a batch sent now would wait, and the caller had better check it itself. */
  get busy(): boolean {
    return this.workers.length === this.size && this.workers.every(({ pending }) => pending.size >= QUEUED_PER_WORKER);
  }

  async close(): Promise<void> {
    this.stopped ??= new Error('the content hash workers were closed');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private leastBusy(): PooledWorker {
    const idle = this.workers.find((candidate) => candidate.pending.size === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
  }

  private start(): PooledWorker {
    const worker = new Worker(entry, { execArgv: fromSources ? ['--import', loader] : undefined });
    const pooled: PooledWorker = { worker, pending: new Map() };
    const failAll = (error: Error) => {
      for (const { reject } of pooled.pending.values()) reject(error);
      pooled.pending.clear();
    };
    worker.on('message', (result: ContentBatchResult) => {
      const waiting = pooled.pending.get(result.id)!;
      pooled.pending.delete(result.id);
      if ('error' in result) waiting.reject(new Error(result.error));
      else waiting.resolve(result.changed);
    });
    worker.on('error', failAll);
    // A worker that stopped would never answer what it is sent next.
    worker.on('exit', (code) => {
      this.stopped ??= new Error(`a content hash worker stopped (exit code ${code})`);
      failAll(this.stopped);
    });
    this.workers.push(pooled);
    return pooled;
  }
}
