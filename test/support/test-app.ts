import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { configureHttpApp, loadConfig, PlatformModule, type AccordConfig, type AccordFeature } from '#accord/platform';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly database: TestDatabase;
  readonly config: AccordConfig;
  close(): Promise<void>;
}

/** The real platform on its own database, with the given features, served by a real HTTP stack. */
export async function createTestApp(
  features: readonly { feature: AccordFeature; module: Type | DynamicModule }[],
  environment: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'error', READ_WAIT_MS: '3000', ...environment, DATABASE_URL: database.url });
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({ config, features: features.map((entry) => entry.feature), runProjections: true }),
      ...features.map((entry) => entry.module),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureHttpApp(app, config);
  await app.init();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
