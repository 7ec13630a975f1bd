import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import { ApiError, problemOf } from './problem';
import type { paths } from './schema';
import { session } from './session';

/** Every request carries the access token and the interface language; a 401 renews the token once and retries. */
const authentication: Middleware = {
  onRequest({ request }) {
    const token = session.accessToken;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', i18n.language);
    return request;
  },
  async onResponse({ request, response }) {
    // Only reads are retried: a command's body has been sent and cannot be read again.
    if (response.status !== 401 || request.method !== 'GET' || request.headers.get('X-Accord-Retry')) return response;
    const renewed = await session.renew();
    if (!renewed) return response;
    const retry = new Request(request, { headers: new Headers(request.headers) });
    retry.headers.set('Authorization', `Bearer ${renewed.accessToken}`);
    retry.headers.set('X-Accord-Retry', '1');
    return fetch(retry);
  },
};

/** The typed client of the Accord API, generated from its OpenAPI document (`npm run generate:api`). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(authentication);

/** The data of an openapi-fetch answer, or an ApiError with the API's problem. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(problemOf(response.status, error));
  return data as NonNullable<T>;
}
