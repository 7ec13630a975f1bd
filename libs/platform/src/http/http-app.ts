import { ConsoleLogger, RequestMethod, type INestApplication, type LogLevel } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AccordConfig } from '../config.js';
import { AccordExceptionFilter } from './errors.js';
import { InputSafetyPipe } from './input-safety.js';
import { InterceptorChain } from './interceptor-chain.js';
import { OpenStreamLimitInterceptor } from './load-limits.js';
import { jsonBodiesOnly, knownMethodsOnly } from './media-and-methods.js';
import { describeErrorResponses, describePointInTime, routeTable } from './openapi.js';
import { PointInTimeInterceptor } from './point-in-time.js';
import { ReadYourWritesInterceptor } from './read-your-writes.js';
import { ActionContextInterceptor, requestIdMiddleware } from './request-context.js';
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
 * helmet builds every one (the policy's text among them) again for each response, through a dozen
 * middleware calls.
 */
export function securityHeaders(): (request: Request, response: Response, next: NextFunction) => void {
  const steps: ((response: Response) => void)[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => steps.push((response) => response.setHeader(name, value)),
    removeHeader: (name: string) => steps.push((response) => response.removeHeader(name)),
  };
  helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } })({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
  });
  return (_request, response, next) => {
    for (const step of steps) step(response);
    next();
  };
}

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's own logger, as one JSON object per line unless LOG_FORMAT=text. */
export function createLogger(config: AccordConfig): ConsoleLogger {
  return new ConsoleLogger({
    json: config.logFormat === 'json',
    logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
}

/** Applies the API conventions to an application: prefix, security headers, validation, errors, docs. */
export function configureHttpApp(app: NestExpressApplication, config: AccordConfig): INestApplication {
  app.disable('x-powered-by');
  // Sign-in throttling counts failures per client address, which is the proxy's unless trusted.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  app.useBodyParser('json', { limit: config.bodyLimit });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: [...config.corsOrigins] });
  app.use(requestIdMiddleware);
  app.use(jsonBodiesOnly);
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(new InputSafetyPipe(), createValidationPipe());
  app.useGlobalFilters(new AccordExceptionFilter());
  app.useGlobalInterceptors(
    new InterceptorChain([new UuidPathParametersInterceptor(), new ActionContextInterceptor(), app.get(OpenStreamLimitInterceptor), app.get(ReadYourWritesInterceptor), app.get(PointInTimeInterceptor)]),
  );
  const document = setupOpenApi(app);
  app.use(knownMethodsOnly(routeTable(document)));
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
