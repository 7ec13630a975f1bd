import { createHash, type Hash } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { startAuditWorker } from './audit-worker.js';

/** A block of lines to hash, or, without one, the request for the digest of every block before. */
export interface DigestMessage {
  readonly lines?: string[];
}

/** Lines taken before the digest goes to a block at a time: some 64 KiB, one update a line cost a quarter more. */
const BLOCK_LENGTH = 65_536;

/**
 * Text an export's lines reach before the hashing moves to a worker thread, held meanwhile: a
 * smaller export (some 4,000 events) is hashed in line, since a worker's start costs more than it saves.
 */
export const DIGEST_IN_LINE_LENGTH = 4 * 1_048_576;

/** Blocks sent to the worker and not yet hashed, at most, before the reader waits: some 4 MiB. */
const BLOCKS_IN_FLIGHT = 64;

/**
 * The SHA-256 of lines, each ended by a line feed. On a long export it is taken on a worker
 * thread, which the blocks of lines are copied to: a fraction of the cost of hashing them on the
 * thread that reads and checks the export. `close` ends the worker, whatever way the reading ended.
 */
export class LineDigest {
  private pending: string[] = [];
  private pendingLength = 0;
  /** Blocks kept until the lines are long enough for a worker to pay; null once they went to it. */
  private held: string[][] | null = [];
  private length = 0;
  private worker: Worker | null = null;
  private inFlight = 0;
  private failure: Error | null = null;
  private waiting: (() => void) | null = null;
  private answer: { resolve: (hex: string) => void; reject: (error: Error) => void } | null = null;

  constructor(private readonly inLineLength = DIGEST_IN_LINE_LENGTH) {}

  line(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > BLOCK_LENGTH) this.endBlock();
  }

  /** Whether the reader should wait (`drained`) before it gives more lines: the worker fell behind. */
  get backlogged(): boolean {
    return this.inFlight > BLOCKS_IN_FLIGHT;
  }

  /** Resolves once half the blocks in flight are hashed; rejects if the worker stopped. */
  async drained(): Promise<void> {
    while (this.inFlight > BLOCKS_IN_FLIGHT / 2 && !this.failure) await new Promise<void>((resolve) => (this.waiting = resolve));
    if (this.failure) throw this.failure;
  }

  async hex(): Promise<string> {
    if (this.failure) throw this.failure;
    this.endBlock();
    if (this.held) return this.hashHeld(createHash('sha256')).digest('hex');
    return new Promise((resolve, reject) => {
      this.answer = { resolve, reject };
      this.worker!.postMessage({} satisfies DigestMessage);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the file digest was closed');
    await this.worker?.terminate();
  }

  private endBlock(): void {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    this.length += this.pendingLength;
    this.pendingLength = 0;
    if (!this.held) return this.send(lines);
    this.held.push(lines);
    if (this.length > this.inLineLength) {
      const held = this.held;
      this.held = null;
      this.worker = this.start();
      for (const block of held) this.send(block);
    }
  }

  private send(lines: string[]): void {
    this.inFlight += 1;
    this.worker!.postMessage({ lines } satisfies DigestMessage);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  private hashHeld(digest: Hash): Hash {
    for (const lines of this.held!) {
      lines.push('');
      digest.update(lines.join('\n'));
    }
    return digest;
  }

  private start(): Worker {
    // It holds one block at a time: a small young generation keeps its memory to a few MiB.
    const worker = startAuditWorker('line-digest-worker', { maxYoungGenerationSizeMb: 4 });
    const fail = (error: Error) => {
      this.failure ??= error;
      this.wake();
      this.answer?.reject(this.failure);
    };
    worker.on('message', (hex: string | null) => {
      if (hex !== null) return this.answer?.resolve(hex);
      this.inFlight -= 1;
      if (this.inFlight <= BLOCKS_IN_FLIGHT / 2) this.wake();
    });
    worker.on('error', fail);
    // A worker that stopped would never answer what it is sent next.
    worker.on('exit', (code) => fail(new Error(`the file digest worker stopped (exit code ${code})`)));
    return worker;
  }
}
