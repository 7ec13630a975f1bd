import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
// The `sendFile` of replies, which `useStaticAssets` registers.
import type {} from '@fastify/static';
import type { AccordConfig } from '../config.js';

/** Paths of the API and of the built assets: a missing one is a 404, never the fallback page. */
const NOT_PAGES = /^\/(api|health|assets)(\/|$)/;

/** What the web interface learns from the server it is served by, at `/app-config.json`. */
export interface WebAppConfig {
  readonly timeZone: string;
}

/** As a browser navigating asks: no Accept header, or one naming HTML or any type. */
const acceptsHtml = (accept: string | undefined) => accept === undefined || /text\/html|text\/\*|\*\/\*/.test(accept);

/**
 * Serves the built web interface (Vite's output in `directory`) at `/`. Any other GET that accepts
 * HTML and is not an API path answers `index.html`, so the application's own routes survive a reload.
 * Returns false, and serves nothing, when the interface has not been built.
 */
export function serveWebApp(app: NestFastifyApplication, config: AccordConfig, directory: string): boolean {
  if (!existsSync(join(directory, 'index.html'))) return false;
  const server = app.getHttpAdapter().getInstance();
  const appConfig: WebAppConfig = { timeZone: config.timeZone };
  server.get('/app-config.json', (_request, reply) => reply.header('Cache-Control', 'no-cache').send(appConfig));
  // Hashed asset names never change content, so they may be cached for good; index.html may not.
  app.useStaticAssets({ root: join(directory, 'assets'), prefix: '/assets/', immutable: true, maxAge: '365d' });
  // The files at the build's root are routes of their own, known at start.
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isFile()) server.get(`/${entry.name}`, (_request, reply) => reply.sendFile(entry.name, directory, { maxAge: 0, immutable: false }));
  }
  // A page of the application is a path no route answers: only such a request is looked at.
  server.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const page = request.is404 && (request.method === 'GET' || request.method === 'HEAD') && !NOT_PAGES.test(request.url) && acceptsHtml(request.headers.accept);
    if (!page) return done();
    reply.header('Cache-Control', 'no-cache').sendFile('index.html', directory, { cacheControl: false });
  });
  return true;
}
