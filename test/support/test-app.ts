import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { AccessTokens, identityFeature, IdentityModule, SessionRegistry } from '#accord/identity';
import { ConcurrencyError, EVENT_STORE, type EventStore } from '#accord/ledger';
import type { Role } from '#accord/kernel';
import { configureHttpApp, createHttpAdapter, loadConfig, PlatformModule, type AccordConfig, type AccordFeature } from '#accord/platform';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly database: TestDatabase;
  readonly config: AccordConfig;
  /**
   * A valid access token of an account holding these roles. The account is recorded in the ledger as
   * a given (no rules checked, so any binding will do) unless it exists; the token is of its epoch.
   */
  tokenFor(roles: Role[], organizationId?: string | null, accountId?: string): Promise<string>;
  close(): Promise<void>;
}

const TEST_SIGNING_KEY = 'test-signing-key-that-is-at-least-32-bytes-long';
/** Far below production (2^17, which a test checks), so that suites creating accounts stay fast. */
const TEST_SCRYPT_LOG2N = 10;

type FeatureEntry = { feature: AccordFeature; module: Type | DynamicModule };

/** Runs after the HTTP conventions are applied and before the routes are mounted (e.g. to serve the web interface). */
type BeforeInit = (app: NestFastifyApplication, config: AccordConfig) => void;

/** The real platform and identity on their own database, with the given features, behind a real HTTP stack. */
export async function createTestApp(extraFeatures: readonly FeatureEntry[] = [], environment: Record<string, string> = {}, beforeInit: BeforeInit = () => {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: AccordConfig = {
    ...loadConfig({
      LOG_LEVEL: 'error',
      READ_WAIT_MS: '3000',
      // Tests record reminders and purges by calling the jobs when they mean to.
      REMINDER_INTERVAL_SECONDS: '0',
      SIGN_IN_PURGE_INTERVAL_SECONDS: '0',
      // Suites send many requests with one token; the limits have suites of their own.
      RATE_LIMIT_REQUESTS: '1000000',
      MAX_CONCURRENT_WAITS: '1000',
      MAX_OPEN_STREAMS: '1000',
      ACCORD_JWT_SECRET: TEST_SIGNING_KEY,
      ...environment,
      DATABASE_URL: database.url,
    }, [identityFeature, ...extraFeatures.map((entry) => entry.feature)]),
    passwordScryptLog2N: TEST_SCRYPT_LOG2N,
  };
  const app = await startInstance(config, extraFeatures, beforeInit);
  const accounts = new Map<string, string>();
  return {
    app,
    database,
    config,
    async tokenFor(roles, organizationId = null, accountId) {
      // One account per set of roles and organization, so a repeated call costs no round trip.
      const key = `${[...roles].sort().join(',')}|${organizationId}`;
      const id = accountId ?? accounts.get(key) ?? randomUUID();
      if (!accountId) accounts.set(key, id);
      const sessions = app.get(SessionRegistry);
      let account = await sessions.current(id);
      if (account.status === 'none') {
        await recordAccount(app.get<EventStore>(EVENT_STORE), id, roles, organizationId);
        account = await sessions.current(id);
      }
      const sessionEpoch = account.status === 'none' ? 0 : account.sessionEpoch;
      return app.get(AccessTokens).sign({ accountId: id, roles, organizationId, signInId: randomUUID(), sessionEpoch }).token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * The app of a suite: started by `start` before the suite's tests (ahead of the hooks declared after
 * this call), closed after them. Until it has started, reading it throws.
 */
export function testAppForSuite(start: () => Promise<TestApp>): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.close());
  const current = (): TestApp => {
    if (!started) throw new Error('The app of the suite starts in beforeAll: read it inside hooks and tests');
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    get config() {
      return current().config;
    },
    tokenFor: (...args) => current().tokenFor(...args),
    close: () => current().close(),
  };
}

/**
 * One more server instance on the same database and configuration, as a deployment with several
 * would run; `settings` changes what only a server's start reads (the proxies it trusts, say).
 */
export function anotherInstance(testApp: TestApp, extraFeatures: readonly FeatureEntry[] = [], settings: Partial<AccordConfig> = {}): Promise<NestFastifyApplication> {
  return startInstance({ ...testApp.config, ...settings }, extraFeatures);
}

async function startInstance(config: AccordConfig, extraFeatures: readonly FeatureEntry[], beforeInit: BeforeInit = () => {}): Promise<NestFastifyApplication> {
  const features = [{ feature: identityFeature, module: IdentityModule }, ...extraFeatures];
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({ config, features: features.map((entry) => entry.feature), runProjections: true }),
      ...features.map((entry) => entry.module),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(config), { bodyParser: false, logger: ['error'] });
  configureHttpApp(app, config);
  beforeInit(app, config);
  await app.init();
  // Fastify routes nothing until its plugins (the static files among them) have loaded.
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The actor of the accounts `tokenFor` records as givens. */
const GIVEN = 'system:test';

/** Events recorded by the code under test: everything but the accounts `tokenFor` recorded as givens. */
export async function eventsRecorded(testApp: TestApp): Promise<number> {
  const { rows } = await testApp.database.pool.query(`SELECT count(*)::int AS count FROM ledger.events WHERE metadata->>'actorId' IS DISTINCT FROM $1`, [GIVEN]);
  return rows[0].count;
}

async function recordAccount(store: EventStore, accountId: string, roles: Role[], organizationId: string | null): Promise<void> {
  const metadata = { actorId: GIVEN, onBehalfOf: null, correlationId: randomUUID(), causationId: null, commandId: null };
  const data = { name: 'Test account', email: `${accountId}@test.accord.example`, roles, organizationId };
  try {
    await store.append(`account-${accountId}`, [{ eventId: randomUUID(), type: 'AccountRegistered', data, metadata }], 'no_stream');
  } catch (error) {
    // Recorded by a concurrent call for the same account.
    if (!(error instanceof ConcurrencyError)) throw error;
  }
}
