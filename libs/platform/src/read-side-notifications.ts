import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { formatPosition, laterPosition, parsePosition, type GlobalPosition } from '#accord/ledger';
import { loggedError } from './log-fields.js';

const CHANNEL = 'accord_read_side';
const RECONNECT_MILLISECONDS = 1_000;
// A busy ledger announces itself about a hundred times a second, not once per append.
const ANNOUNCE_INTERVAL_MILLISECONDS = 10;

/**
 * Tells the other Accord processes on this database that the ledger or a checkpoint moved, and
 * hears them tell this one: PostgreSQL's LISTEN/NOTIFY, sent after the append's own transaction
 * (so no append waits for the notification queue's lock) and coalesced: at most one per pause of
 * 10 ms, what is announced meanwhile going as one more after it. An announcement of appends names where
 * the last of them ended, so that a process told of it knows what to look for in the log.
 */
export class ReadSideNotifications {
  private readonly logger = new Logger('ReadSideNotifications');
  /** A process hears its own notifications too: it knows already, so it skips them. */
  private readonly origin = randomUUID();
  private listener: { readonly client: PoolClient; readonly release: (error?: Error) => void } | undefined;
  private onNotice: ((appended: GlobalPosition | undefined) => void) | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private sending = false;
  private again = false;
  /** The end of the latest append announced and not yet sent. */
  private appended: GlobalPosition | undefined;

  constructor(private readonly pool: Pool) {}

  /**
   * Calls `onNotice` whenever another process announces a move, with the end of its latest append
   * when it announced one. A dropped connection is opened again (meanwhile the runner's idle look
   * stands in for the notifications it misses).
   */
  async listen(onNotice: (appended: GlobalPosition | undefined) => void): Promise<void> {
    this.onNotice = onNotice;
    this.closed = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = await this.pool.connect();
    // The client goes back to the pool once: an error after that (the server ending the
    // connection at shutdown, say) concerns nobody, and a second release would throw.
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error);
    };
    client.on('notification', (notice) => {
      const [origin, appended] = (notice.payload ?? '').split(' ');
      if (origin !== this.origin) this.onNotice?.(appended ? parsePosition(appended) : undefined);
    });
    client.on('error', (error) => {
      if (released) return;
      this.logger.warn({ message: 'no longer hearing other processes; listening again', error: loggedError(error) });
      if (this.listener?.client === client) this.listener = undefined;
      release(error);
      this.reconnect();
    });
    try {
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      release(error as Error);
      throw error;
    }
    this.listener = { client, release };
  }

  private reconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.closed) return;
      // Whatever was announced while nobody listened is looked for now.
      this.connect().then(() => this.onNotice?.(undefined), () => this.reconnect());
    }, RECONNECT_MILLISECONDS);
    this.retry.unref();
  }

  /** `appended`: where this process's latest append ended, when it is appends that moved. */
  announce(appended?: GlobalPosition): void {
    if (appended) this.appended = this.appended ? laterPosition(this.appended, appended) : appended;
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    void this.send();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.retry = undefined;
    const listener = this.listener;
    this.listener = undefined;
    if (!listener) return;
    await listener.client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
    listener.release();
  }

  private async send(): Promise<void> {
    do {
      this.again = false;
      const appended = this.appended;
      this.appended = undefined;
      const payload = appended ? `${this.origin} ${formatPosition(appended)}` : this.origin;
      await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(() => undefined);
      // A pause after every notification, not only after a busy one: appends a little more than a
      // notification's round trip apart would otherwise each send their own.
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_INTERVAL_MILLISECONDS));
    } while (this.again);
    this.sending = false;
  }
}
