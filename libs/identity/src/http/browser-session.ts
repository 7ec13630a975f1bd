import type { Request, Response } from 'express';
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

export const isBrowserSession = (request: Request): boolean => request.get(BROWSER_SESSION_HEADER) === 'cookie';

export function refreshCookieOf(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Refuses a cookie-authenticated call that lacks the header or comes from another origin. */
export function assertSameOrigin(request: Request, allowedOrigins: readonly string[]): void {
  const origin = request.get('origin');
  const own = `${request.protocol}://${request.get('host')}`;
  if (isBrowserSession(request) && (origin === undefined || origin === own || allowedOrigins.includes(origin))) return;
  throw new AccessRefused('CROSS_SITE_REFUSED', {
    ru: 'Сеанс браузера продлевается только со страниц самого Accord',
    en: 'A browser session is renewed only from Accord’s own pages',
  });
}

export function setRefreshCookie(request: Request, response: Response, token: string, ttlSeconds: number): void {
  response.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: COOKIE_PATH,
    maxAge: ttlSeconds * 1000,
  });
}

export function clearRefreshCookie(request: Request, response: Response): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: COOKIE_PATH });
}
