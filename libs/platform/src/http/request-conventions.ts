import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { MalformedJsonBody, pickLanguage, toErrorBody } from './errors.js';
import type { RouteMethods } from './openapi.js';
import { pathOf } from './request-context.js';

/** A response header: its name and value. */
export type HeaderLine = readonly [name: string, value: string];

function refuse(request: FastifyRequest, reply: FastifyReply, error: HttpException): void {
  const body = toErrorBody(error, pickLanguage(request));
  reply.status(body.statusCode).send(body);
}

const hasBody = (request: FastifyRequest) => Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/**
 * What every request goes through before it is routed to a handler, in one hook (Fastify calls each
 * hook apart):
 * - the security headers and the request id, on the Node response, so that whatever answers carries
 *   them: a handler, an error, a server-sent event stream, a file;
 * - a body in any media type but JSON is refused as 415: it would otherwise reach validation as no
 *   body and be answered as missing fields, which hides the real mistake;
 * - a known path asked with a method it does not answer gets 405 with the methods it does answer, not
 *   404. Only a request no route matched is looked up, so that a matched one costs nothing more.
 */
export function requestConventions(headers: readonly HeaderLine[], routes: readonly RouteMethods[]): onRequestHookHandler {
  return (request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    reply.raw.setHeader('X-Request-Id', request.id);
    if (hasBody(request) && !JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? '')) {
      return refuse(request, reply, new HttpException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        text: { ru: 'Тело запроса должно быть в формате application/json', en: 'The request body must be application/json' },
        details: { contentType: request.headers['content-type'] ?? null },
      }, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
    }
    const allowed = request.is404 ? methodsAnswering(request, routes) : [];
    if (allowed.length === 0) return done();
    reply.header('Allow', allowed.join(', '));
    refuse(request, reply, new HttpException({
      code: 'METHOD_NOT_ALLOWED',
      text: { ru: `Метод ${request.method} здесь не поддерживается; допустимы: ${allowed.join(', ')}`, en: `${request.method} is not allowed here; allowed: ${allowed.join(', ')}` },
      details: { allowed },
    }, HttpStatus.METHOD_NOT_ALLOWED));
  };
}

/** The methods the request's path answers when it is a known path, none when it is not or answers this one. */
function methodsAnswering(request: FastifyRequest, routes: readonly RouteMethods[]): string[] {
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  if (method === 'OPTIONS') return [];
  const path = pathOf(request);
  const matching = routes.filter((route) => route.pattern.test(path));
  if (matching.some((route) => route.methods.includes(method))) return [];
  return [...new Set(matching.flatMap((route) => route.methods))];
}

/**
 * JSON is the one media type of bodies (any other is refused above). An empty body is no body, as a
 * command without fields may be sent with the JSON header and nothing after it.
 */
export function acceptJsonBodiesOnly(server: FastifyInstance): void {
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new MalformedJsonBody(), undefined);
    }
  });
}
