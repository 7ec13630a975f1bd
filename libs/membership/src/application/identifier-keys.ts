import { createPool } from '#accord/postgres';
import type { Pool, PoolClient } from 'pg';

// Advisory lock namespace (first key) of identifier reservations; the second key hashes the identifier key.
const IDENTIFIER_LOCK = 730_120_300;

/**
 * Sessions that hold identifier locks, apart from the main pool: the work done under a lock needs
 * connections of the main pool, so waiters holding those would starve the holder.
 */
const LOCK_SESSIONS = 4;

/** A reservation table for the national identifiers of the register (`membership.identifier_keys`). */
export class IdentifierKeys {
  private readonly pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = createPool(databaseUrl, LOCK_SESSIONS);
  }

  /** Closes the lock sessions (called by Nest when the application shuts down). */
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Runs `work` while holding a session lock on one identifier key, so that checking a
   * reservation, taking it and writing the member record happen as one step per identifier:
   * a second applicant with the same identifier waits and then finds the first one's record.
   * A crashed process loses its session and with it the lock.
   */
  async exclusively<T>(key: string, work: (reservations: KeyReservations) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [IDENTIFIER_LOCK, key]);
      try {
        return await work(new KeyReservations(client, key));
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [IDENTIFIER_LOCK, key]);
      }
    } finally {
      client.release();
    }
  }
}

/** The reservation of one key, read and changed under its lock. */
export class KeyReservations {
  constructor(
    private readonly client: PoolClient,
    readonly key: string,
  ) {}

  async holder(): Promise<string | undefined> {
    const { rows } = await this.client.query<{ member_id: string }>('SELECT member_id FROM membership.identifier_keys WHERE key = $1', [this.key]);
    return rows[0]?.member_id;
  }

  /** Gives the key to `memberId`, replacing a reservation whose member record was never written. */
  async assign(memberId: string): Promise<void> {
    await this.client.query(
      `INSERT INTO membership.identifier_keys (key, member_id) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET member_id = EXCLUDED.member_id, reserved_at = now()`,
      [this.key, memberId],
    );
  }

  /** Frees the key when recording the member failed. */
  async release(memberId: string): Promise<void> {
    await this.client.query('DELETE FROM membership.identifier_keys WHERE key = $1 AND member_id = $2', [this.key, memberId]);
  }
}
