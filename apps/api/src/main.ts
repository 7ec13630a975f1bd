import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fileURLToPath } from 'node:url';
import { configureHttpApp, ConfigError, createHttpAdapter, createLogger, serveWebApp } from '#accord/platform';
import { InsecureDataFolder } from '#accord/postgres';
import { AccordModule, loadAccordConfig, seedDemo } from '#accord/composition';

async function main(): Promise<void> {
  const config = loadAccordConfig();
  const logger = createLogger(config);
  const app = await NestFactory.create<NestFastifyApplication>(AccordModule.forRoot(config, { runProjections: true }), createHttpAdapter(config), { bodyParser: false, logger });
  configureHttpApp(app, config);
  // The built web interface sits beside the server's build: dist/web next to dist/apps.
  if (!serveWebApp(app, config, fileURLToPath(new URL('../../../web', import.meta.url)))) {
    logger.warn({ message: 'the web interface is not built (npm run build:web); serving the API only' }, 'Main');
  }
  // Bootstrap first: process managers take their command paths then, and the demo relies on them.
  await app.init();
  if (process.argv.includes('--demo')) {
    for (const line of await seedDemo(app)) logger.log({ message: 'demo data recorded', what: line }, 'Demo');
  }
  await app.listen(config.port, config.host);
  logger.log({ message: 'Accord is serving', url: await app.getUrl(), docs: '/api/docs', health: '/health' }, 'Main');
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `Configuration error: ${error.message}`
      : error instanceof InsecureDataFolder
        ? error.message
        : error instanceof Error
          ? error.stack
          : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
