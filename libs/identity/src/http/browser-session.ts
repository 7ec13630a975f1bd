import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessRefused } from '#accord/platform';

/**
 * A browser signs in with this header (value `cookie`) and then receives its refresh token only as
 * an HttpOnly cookie, never in the body, so no script of the page can read it. A cross-site page can
 * send neither a custom header without a CORS preflight nor a SameSite=Strict cookie, and the Origin
 * check below refuses what a misconfigured CORS list or an old browser would let through.
 */
export const BROWSER_SESSION_HEADER = 'x-accord-session';
export const REFRESH_COOKIE = 'accord_refresh';
/** The cookie goes only to the sign-in endpoints, not with every API request. */
const COOKIE_PATH = '/api/v1/auth';

export const isBrowserSession = (request: FastifyRequest): boolean => request.headers[BROWSER_SESSION_HEADER] === 'cookie';

export function refreshCookieOf(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Refuses a cookie-authenticated call that lacks the header or comes from another origin. */
export function assertSameOrigin(request: FastifyRequest, allowedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  const own = `${request.protocol}://${request.host}`;
  if (isBrowserSession(request) && (origin === undefined || origin === own || allowedOrigins.includes(origin))) return;
  throw new AccessRefused('CROSS_SITE_REFUSED', {
    ru: 'Сеанс браузера продлевается только со страниц самого Accord',
    en: 'A browser session is renewed only from Accord’s own pages',
  });
}

const secure = (request: FastifyRequest) => request.protocol === 'https';

/** The cookie's attributes after its value: only the sign-in endpoints get it, and no script nor other site. */
const cookieAttributes = (request: FastifyRequest) => `Path=${COOKIE_PATH}; HttpOnly;${secure(request) ? ' Secure;' : ''} SameSite=Strict`;

export function setRefreshCookie(request: FastifyRequest, response: FastifyReply, token: string, ttlSeconds: number): void {
  const expires = new Date(Date.now() + ttlSeconds * 1000).toUTCString();
  response.header('Set-Cookie', `${REFRESH_COOKIE}=${encodeURIComponent(token)}; Max-Age=${ttlSeconds}; Expires=${expires}; ${cookieAttributes(request)}`);
}

export function clearRefreshCookie(request: FastifyRequest, response: FastifyReply): void {
  response.header('Set-Cookie', `${REFRESH_COOKIE}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${cookieAttributes(request)}`);
}
