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
   * Runs `work` while holding a session lock on each key of one identifier, so that checking the
   * reservations, taking them and writing the member record happen as one step per key: a second
   * applicant with any of the same keys waits and then finds the first one's record. The keys are
   * locked in one order, so two identifiers sharing keys never wait on each other in a circle.
   * A crashed process loses its session and with it the locks.
   */
  async exclusively<T>(keys: readonly string[], work: (reservations: KeyReservations) => Promise<T>): Promise<T> {
    const ordered = [...new Set(keys)].sort();
    const client = await this.pool.connect();
    const locked: string[] = [];
    try {
      for (const key of ordered) {
        await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [IDENTIFIER_LOCK, key]);
        locked.push(key);
      }
      return await work(new KeyReservations(client, ordered));
    } finally {
      try {
        for (const key of locked.reverse()) await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [IDENTIFIER_LOCK, key]);
      } finally {
        client.release();
      }
    }
  }
}

/** The reservations of an identifier's keys, read and changed under their locks. */
export class KeyReservations {
  constructor(
    private readonly client: PoolClient,
    readonly keys: readonly string[],
  ) {}

  /** Key → the member record that holds it, for the keys that are reserved. */
  async holders(): Promise<Map<string, string>> {
    const { rows } = await this.client.query<{ key: string; member_id: string }>(
      'SELECT key, member_id FROM membership.identifier_keys WHERE key = ANY($1)',
      [this.keys],
    );
    return new Map(rows.map((row) => [row.key, row.member_id]));
  }

  /**
   * Gives every key to `memberId`: over a reservation whose member record was never written, or
   * whose record has ended, since the organization applies again on a new record.
   */
  async assign(memberId: string): Promise<void> {
    await this.client.query(
      `INSERT INTO membership.identifier_keys (key, member_id) SELECT unnest($1::text[]), $2
       ON CONFLICT (key) DO UPDATE SET member_id = EXCLUDED.member_id, reserved_at = now()`,
      [this.keys, memberId],
    );
  }

  /** Gives the keys back to what held them before when recording the member failed. */
  async restore(memberId: string, previous: ReadonlyMap<string, string>): Promise<void> {
    await this.client.query('DELETE FROM membership.identifier_keys WHERE key = ANY($1) AND member_id = $2', [this.keys, memberId]);
    const kept = [...previous].filter(([, holder]) => holder !== memberId);
    if (kept.length === 0) return;
    await this.client.query(
      `INSERT INTO membership.identifier_keys (key, member_id) SELECT * FROM unnest($1::text[], $2::uuid[])
       ON CONFLICT (key) DO NOTHING`,
      [kept.map(([key]) => key), kept.map(([, holder]) => holder)],
    );
  }
}
