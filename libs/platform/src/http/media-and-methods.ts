import { HttpException, HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { pickLanguage, toErrorBody } from './errors.js';

function refuse(request: Request, response: Response, error: HttpException): void {
  const body = toErrorBody(error, pickLanguage(request));
  response.status(body.statusCode).json(body);
}

const hasBody = (request: Request) => Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;

/**
 * Bodies are JSON. Any other media type would reach validation as an empty body and be answered as
 * missing fields, which hides the real mistake: it is refused as 415 instead.
 */
export function jsonBodiesOnly(request: Request, response: Response, next: NextFunction): void {
  if (!hasBody(request) || request.is('application/json') !== false) return next();
  refuse(request, response, new HttpException({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    text: { ru: 'Тело запроса должно быть в формате application/json', en: 'The request body must be application/json' },
    details: { contentType: request.headers['content-type'] ?? null },
  }, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
}

/** A known path asked with a method it does not answer gets 405 with the methods it does answer, not 404. */
export function knownMethodsOnly(routes: readonly { readonly pattern: RegExp; readonly methods: readonly string[] }[]) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    if (method === 'OPTIONS') return next();
    const matching = routes.filter((route) => route.pattern.test(request.path));
    if (matching.length === 0 || matching.some((route) => route.methods.includes(method))) return next();
    const allowed = [...new Set(matching.flatMap((route) => route.methods))];
    response.setHeader('Allow', allowed.join(', '));
    refuse(request, response, new HttpException({
      code: 'METHOD_NOT_ALLOWED',
      text: { ru: `Метод ${request.method} здесь не поддерживается; допустимы: ${allowed.join(', ')}`, en: `${request.method} is not allowed here; allowed: ${allowed.join(', ')}` },
      details: { allowed },
    }, HttpStatus.METHOD_NOT_ALLOWED));
  };
}
