import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import {
  formatPosition,
  parsePosition,
  PostgresEventStore,
  type EventStore,
  type GlobalPosition,
  type IntegrityBreak,
  type IntegrityReport,
} from '#accord/ledger';
import { PeriodicJob } from './periodic-job.js';
import { loggedError } from './log-fields.js';

export type IntegrityStatus = 'unchecked' | 'intact' | 'broken';

/** The background verification's last word, as `/health` and `GET /ledger/verification` show it. */
export interface IntegrityState {
  readonly status: IntegrityStatus;
  /** The last position the checks covered (sealed or not). */
  readonly lastVerifiedPosition: string | null;
  readonly checkedAt: string | null;
  readonly pass: 'full' | 'incremental' | null;
  readonly report: (Omit<IntegrityReport, 'firstBreak'> & { firstBreak: PublicBreak | null; [extra: string]: unknown }) | null;
}

type PublicBreak = Omit<IntegrityBreak, 'position'> & { position: string | null };

interface TailEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly position: GlobalPosition;
  readonly hash: Buffer;
}

const TAIL_LIMIT = 10_000;
export const TRUNCATED_TAIL = 'event verified earlier is missing from the log or changed: the unsealed tail was truncated or rewritten';

/**
 * Verifies the ledger behind the server's back: a full pass at start and on a schedule, and in
 * between only what was appended since (picking up the chains where the last pass left them). The
 * events not yet sealed are remembered, so that a tail cut off before its seal is still noticed.
 */
export class LedgerIntegrityMonitor {
  private readonly logger = new Logger('LedgerIntegrity');
  private state: IntegrityState = { status: 'unchecked', lastVerifiedPosition: null, checkedAt: null, pass: null, report: null };
  private sealedUpTo: GlobalPosition | undefined;
  private tail: TailEvent[] = [];
  private readonly incrementalJob: PeriodicJob;
  private readonly fullJob: PeriodicJob;
  private running: Promise<IntegrityState> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    intervals: { incrementalSeconds: number; fullSeconds: number },
  ) {
    this.incrementalJob = new PeriodicJob('ledger verification', intervals.incrementalSeconds * 1_000, () => this.verifyIncrementally());
    this.fullJob = new PeriodicJob('full ledger verification', intervals.fullSeconds * 1_000, () => this.verifyFully());
  }

  get current(): IntegrityState {
    return this.state;
  }

  start(): void {
    void this.verifyFully().catch((error: unknown) => this.logger.error({ message: 'ledger verification failed', error: loggedError(error) }));
    this.incrementalJob.start();
    this.fullJob.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.incrementalJob.stop(), this.fullJob.stop()]);
    await this.running?.catch(() => undefined);
  }

  verifyFully(): Promise<IntegrityState> {
    return this.exclusive(() => this.pass(undefined));
  }

  /** Checks what was appended since the last pass; before any full pass, a full one. */
  verifyIncrementally(): Promise<IntegrityState> {
    return this.exclusive(async () => {
      if (this.state.status === 'unchecked' || !(this.store instanceof PostgresEventStore)) return this.pass(undefined);
      if (this.state.status === 'broken') return this.state;
      const lost = await this.lostTailEvent();
      if (lost) return this.record('incremental', brokenAt(lost, this.state), this.state.lastVerifiedPosition);
      return this.pass(this.sealedUpTo);
    });
  }

  private exclusive(work: () => Promise<IntegrityState>): Promise<IntegrityState> {
    const next = (this.running ?? Promise.resolve(this.state)).catch(() => undefined).then(work);
    this.running = next;
    return next;
  }

  private async pass(after: GlobalPosition | undefined): Promise<IntegrityState> {
    const full = after === undefined;
    const report = this.store instanceof PostgresEventStore ? await this.store.verifyAfter(after) : await this.store.verify();
    const summary = report as IntegrityReport & { lastPosition?: string | null; lastSealedPosition?: string | null };
    if (report.intact && this.store instanceof PostgresEventStore) {
      const sealed = summary.lastSealedPosition ? parsePosition(summary.lastSealedPosition) : undefined;
      if (sealed) this.sealedUpTo = sealed;
      else if (full) this.sealedUpTo = undefined;
      this.tail = await this.unsealedTail(this.sealedUpTo, summary.lastPosition ? parsePosition(summary.lastPosition) : undefined);
    }
    const last = summary.lastPosition ?? (full ? null : this.state.lastVerifiedPosition);
    return this.record(full ? 'full' : 'incremental', report, last);
  }

  private record(pass: 'full' | 'incremental', report: IntegrityReport, lastVerifiedPosition: string | null): IntegrityState {
    // A break once seen stays until the server restarts: evidence such as a cut unsealed tail cannot be found again.
    if (this.state.status === 'broken') return (this.state = { ...this.state, checkedAt: new Date().toISOString() });
    const broken = report.firstBreak;
    const status: IntegrityStatus = report.intact ? 'intact' : 'broken';
    if (status === 'broken') {
      this.logger.error({ message: 'the ledger is broken', firstBreak: broken && { ...broken, position: broken.position && formatPosition(broken.position) } });
    }
    this.state = {
      status,
      lastVerifiedPosition,
      checkedAt: new Date().toISOString(),
      pass,
      report: { ...report, firstBreak: broken && { ...broken, position: broken.position && formatPosition(broken.position) } },
    };
    return this.state;
  }

  private async unsealedTail(after: GlobalPosition | undefined, upTo: GlobalPosition | undefined): Promise<TailEvent[]> {
    if (!upTo) return [];
    const { rows } = await this.pool.query<{ event_id: string; stream_id: string; version: number; transaction_id: string; sequence: string; hash: Buffer }>(
      `SELECT event_id, stream_id, version, transaction_id, sequence, hash FROM ledger.events
       WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) AND (transaction_id, sequence) <= ($3::bigint, $4::bigint)
       ORDER BY transaction_id, sequence LIMIT $5`,
      [after?.commit.toString() ?? '0', after?.sequence.toString() ?? '0', upTo.commit.toString(), upTo.sequence.toString(), TAIL_LIMIT],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      streamId: row.stream_id,
      version: row.version,
      position: { commit: BigInt(row.transaction_id), sequence: BigInt(row.sequence) },
      hash: row.hash,
    }));
  }

  /** The first remembered unsealed event that is gone or no longer the same. */
  private async lostTailEvent(): Promise<TailEvent | undefined> {
    if (this.tail.length === 0) return undefined;
    const { rows } = await this.pool.query<{ event_id: string; hash: Buffer; transaction_id: string; sequence: string }>(
      'SELECT event_id, hash, transaction_id, sequence FROM ledger.events WHERE event_id = ANY($1::uuid[])',
      [this.tail.map((event) => event.eventId)],
    );
    const stored = new Map(rows.map((row) => [row.event_id, row]));
    return this.tail.find((event) => {
      const row = stored.get(event.eventId);
      return !row || !row.hash.equals(event.hash) || row.transaction_id !== event.position.commit.toString() || row.sequence !== event.position.sequence.toString();
    });
  }
}

function brokenAt(event: TailEvent, previous: IntegrityState): IntegrityReport {
  return {
    intact: false,
    eventsChecked: 0,
    streamsChecked: 0,
    eventsSealed: previous.report?.eventsSealed ?? 0,
    sealHead: previous.report?.sealHead ?? null,
    firstBreak: { eventId: event.eventId, streamId: event.streamId, version: event.version, position: event.position, reason: TRUNCATED_TAIL },
  };
}
