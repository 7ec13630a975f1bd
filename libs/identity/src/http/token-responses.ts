import { applyDecorators, Header, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { LoginRateLimited } from '../application/login-throttle.js';

/** A response that carries a token or a secret must never be kept by a cache (RFC 6749, 5.1). */
export const NoStore = () => applyDecorators(Header('Cache-Control', 'no-store'), Header('Pragma', 'no-cache'));

/** 429 with Retry-After, the same for every password check. */
export function tooManyPasswordChecks(error: LoginRateLimited, response: FastifyReply): HttpException {
  response.header('Retry-After', String(error.retryAfterSeconds));
  return new HttpException(
    {
      code: error.code,
      text: { ru: `Слишком много неудачных проверок пароля: повторите через ${error.retryAfterSeconds} с`, en: error.message },
      details: { retryAfterSeconds: error.retryAfterSeconds },
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
