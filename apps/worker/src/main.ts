import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AccordModule, loadAccordConfig } from '#accord/composition';
import { ConfigError, createLogger } from '#accord/platform';

/**
 * The read side without HTTP (ADR 0023): the API's composition root with its projection runner,
 * process managers and periodic jobs, for API instances that run with `ACCORD_PROJECTIONS=follow`.
 * Several workers may run: each projection's advisory lock lets one of them apply it at a time.
 */
async function main(): Promise<void> {
  const loaded = loadAccordConfig();
  // Beside an API instance the worker shares its database: an embedded one belongs to a single process.
  if (!loaded.databaseUrl) throw new ConfigError('the worker needs DATABASE_URL, the PostgreSQL the API instances use');
  const config = { ...loaded, projections: 'apply' as const };
  const logger = createLogger(config);
  const app = await NestFactory.createApplicationContext(AccordModule.forRoot(config, { runProjections: true }), { logger });
  app.enableShutdownHooks();
  await app.init();
  logger.log({ message: 'Accord worker keeps the read models live' }, 'Worker');
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
