import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from '#accord/kernel';

export interface AccessClaims {
  readonly accountId: string;
  readonly roles: readonly Role[];
  readonly organizationId: string | null;
  /** The sign-in the token belongs to (its refresh-token family). */
  readonly signInId: string;
  /** The account's session epoch when the token was issued. */
  readonly sessionEpoch: number;
}

interface Payload {
  iss: string;
  typ: string;
  sub: string;
  roles: string[];
  org: string | null;
  sid: string;
  sep: number;
  iat: number;
  exp: number;
}

const ISSUER = 'accord';
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** Verified tokens kept, the oldest dropped first. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Short-lived access tokens: JWT signed with HMAC-SHA256. Written out rather than taken from a
 * library so that exactly one algorithm is ever accepted (no `alg: none`, no key confusion).
 * A token that verified is remembered by its whole text until it expires: the same text is as
 * genuine the next time, so a client's later requests cost no HMAC and no parse, only the expiry.
 */
export class AccessTokens {
  private readonly verified = new Map<string, { readonly claims: AccessClaims; readonly expiresAt: number }>();

  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  sign(claims: AccessClaims): { token: string; expiresIn: number } {
    const now = Math.floor(this.clock().getTime() / 1000);
    const payload: Payload = {
      iss: ISSUER,
      typ: 'access',
      sub: claims.accountId,
      roles: [...claims.roles],
      org: claims.organizationId,
      sid: claims.signInId,
      sep: claims.sessionEpoch,
      iat: now,
      exp: now + this.ttlSeconds,
    };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return { token: `${body}.${this.signature(body)}`, expiresIn: this.ttlSeconds };
  }

  /** The claims of a genuine, unexpired token; null for anything else. */
  verify(token: string): AccessClaims | null {
    const now = Math.floor(this.clock().getTime() / 1000);
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > now) return known.claims;
      this.verified.delete(token);
      return null;
    }
    const genuine = this.verifyAnew(token, now);
    if (!genuine) return null;
    if (this.verified.size >= REMEMBERED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, genuine);
    return genuine.claims;
  }

  private verifyAnew(token: string, now: number): { claims: AccessClaims; expiresAt: number } | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(this.signature(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let payload: Payload;
    try {
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Payload;
    } catch {
      return null;
    }
    if (payload.iss !== ISSUER || payload.typ !== 'access' || typeof payload.exp !== 'number' || payload.exp <= now) return null;
    if (!Array.isArray(payload.roles) || !payload.roles.every(isRole)) return null;
    if (typeof payload.sid !== 'string' || !Number.isInteger(payload.sep)) return null;
    // Frozen: every later request with the token shares these claims.
    const claims = { accountId: payload.sub, roles: Object.freeze(payload.roles), organizationId: payload.org ?? null, signInId: payload.sid, sessionEpoch: payload.sep };
    return { claims: Object.freeze(claims), expiresAt: payload.exp };
  }

  private signature(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
