import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';

export type RefreshFailure = 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_EXPIRED' | 'REFRESH_TOKEN_REVOKED' | 'REFRESH_TOKEN_REUSED';

export class RefreshRefused extends Error {
  constructor(readonly code: RefreshFailure) {
    super(code);
    this.name = 'RefreshRefused';
  }
}

/** A refresh token that was presented and is now spent. */
export interface SpentRefreshToken {
  readonly accountId: string;
  /** The sign-in the token belongs to: its family, shared by every token rotated from one password check. */
  readonly signInId: string;
  /** The account's session epoch when the sign-in began. */
  readonly sessionEpoch: number;
}

/** A spent token used again: its sign-in has been revoked, and the caller records that it ended. */
export class RefreshTokenReused extends RefreshRefused {
  constructor(readonly token: SpentRefreshToken) {
    super('REFRESH_TOKEN_REUSED');
  }
}

interface TokenRow {
  id: string;
  family_id: string;
  account_id: string;
  secret_hash: Buffer;
  session_epoch: number;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

/** Idempotent, so the projection that follows the ledger can repeat what the service already did. */
export const REVOKE_SIGN_IN = 'UPDATE identity.refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL';
export const REVOKE_REFRESH_TOKENS_OF_ACCOUNT =
  'UPDATE identity.refresh_tokens SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL AND issued_at <= coalesce($2, now())';

const digest = (secret: string) => createHash('sha256').update(secret).digest();
const spent = (row: TokenRow): SpentRefreshToken => ({ accountId: row.account_id, signInId: row.family_id, sessionEpoch: row.session_epoch });

function parse(token: string): { id: string; secret: string } | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : undefined;
}

/**
 * Refresh tokens rotate on every use. A token used twice means it was stolen (or the thief's copy
 * came first), so the whole family, every token descended from the same sign-in, is revoked.
 */
export class RefreshTokens {
  constructor(
    private readonly pool: Pool,
    private readonly ttlSeconds: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A new token of the sign-in `signInId` (a new sign-in when absent). */
  async issue(accountId: string, sessionEpoch: number, signInId: string = randomUUID()): Promise<{ refreshToken: string; signInId: string }> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock();
    await this.pool.query(
      `INSERT INTO identity.refresh_tokens (id, family_id, account_id, secret_hash, session_epoch, issued_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, signInId, accountId, digest(secret), sessionEpoch, now, new Date(now.getTime() + this.ttlSeconds * 1000)],
    );
    return { refreshToken: `${id}.${secret}`, signInId };
  }

  /** The sign-in of a genuine token, spent or not (sign-out); undefined for anything else. */
  async signInOf(token: string): Promise<SpentRefreshToken | undefined> {
    const row = await this.find(token);
    return row && spent(row);
  }

  /** Revokes every token of a sign-in. */
  async revokeSignIn(signInId: string): Promise<void> {
    await this.pool.query(REVOKE_SIGN_IN, [signInId]);
  }

  /** Revokes the tokens of an account issued up to `before` (every one when absent). */
  async revokeAllOf(accountId: string, before?: Date): Promise<void> {
    await this.pool.query(REVOKE_REFRESH_TOKENS_OF_ACCOUNT, [accountId, before ?? null]);
  }

  /** Marks a token used, once: a second use, even a concurrent one, revokes its sign-in. */
  async spend(token: string): Promise<SpentRefreshToken> {
    const row = await this.find(token);
    if (!row) throw new RefreshRefused('REFRESH_TOKEN_INVALID');
    if (row.revoked_at) throw new RefreshRefused('REFRESH_TOKEN_REVOKED');
    if (row.expires_at <= this.clock()) throw new RefreshRefused('REFRESH_TOKEN_EXPIRED');
    // Marking it used only if nobody did so first makes two concurrent uses count as a reuse.
    const { rowCount } = await this.pool.query(
      'UPDATE identity.refresh_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL',
      [row.id, this.clock()],
    );
    if (rowCount === 0) {
      await this.revokeSignIn(row.family_id);
      throw new RefreshTokenReused(spent(row));
    }
    return spent(row);
  }

  /** Deletes tokens that expired more than `graceSeconds` ago; returns how many. */
  async purgeExpired(graceSeconds: number): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM identity.refresh_tokens WHERE expires_at < now() - make_interval(secs => $1)', [graceSeconds]);
    return rowCount ?? 0;
  }

  private async find(token: string): Promise<TokenRow | undefined> {
    const parsed = parse(token);
    if (!parsed) return undefined;
    const { rows } = await this.pool.query<TokenRow>('SELECT * FROM identity.refresh_tokens WHERE id = $1', [parsed.id]);
    const row = rows[0];
    return row && timingSafeEqual(row.secret_hash, digest(parsed.secret)) ? row : undefined;
  }
}
