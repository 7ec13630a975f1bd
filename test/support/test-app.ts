import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { AccessTokens, identityFeature, IdentityModule } from '#accord/identity';
import type { Role } from '#accord/kernel';
import { configureHttpApp, loadConfig, PlatformModule, type AccordConfig, type AccordFeature } from '#accord/platform';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly database: TestDatabase;
  readonly config: AccordConfig;
  /** A valid access token of a (fictional) account holding these roles. */
  tokenFor(roles: Role[], organizationId?: string | null, accountId?: string): string;
  close(): Promise<void>;
}

const TEST_SIGNING_KEY = 'test-signing-key-that-is-at-least-32-bytes-long';

/** The real platform and identity on their own database, with the given features, behind a real HTTP stack. */
export async function createTestApp(
  extraFeatures: readonly { feature: AccordFeature; module: Type | DynamicModule }[] = [],
  environment: Record<string, string> = {},
  /** Runs after the HTTP conventions are applied and before the routes are mounted (e.g. to serve the web interface). */
  beforeInit: (app: NestExpressApplication, config: AccordConfig) => void = () => {},
): Promise<TestApp> {
  const features = [{ feature: identityFeature, module: IdentityModule }, ...extraFeatures];
  const database = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'error',
    READ_WAIT_MS: '3000',
    // Tests record reminders by calling the job with the day they mean.
    REMINDER_INTERVAL_SECONDS: '0',
    ACCORD_JWT_SECRET: TEST_SIGNING_KEY,
    ...environment,
    DATABASE_URL: database.url,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({ config, features: features.map((entry) => entry.feature), runProjections: true }),
      ...features.map((entry) => entry.module),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureHttpApp(app, config);
  beforeInit(app, config);
  await app.init();
  return {
    app,
    database,
    config,
    tokenFor(roles, organizationId = null, accountId = randomUUID()) {
      return app.get(AccessTokens).sign({ accountId, roles, organizationId }).token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
