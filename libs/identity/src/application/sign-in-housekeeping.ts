import { PeriodicJob } from '#accord/platform';
import type { CredentialStore } from './credential-store.js';
import type { LoginThrottle } from './login-throttle.js';
import type { RefreshTokens } from './refresh-tokens.js';

export interface SignInHousekeepingOptions {
  /** 0 leaves the job off. */
  readonly intervalSeconds: number;
  readonly logRetentionDays: number;
}

export interface PurgeCounts {
  readonly refreshTokens: number;
  readonly signInRecords: number;
  readonly stagedPasswords: number;
}

const DAY = 86_400;

/**
 * Deletes what no longer protects anything: refresh tokens a day after they expired (a reuse is still
 * told apart from a forgery meanwhile), the sign-in log and throttle counters past their retention,
 * and new-password hashes whose change was never recorded.
 */
export class SignInHousekeeping {
  private readonly job: PeriodicJob;

  constructor(
    private readonly refreshTokens: RefreshTokens,
    private readonly throttle: LoginThrottle,
    private readonly credentials: CredentialStore,
    private readonly options: SignInHousekeepingOptions,
  ) {
    this.job = new PeriodicJob('SignInHousekeeping', options.intervalSeconds * 1_000, () => this.purge());
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  async purge(): Promise<PurgeCounts> {
    return {
      refreshTokens: await this.refreshTokens.purgeExpired(DAY),
      signInRecords: await this.throttle.purgeOlderThan(this.options.logRetentionDays * DAY),
      stagedPasswords: await this.credentials.purgeStagedOlderThan(DAY),
    };
  }
}
