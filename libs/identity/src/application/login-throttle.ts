import type { Pool } from 'pg';

export interface ThrottleLimits {
  /** Password checks allowed per client address and e-mail within the window before a block. */
  readonly perPair: number;
  /** Password checks allowed per client address within the window: stops spraying many addresses. */
  readonly perAddress: number;
  readonly windowSeconds: number;
  /** The longest block: each block of a pair lasts the window times 2^(blocks before it), up to this. */
  readonly maxBlockSeconds: number;
}

export class LoginRateLimited extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed password checks: try again in ${retryAfterSeconds} s`);
    this.name = 'LoginRateLimited';
  }
}

interface Charge {
  attempts: number;
  window_started_at: Date;
  blocked_until: Date | null;
  now: Date;
}

const NO_ADDRESS = 'unknown';

/**
 * Throttles every password check. Each check is charged before the password is verified, by one
 * row update that concurrent checks take turns on, so N parallel guesses are checked at most the
 * limit's times. The charge is kept per client address and e-mail pair, so a stranger's failures
 * never lock the owner out from their own address, and each block of a pair lasts twice the one
 * before it; a cap per address stops one client from trying many e-mails.
 */
export class LoginThrottle {
  constructor(
    private readonly pool: Pool,
    private readonly limits: ThrottleLimits,
  ) {}

  /** Charges one check; throws LoginRateLimited, without charging further, when a limit is spent. */
  async admit(email: string, address: string | null): Promise<void> {
    const ip = address ?? NO_ADDRESS;
    const wait = Math.max(await this.charge('address', ip, this.limits.perAddress), await this.charge('pair', pairKey(email, ip), this.limits.perPair));
    if (wait > 0) throw new LoginRateLimited(wait);
  }

  /** Records a failed check; the pair's last allowed failure blocks it for a growing time. */
  async failed(email: string, address: string | null, reason: string): Promise<void> {
    const ip = address ?? NO_ADDRESS;
    await this.log(email, address, false, reason);
    // Only the first of several concurrent failures finds the pair unblocked and escalates.
    await this.pool.query(
      `UPDATE identity.sign_in_throttle
       SET blocked_until = now() + make_interval(secs => least($3::double precision, $4 * power(2, strikes))),
           strikes = strikes + 1, attempts = 0, window_started_at = now()
       WHERE scope = 'pair' AND key = $1 AND attempts >= $2 AND (blocked_until IS NULL OR blocked_until <= now())`,
      [pairKey(email, ip), this.limits.perPair, this.limits.maxBlockSeconds, this.limits.windowSeconds],
    );
  }

  /** Records a successful check: the pair starts afresh, and the address gets its charge back. */
  async succeeded(email: string, address: string | null): Promise<void> {
    const ip = address ?? NO_ADDRESS;
    await this.log(email, address, true, null);
    await this.pool.query(`DELETE FROM identity.sign_in_throttle WHERE scope = 'pair' AND key = $1`, [pairKey(email, ip)]);
    await this.pool.query(`UPDATE identity.sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE scope = 'address' AND key = $1`, [ip]);
  }

  /**
   * Deletes the sign-in log older than `seconds`, and counters idle for a day (by then their blocks
   * have ended and their strikes are forgiven); returns how many rows went.
   */
  async purgeOlderThan(seconds: number): Promise<number> {
    const log = await this.pool.query('DELETE FROM identity.login_attempts WHERE attempted_at < now() - make_interval(secs => $1)', [seconds]);
    const counters = await this.pool.query(
      `DELETE FROM identity.sign_in_throttle WHERE last_attempt_at < now() - interval '1 day' AND coalesce(blocked_until, '-infinity') < now()`,
    );
    return (log.rowCount ?? 0) + (counters.rowCount ?? 0);
  }

  /** Seconds to wait when the key's limit is spent, else 0. A blocked key is not charged further. */
  private async charge(scope: 'pair' | 'address', key: string, limit: number): Promise<number> {
    const { rows } = await this.pool.query<Charge>(
      `INSERT INTO identity.sign_in_throttle AS t (scope, key, attempts, window_started_at, last_attempt_at)
       VALUES ($1, $2, 1, now(), now())
       ON CONFLICT (scope, key) DO UPDATE SET
         attempts = CASE WHEN t.blocked_until > now() THEN t.attempts
                         WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN 1
                         ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.blocked_until > now() THEN t.window_started_at
                                  WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN now()
                                  ELSE t.window_started_at END,
         -- Blocks are forgiven after a day without attempts.
         strikes = CASE WHEN t.last_attempt_at <= now() - interval '1 day' THEN 0 ELSE t.strikes END,
         last_attempt_at = now()
       RETURNING attempts, window_started_at, blocked_until, now() AS now`,
      [scope, key, this.limits.windowSeconds],
    );
    const { attempts, window_started_at: windowStart, blocked_until: blockedUntil, now } = rows[0];
    const seconds = (until: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    if (blockedUntil && blockedUntil > now) return seconds(blockedUntil);
    if (attempts > limit) return seconds(new Date(windowStart.getTime() + this.limits.windowSeconds * 1000));
    return 0;
  }

  private async log(email: string, address: string | null, succeeded: boolean, reason: string | null): Promise<void> {
    await this.pool.query('INSERT INTO identity.login_attempts (email, ip, succeeded, reason) VALUES ($1, $2, $3, $4)', [email, address, succeeded, reason]);
  }
}

const pairKey = (email: string, address: string) => `${address} ${email}`;
