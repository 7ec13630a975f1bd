import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';

export type RefreshFailure = 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_EXPIRED' | 'REFRESH_TOKEN_REVOKED' | 'REFRESH_TOKEN_REUSED';

export class RefreshRefused extends Error {
  constructor(readonly code: RefreshFailure) {
    super(code);
    this.name = 'RefreshRefused';
  }
}

interface TokenRow {
  id: string;
  family_id: string;
  account_id: string;
  secret_hash: Buffer;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();

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

  async issue(accountId: string, familyId: string = randomUUID()): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock();
    await this.pool.query(
      `INSERT INTO identity.refresh_tokens (id, family_id, account_id, secret_hash, issued_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, familyId, accountId, digest(secret), now, new Date(now.getTime() + this.ttlSeconds * 1000)],
    );
    return `${id}.${secret}`;
  }

  /** Spends a token and returns its account and a new token of the same family. */
  async rotate(token: string): Promise<{ accountId: string; refreshToken: string }> {
    const row = await this.spend(token);
    return { accountId: row.account_id, refreshToken: await this.issue(row.account_id, row.family_id) };
  }

  /** Revokes the family of a token (sign-out); unknown tokens are ignored. */
  async revokeFamilyOf(token: string): Promise<void> {
    const row = await this.find(token);
    if (row) await this.revokeFamily(row.family_id);
  }

  async revokeAllOf(accountId: string): Promise<void> {
    await this.pool.query('UPDATE identity.refresh_tokens SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
  }

  private async spend(token: string): Promise<TokenRow> {
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
      await this.revokeFamily(row.family_id);
      throw new RefreshRefused('REFRESH_TOKEN_REUSED');
    }
    return row;
  }

  private async find(token: string): Promise<TokenRow | undefined> {
    const parsed = parse(token);
    if (!parsed) return undefined;
    const { rows } = await this.pool.query<TokenRow>('SELECT * FROM identity.refresh_tokens WHERE id = $1', [parsed.id]);
    const row = rows[0];
    return row && timingSafeEqual(row.secret_hash, digest(parsed.secret)) ? row : undefined;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.pool.query('UPDATE identity.refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }
}
