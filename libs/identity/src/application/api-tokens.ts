import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '#accord/kernel';
import type { Pool } from 'pg';

/** Machine clients send `accord_<token id>_<secret>`; only a hash of the secret is stored. */
export const API_TOKEN_PREFIX = 'accord_';
const FORMAT = /^accord_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

const digest = (secret: string) => createHash('sha256').update(secret).digest();
const toUuid = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** Idempotent, so the projection that follows the ledger can repeat what the service already did. $2: when, or now. */
export const REVOKE_API_TOKEN = 'UPDATE identity.api_tokens SET revoked_at = coalesce($2, now()) WHERE id = $1 AND revoked_at IS NULL';
export const REVOKE_API_TOKENS_OF_ACCOUNT =
  'UPDATE identity.api_tokens SET revoked_at = coalesce($2, now()) WHERE account_id = $1 AND revoked_at IS NULL AND created_at <= coalesce($2, now())';

export interface ApiTokenGrant {
  readonly tokenId: string;
  readonly accountId: string;
  readonly roles: readonly Role[];
}

export interface ApiTokenSummary {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

export class ApiTokens {
  constructor(
    private readonly pool: Pool,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Stores a new token and returns the only copy of its secret form. */
  async store(tokenId: string, accountId: string, name: string, roles: readonly Role[], expiresAt: Date | null): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    await this.pool.query(
      `INSERT INTO identity.api_tokens (id, account_id, name, secret_hash, roles, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tokenId, accountId, name, digest(secret), roles, this.clock(), expiresAt],
    );
    return `${API_TOKEN_PREFIX}${tokenId.replace(/-/g, '')}_${secret}`;
  }

  async revoke(tokenId: string): Promise<void> {
    await this.pool.query(REVOKE_API_TOKEN, [tokenId, null]);
  }

  /** Revokes the tokens of an account created up to `before` (every one when absent). */
  async revokeAllOf(accountId: string, before?: Date): Promise<void> {
    await this.pool.query(REVOKE_API_TOKENS_OF_ACCOUNT, [accountId, before ?? null]);
  }

  async list(accountId: string): Promise<ApiTokenSummary[]> {
    const { rows } = await this.pool.query(
      `SELECT id, name, roles, created_at, expires_at, revoked_at, last_used_at FROM identity.api_tokens
       WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      roles: row.roles,
      createdAt: row.created_at.toISOString(),
      expiresAt: row.expires_at?.toISOString() ?? null,
      revokedAt: row.revoked_at?.toISOString() ?? null,
      lastUsedAt: row.last_used_at?.toISOString() ?? null,
    }));
  }

  /** The grant of a valid, unrevoked, unexpired token; undefined for anything else. */
  async authenticate(token: string): Promise<ApiTokenGrant | undefined> {
    const match = FORMAT.exec(token);
    if (!match) return undefined;
    const { rows } = await this.pool.query(
      `UPDATE identity.api_tokens SET last_used_at = $2
       WHERE id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)
       RETURNING account_id, roles, secret_hash`,
      [toUuid(match[1]), this.clock()],
    );
    const row = rows[0];
    if (!row || !timingSafeEqual(row.secret_hash, digest(match[2]))) return undefined;
    return { tokenId: toUuid(match[1]), accountId: row.account_id, roles: row.roles };
  }
}
