import type { Pool } from 'pg';

export interface ThrottleLimits {
  /** Failures allowed per e-mail address within the window. */
  readonly perEmail: number;
  /** Failures allowed per client address within the window: stops spraying many addresses. */
  readonly perAddress: number;
  readonly windowSeconds: number;
}

/** Records every sign-in attempt and answers how long a caller must wait after too many failures. */
export class LoginThrottle {
  constructor(
    private readonly pool: Pool,
    private readonly limits: ThrottleLimits,
  ) {}

  /** Seconds to wait before another attempt, or 0 when one is allowed now. */
  async retryAfter(email: string, address: string | null): Promise<number> {
    const { rows } = await this.pool.query<{ by_email: number; by_address: number; oldest_email: Date | null; oldest_address: Date | null }>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_address,
              min(attempted_at) FILTER (WHERE email = $1) AS oldest_email,
              min(attempted_at) FILTER (WHERE ip = $2) AS oldest_address
       FROM identity.login_attempts
       WHERE NOT succeeded AND attempted_at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
      [email, address, this.limits.windowSeconds],
    );
    const counts = rows[0];
    const blockedSince =
      counts.by_email >= this.limits.perEmail ? counts.oldest_email : counts.by_address >= this.limits.perAddress ? counts.oldest_address : null;
    if (!blockedSince) return 0;
    return Math.max(1, Math.ceil((blockedSince.getTime() + this.limits.windowSeconds * 1000 - Date.now()) / 1000));
  }

  async record(email: string, address: string | null, succeeded: boolean, reason: string | null): Promise<void> {
    await this.pool.query('INSERT INTO identity.login_attempts (email, ip, succeeded, reason) VALUES ($1, $2, $3, $4)', [
      email,
      address,
      succeeded,
      reason,
    ]);
  }
}
