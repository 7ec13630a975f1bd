import { join, resolve } from 'node:path';
import { DEFAULT_TIME_ZONE } from '#accord/kernel';
import type { AccordFeature } from './feature.js';

export interface AccordConfig {
  readonly port: number;
  readonly host: string;
  /** An external PostgreSQL; when absent an embedded one runs with its data under `dataDir`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly ledgerAdapter: 'postgres' | 'eventstoredb';
  readonly eventStoreUrl: string | null;
  readonly logFormat: 'json' | 'text';
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** How long a query with `minPosition` waits for the read models before answering stale. */
  readonly readWaitMilliseconds: number;
  readonly sealIntervalMilliseconds: number;
  /** The ledger's Ed25519 private key (PEM). Generated on first start when it is the default file under `dataDir`. */
  readonly ledgerKeyFile: string;
  readonly ledgerKeyConfigured: boolean;
  /** How often the server verifies the events appended since its last check; 0 turns it off. */
  readonly verifyIntervalSeconds: number;
  /** How often it verifies the whole ledger again; 0 leaves only the full pass at start. */
  readonly verifyFullIntervalSeconds: number;
  /** How often appeals are checked for deadline reminders; 0 turns the job off. */
  readonly reminderIntervalSeconds: number;
  /**
   * `apply`: the server keeps the read models live (one runner per projection across all processes);
   * `follow`: it only follows the checkpoints that another process (a worker) moves (ADR 0023).
   */
  readonly projections: 'apply' | 'follow';
  /** Largest request body, in bytes (BODY_LIMIT, written as `256kb`, `1mb` or a number of bytes). */
  readonly bodyLimitBytes: number;
  /** Origins allowed by CORS; empty means CORS is off. */
  readonly corsOrigins: readonly string[];
  /** Behind a reverse proxy, which hops to trust for the client's address: `true`, a number of hops, or addresses and ranges. */
  readonly trustProxy: boolean | number | string;
  /** Key that signs access tokens; when absent one is generated and kept under `dataDir`. */
  readonly jwtSecret: string | null;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  /** Failed sign-ins allowed per e-mail address within the window before 429. */
  readonly loginFailureLimit: number;
  readonly loginWindowSeconds: number;
  /** scrypt's N as a power of two for new password hashes (at least 17: OWASP's guidance). */
  readonly passwordScryptLog2N: number;
  /** How often expired refresh tokens and old sign-in records are deleted; 0 turns the job off. */
  readonly signInPurgeIntervalSeconds: number;
  /** How long the sign-in log is kept. */
  readonly signInLogRetentionDays: number;
  /** The first administrator, created at start when no account has that e-mail yet. */
  readonly bootstrapAdmin: { readonly email: string; readonly password: string } | null;
  /** The Association's time zone (IANA name): the web interface shows moments in it, and today is its day there. */
  readonly timeZone: string;
  readonly limits: LoadLimits;
  /** How many point-in-time views of the read models are kept, and how much disk they may take. */
  readonly pointInTime: { readonly cacheEntries: number; readonly cacheMegabytes: number };
  /** The settings each feature read from the same environment (`AccordFeature.settings`), by feature name. */
  readonly featureSettings: ReadonlyMap<string, unknown>;
}

/** How much load one caller may put on the server (per account when signed in, per address otherwise). */
export interface LoadLimits {
  /** Requests allowed per caller within the window; 0 turns the rate limit off. */
  readonly requestsPerWindow: number;
  readonly windowSeconds: number;
  /** `?minPosition=` waits one account may have under way at once. */
  readonly concurrentWaits: number;
  /** Server-sent event streams one account may hold open at once. */
  readonly openStreams: number;
  /** Point-in-time views one account may have being built at once (a view already kept costs no build). */
  readonly pointInTimeBuilds: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

const WHOLE_NUMBER = /^[0-9]+$/;
const FRACTION = /^([0-9]+)\/([0-9]+)$/;

/**
 * A whole number written in decimal digits (`0x50`, `1e3`, `3.0` and `-1` are refused, though
 * `Number` reads them), from `min` to `max`; unset or empty gives the fallback.
 */
export function wholeNumber(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${env[name]}"`);
  }
  return value;
}

/** A share below one written `n/d` (0 <= n < d <= max); unset or empty gives the fallback. */
export function fraction(
  env: Environment,
  name: string,
  fallback: { readonly numerator: number; readonly denominator: number },
  max: number,
): { readonly numerator: number; readonly denominator: number } {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const match = FRACTION.exec(text);
  const numerator = match ? Number(match[1]) : Number.NaN;
  const denominator = match ? Number(match[2]) : Number.NaN;
  if (!match || denominator < 1 || denominator > max || numerator >= denominator) {
    throw new ConfigError(`${name} must be a fraction n/d with 0 <= n < d <= ${max} (more than n/d must be present), got "${env[name]}"`);
  }
  return { numerator, denominator };
}

export function oneOf<T extends string>(env: Environment, name: string, allowed: readonly T[], fallback: T): T {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!allowed.includes(text as T)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${text}"`);
  return text as T;
}

/** The settings `feature` contributed to the configuration. */
export function settingsOf<Settings>(config: AccordConfig, feature: AccordFeature<Settings>): Settings {
  if (!feature.settings) throw new Error(`The feature ${feature.name} has no settings`);
  if (!config.featureSettings.has(feature.name)) throw new Error(`The configuration was read without the settings of ${feature.name}`);
  // The map holds what this feature's own `settings` returned, under its name.
  return config.featureSettings.get(feature.name) as Settings;
}

/**
 * Reads the configuration from the environment, shared by the server and the `accord` command line;
 * each of `features` reads its own settings from the same environment with the same parsers.
 */
export function loadConfig(env: Environment = process.env, features: readonly AccordFeature[] = []): AccordConfig {
  const ledgerAdapter = oneOf(env, 'LEDGER_ADAPTER', ['postgres', 'eventstoredb'] as const, 'postgres');
  const eventStoreUrl = env.EVENTSTORE_URL || null;
  if (ledgerAdapter === 'eventstoredb' && !eventStoreUrl) {
    throw new ConfigError('LEDGER_ADAPTER=eventstoredb needs EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false)');
  }
  const dataDir = resolve(env.ACCORD_DATA_DIR || '.data');
  return {
    port: wholeNumber(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    ledgerAdapter,
    eventStoreUrl,
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'text'] as const, 'json'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    readWaitMilliseconds: wholeNumber(env, 'READ_WAIT_MS', 2_000, 0, 60_000),
    sealIntervalMilliseconds: wholeNumber(env, 'SEAL_INTERVAL_MS', 1_000, 100, 3_600_000),
    ledgerKeyFile: env.ACCORD_LEDGER_KEY_FILE ? resolve(env.ACCORD_LEDGER_KEY_FILE) : join(dataDir, 'ledger-keys', 'signing-key.pem'),
    ledgerKeyConfigured: Boolean(env.ACCORD_LEDGER_KEY_FILE),
    verifyIntervalSeconds: wholeNumber(env, 'VERIFY_INTERVAL_SECONDS', 30, 0, 86_400),
    verifyFullIntervalSeconds: wholeNumber(env, 'VERIFY_FULL_INTERVAL_SECONDS', 86_400, 0, 31 * 86_400),
    reminderIntervalSeconds: wholeNumber(env, 'REMINDER_INTERVAL_SECONDS', 60, 0, 86_400),
    projections: oneOf(env, 'ACCORD_PROJECTIONS', ['apply', 'follow'] as const, 'apply'),
    bodyLimitBytes: byteSize(env.BODY_LIMIT || '256kb'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustProxy: trustProxy(env.TRUST_PROXY),
    jwtSecret: jwtSecret(env),
    accessTokenTtlSeconds: wholeNumber(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlSeconds: wholeNumber(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 300, 365 * 86_400),
    loginFailureLimit: wholeNumber(env, 'LOGIN_FAILURE_LIMIT', 5, 1, 1_000),
    loginWindowSeconds: wholeNumber(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
    passwordScryptLog2N: wholeNumber(env, 'PASSWORD_SCRYPT_LOG2N', 17, 17, 20),
    signInPurgeIntervalSeconds: wholeNumber(env, 'SIGN_IN_PURGE_INTERVAL_SECONDS', 3_600, 0, 86_400),
    signInLogRetentionDays: wholeNumber(env, 'SIGN_IN_LOG_RETENTION_DAYS', 90, 1, 3_650),
    bootstrapAdmin: bootstrapAdmin(env),
    timeZone: timeZone(env.ACCORD_TIME_ZONE),
    limits: {
      requestsPerWindow: wholeNumber(env, 'RATE_LIMIT_REQUESTS', 600, 0, 1_000_000),
      windowSeconds: wholeNumber(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3_600),
      concurrentWaits: wholeNumber(env, 'MAX_CONCURRENT_WAITS', 8, 1, 1_000),
      openStreams: wholeNumber(env, 'MAX_OPEN_STREAMS', 4, 1, 1_000),
      pointInTimeBuilds: wholeNumber(env, 'MAX_POINT_IN_TIME_BUILDS', 1, 1, 100),
    },
    pointInTime: {
      cacheEntries: wholeNumber(env, 'POINT_IN_TIME_CACHE_ENTRIES', 8, 1, 1_000),
      cacheMegabytes: wholeNumber(env, 'POINT_IN_TIME_CACHE_MB', 1_024, 1, 1_048_576),
    },
    featureSettings: new Map(features.flatMap((feature) => (feature.settings ? [[feature.name, feature.settings(env)] as const] : []))),
  };
}

function jwtSecret(env: Environment): string | null {
  const secret = env.ACCORD_JWT_SECRET;
  if (!secret) return null;
  if (Buffer.byteLength(secret) < 32) throw new ConfigError('ACCORD_JWT_SECRET must be at least 32 bytes long');
  return secret;
}

function bootstrapAdmin(env: Environment): AccordConfig['bootstrapAdmin'] {
  const email = env.ACCORD_ADMIN_EMAIL;
  const password = env.ACCORD_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) throw new ConfigError('ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD go together');
  return { email, password };
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2 };

function byteSize(value: string): number {
  const match = /^\s*(\d+)\s*(b|kb|mb)?\s*$/i.exec(value);
  if (!match || Number(match[1]) === 0) throw new ConfigError(`BODY_LIMIT must be a size such as 256kb, 1mb or 4096, got "${value}"`);
  return Number(match[1]) * BYTE_UNITS[(match[2] ?? '').toLowerCase()];
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function timeZone(value: string | undefined): string {
  if (!value) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new ConfigError(`ACCORD_TIME_ZONE must be an IANA time zone such as Europe/Moscow, got "${value}"`);
  }
  return value;
}
