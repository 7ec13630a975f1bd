import type { KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startAuditWorker } from './audit-worker.js';

/**
 * What a worker is asked: whether event lines of an export match their content hashes (the lines as
 * read: the cheapest thing to copy across, a third of the cost of the same lines joined into one
 * string), or whether an append signature is the key's.
 */
export type VerificationRequest =
  | { readonly id: number; readonly lines: readonly string[] }
  | { readonly id: number; readonly statement: Buffer; readonly signature: Buffer | null; readonly key: KeyObject };

export type VerificationResult =
  | { readonly id: number; readonly changed: number[] }
  | { readonly id: number; readonly valid: boolean }
  | { readonly id: number; readonly error: string };

/** Batches queued for a worker, at most, before it counts as busy: enough that it never waits for the next. */
const QUEUED_PER_WORKER = 4;

/** Events between two looks at whether the workers pay: some 30 ms of work. */
export const STRETCH_EVENTS = 4_096;

/**
 * The cores' worth of CPU time the process must use while lines go to the workers for them to pay:
 * a worker parses each line a second time, which only a core of its own makes up for. On a machine
 * whose other cores are taken, the kernel shares the process's time among its threads and a worker
 * only slows the reading thread.
 */
const PAYING_PARALLELISM = 1.2;

interface PooledWorker {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (answer: never) => void; reject: (error: Error) => void }>;
}

/**
 * Worker threads that recompute the content hashes of export lines and check append signatures, so
 * that the thread reading the export only parses and follows the chains. Workers start with the first
 * batches of lines (a small export never pays for one) and take the work fewest-queued first; `close`
 * ends them all.
 */
export class VerificationWorkers {
  private readonly workers: PooledWorker[] = [];
  private nextId = 0;
  /** Why no batch can be checked any more: the pool was closed, or a worker stopped. */
  private stopped: Error | null = null;
  /** The events since the last look at whether the workers pay, and whether they go to the workers meanwhile. */
  private stretch: { events: number; aside: boolean; cpuMicroseconds: number; startedAt: number } | null = null;

  /** One worker fewer than the cores, the reading thread keeping the last one, and at least one. */
  constructor(private readonly size = Math.max(1, availableParallelism() - 1)) {}

  /** The indexes of the event lines of an export whose content does not match their content hash. */
  check(lines: readonly string[]): Promise<number[]> {
    return this.ask<number[]>((id) => ({ id, lines }));
  }

  /** Whether a worker runs: only then does a signature go to one (see `verifySignature`). */
  get started(): boolean {
    return this.workers.length > 0;
  }

  /**
   * `verifySignature` on a worker. A running worker is busy with lines, so the check waits in its
   * queue; on libuv's thread pool it would wake a thread that, with every core taken, runs in the
   * reading thread's stead.
   */
  verifySignature(statement: Buffer, signature: Buffer | null, key: KeyObject): Promise<boolean> {
    return this.ask<boolean>((id) => ({ id, statement, signature, key }));
  }

  /**
   * Whether the next event's line should go to the workers, asked once an event: not while every
   * worker has a full queue (the caller checks it in line rather than wait), nor for the three
   * stretches that follow one in which the process did not get cores enough for the workers to pay
   * (then a stretch goes to them again, to look once more).
   */
  takes(): boolean {
    let stretch = (this.stretch ??= startStretch(true));
    if (stretch.events === (stretch.aside ? STRETCH_EVENTS : 3 * STRETCH_EVENTS)) stretch = this.stretch = startStretch(!stretch.aside || paid(stretch));
    stretch.events += 1;
    return stretch.aside && !(this.workers.length === this.size && this.workers.every(({ pending }) => pending.size >= QUEUED_PER_WORKER));
  }

  async close(): Promise<void> {
    this.stopped ??= new Error('the verification workers were closed');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private ask<T>(request: (id: number) => VerificationRequest): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const target = this.leastBusy();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      target.pending.set(id, { resolve: resolve as (answer: never) => void, reject });
      target.worker.postMessage(request(id));
    });
  }

  private leastBusy(): PooledWorker {
    const idle = this.workers.find((candidate) => candidate.pending.size === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
  }

  private start(): PooledWorker {
    const worker = startAuditWorker('verification-worker');
    const pooled: PooledWorker = { worker, pending: new Map() };
    const failAll = (error: Error) => {
      for (const { reject } of pooled.pending.values()) reject(error);
      pooled.pending.clear();
    };
    worker.on('message', (result: VerificationResult) => {
      const waiting = pooled.pending.get(result.id)!;
      pooled.pending.delete(result.id);
      if ('error' in result) waiting.reject(new Error(result.error));
      else waiting.resolve(('valid' in result ? result.valid : result.changed) as never);
    });
    worker.on('error', failAll);
    // A worker that stopped would never answer what it is sent next.
    worker.on('exit', (code) => {
      this.stopped ??= new Error(`a verification worker stopped (exit code ${code})`);
      failAll(this.stopped);
    });
    this.workers.push(pooled);
    return pooled;
  }
}

function startStretch(aside: boolean) {
  const { user, system } = process.cpuUsage();
  return { events: 0, aside, cpuMicroseconds: user + system, startedAt: performance.now() };
}

/** Whether the process used PAYING_PARALLELISM cores' worth of CPU time since the stretch began. */
function paid(stretch: { cpuMicroseconds: number; startedAt: number }): boolean {
  const { user, system } = process.cpuUsage();
  return (user + system - stretch.cpuMicroseconds) / 1_000 >= PAYING_PARALLELISM * (performance.now() - stretch.startedAt);
}
