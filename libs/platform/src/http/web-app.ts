import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AccordConfig } from '../config.js';

/** Paths of the API and of the built assets: a missing one is a 404, never the fallback page. */
const NOT_PAGES = /^\/(api|health|assets)(\/|$)/;

/** What the web interface learns from the server it is served by, at `/app-config.json`. */
export interface WebAppConfig {
  readonly timeZone: string;
}

/**
 * Serves the built web interface (Vite's output in `directory`) at `/`. Any other GET that accepts
 * HTML and is not an API path answers `index.html`, so the application's own routes survive a reload.
 * Returns false, and serves nothing, when the interface has not been built.
 */
export function serveWebApp(app: NestExpressApplication, config: AccordConfig, directory: string): boolean {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return false;
  const appConfig: WebAppConfig = { timeZone: config.timeZone };
  app.use('/app-config.json', (_request: Request, response: Response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.json(appConfig);
  });
  // Hashed asset names never change content, so they may be cached for good; index.html may not.
  app.useStaticAssets(join(directory, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d' });
  // The files at the build's root are known at start, so that no other request (every API call
  // among them) waits on the disk to learn that it asks for no file.
  const rootFiles = new Set(readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => `/${entry.name}`));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !rootFiles.has(request.path)) return next();
    response.sendFile(join(directory, request.path), { maxAge: 0 });
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_PAGES.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
