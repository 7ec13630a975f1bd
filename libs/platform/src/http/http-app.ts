import { ConsoleLogger, RequestMethod, type INestApplication, type LogLevel } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccordConfig } from '../config.js';
import { AccordExceptionFilter } from './errors.js';
import { InputSafetyPipe } from './input-safety.js';
import { InterceptorChain } from './interceptor-chain.js';
import { OpenStreamLimitInterceptor } from './load-limits.js';
import { acceptJsonBodiesOnly, requestConventions, type HeaderLine } from './request-conventions.js';
import { describeErrorResponses, describePointInTime, routeTable } from './openapi.js';
import { PointInTimeInterceptor } from './point-in-time.js';
import { ReadYourWritesInterceptor } from './read-your-writes.js';
import { ActionContextInterceptor, logAccess, requestIdOf } from './request-context.js';
import { UuidPathParametersInterceptor } from './uuid-path-parameters.js';
import { createValidationPipe } from './validation.js';

/**
 * Only the server's own origin may supply scripts, styles, images, fonts and connections. Styles
 * alone also allow inline use: the component library sets CSS variables in `style` attributes and
 * its scroll lock adds a `<style>` element, and inline styles cannot run code. No inline script.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Helmet's headers, worked out once: with these options none of them depends on the request, and
 * helmet would build every one (the policy's text among them) again for each response.
 */
export function securityHeaders(): readonly HeaderLine[] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } })({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return [...headers];
}

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's own logger, as one JSON object per line unless LOG_FORMAT=text. */
export function createLogger(config: AccordConfig): ConsoleLogger {
  return new ConsoleLogger({
    json: config.logFormat === 'json',
    logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
}

/**
 * The HTTP platform of every Accord server (ADR 0030): Fastify, with the body limit, the proxies to
 * trust, and a request id that is the client's X-Request-Id when that is safe to log.
 */
export function createHttpAdapter(config: AccordConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: proxiesToTrust(config.trustProxy),
    genReqId: (request: IncomingMessage) => requestIdOf(request.headers['x-request-id']),
    // Nest middleware is not used: middie would only add a step to every request.
    skipMiddie: true,
    // A trailing slash names the same resource, as the API has always answered it.
    routerOptions: { ignoreTrailingSlash: true },
  });
}

/** A number of hops trusts that many proxies in front of the server; anything else is what Fastify takes. */
function proxiesToTrust(trust: AccordConfig['trustProxy']): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Applies the API conventions to an application: prefix, headers, media types, validation, errors, docs. */
export function configureHttpApp(app: NestFastifyApplication, config: AccordConfig): INestApplication {
  const server = app.getHttpAdapter().getInstance();
  acceptJsonBodiesOnly(server);
  if (config.corsOrigins.length > 0) app.enableCors({ origin: [...config.corsOrigins] });
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(new InputSafetyPipe(), createValidationPipe());
  app.useGlobalFilters(new AccordExceptionFilter());
  app.useGlobalInterceptors(
    new InterceptorChain([new UuidPathParametersInterceptor(), new ActionContextInterceptor(), app.get(OpenStreamLimitInterceptor), app.get(ReadYourWritesInterceptor), app.get(PointInTimeInterceptor)]),
  );
  const document = setupOpenApi(app);
  server.addHook('onRequest', requestConventions(securityHeaders(), routeTable(document)));
  server.addHook('onResponse', logAccess);
  app.enableShutdownHooks();
  return app;
}

function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document);
  return document;
}

/** The OpenAPI document of an application configured by `configureHttpApp` (served at `/api/docs-json`). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Accord API')
      .setDescription(
        'The governance ledger of the Association of non-governmental organizations of CIS states in organized labour ' +
          'migration. Commands are POSTs answering { id, version, position, events }; queries are GETs that accept ' +
          '?minPosition= to read your own writes, and auditors ?asOfPosition= or ?asOfTime= to read a past state. Errors: { statusCode, code, message, details? }. ' +
          'Ответы на русском языке: заголовок Accept-Language: ru.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  describePointInTime(document);
  describeErrorResponses(document);
  return document;
}
