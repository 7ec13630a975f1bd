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

export interface StoredCredentials {
  readonly accountId: string;
  readonly passwordHash: string;
  /** The recorded password change this hash came from; null for the password set at registration. */
  readonly changeId: string | null;
}

/**
 * Puts a staged password hash in force and forgets the staging row, in one statement. Applying a
 * change twice, or one that is gone, changes nothing: the projection and sign-in may both try. A
 * staged hash older than the one in force (a later change was applied first) is dropped unused.
 */
export const APPLY_PASSWORD_CHANGE = `
WITH staged AS (DELETE FROM identity.password_changes WHERE change_id = $1 RETURNING account_id, password_hash, change_id, created_at)
UPDATE identity.credentials c SET password_hash = staged.password_hash, change_id = staged.change_id, updated_at = now()
FROM staged WHERE c.account_id = staged.account_id AND c.updated_at <= staged.created_at`;

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

  async byEmail(email: string): Promise<StoredCredentials | undefined> {
    return this.one('SELECT account_id, password_hash, change_id FROM identity.credentials WHERE email = $1', normalizeEmail(email));
  }

  async byAccount(accountId: string): Promise<StoredCredentials | undefined> {
    return this.one('SELECT account_id, password_hash, change_id FROM identity.credentials WHERE account_id = $1', accountId);
  }

  /**
   * Keeps a new password's hash aside until the ledger has recorded the change `changeId`. False when
   * that change is already staged (a repeated command): the first hash stays.
   */
  async stagePasswordChange(changeId: string, accountId: string, passwordHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'INSERT INTO identity.password_changes (change_id, account_id, password_hash) VALUES ($1, $2, $3) ON CONFLICT (change_id) DO NOTHING',
      [changeId, accountId, passwordHash],
    );
    return rowCount === 1;
  }

  async discardPasswordChange(changeId: string): Promise<void> {
    await this.pool.query('DELETE FROM identity.password_changes WHERE change_id = $1', [changeId]);
  }

  async applyPasswordChange(changeId: string): Promise<void> {
    await this.pool.query(APPLY_PASSWORD_CHANGE, [changeId]);
  }

  /**
   * Replaces a hash by a stronger one of the same password, unless it changed meanwhile. The time of
   * the last change stays: a re-hash is not a change of password.
   */
  async rehash(accountId: string, previousHash: string, passwordHash: string): Promise<void> {
    await this.pool.query('UPDATE identity.credentials SET password_hash = $3 WHERE account_id = $1 AND password_hash = $2', [
      accountId,
      previousHash,
      passwordHash,
    ]);
  }

  /** Deletes staged hashes whose change was never recorded (the append failed); returns how many. */
  async purgeStagedOlderThan(seconds: number): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM identity.password_changes WHERE created_at < now() - make_interval(secs => $1)', [seconds]);
    return rowCount ?? 0;
  }

  private async one(sql: string, parameter: string): Promise<StoredCredentials | undefined> {
    const { rows } = await this.pool.query<{ account_id: string; password_hash: string; change_id: string | null }>(sql, [parameter]);
    return rows[0] && { accountId: rows[0].account_id, passwordHash: rows[0].password_hash, changeId: rows[0].change_id };
  }
}
