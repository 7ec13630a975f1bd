import type { Pool } from 'pg';

export class EmailTaken extends Error {
  readonly code = 'EMAIL_TAKEN';
  constructor(readonly email: string) {
    super(`An account with e-mail ${email} already exists`);
    this.name = 'EmailTaken';
  }
}

const UNIQUE_VIOLATION = '23505';

/** E-mail addresses compare without case or surrounding space. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Password hashes by account, with each e-mail address reserved for one account. */
export class CredentialStore {
  constructor(private readonly pool: Pool) {}

  async reserve(accountId: string, email: string, passwordHash: string): Promise<void> {
    try {
      await this.pool.query('INSERT INTO identity.credentials (account_id, email, password_hash) VALUES ($1, $2, $3)', [
        accountId,
        normalizeEmail(email),
        passwordHash,
      ]);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new EmailTaken(normalizeEmail(email));
      throw error;
    }
  }

  /** Frees a reservation whose account was never recorded (the append failed or never happened). */
  async release(accountId: string): Promise<void> {
    await this.pool.query('DELETE FROM identity.credentials WHERE account_id = $1', [accountId]);
  }

  async byEmail(email: string): Promise<{ accountId: string; passwordHash: string } | undefined> {
    const { rows } = await this.pool.query<{ account_id: string; password_hash: string }>(
      'SELECT account_id, password_hash FROM identity.credentials WHERE email = $1',
      [normalizeEmail(email)],
    );
    return rows[0] && { accountId: rows[0].account_id, passwordHash: rows[0].password_hash };
  }

  async hashOf(accountId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ password_hash: string }>('SELECT password_hash FROM identity.credentials WHERE account_id = $1', [accountId]);
    return rows[0]?.password_hash;
  }

  async setPassword(accountId: string, passwordHash: string): Promise<void> {
    await this.pool.query('UPDATE identity.credentials SET password_hash = $2, updated_at = now() WHERE account_id = $1', [accountId, passwordHash]);
  }
}
