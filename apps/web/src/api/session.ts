import type { components } from './schema';
import { ApiError, problemOf } from './problem';

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly organizationId: string | null;
}

interface BrowserSession {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly account: Account;
}

/** The header that asks the API for a cookie-held refresh token (see libs/identity browser-session). */
const BROWSER = { 'X-Accord-Session': 'cookie' } as const;

/**
 * The signed-in account and its access token, in memory only: a reload loses the token and gets a
 * new one with the HttpOnly refresh cookie, which no script can read.
 */
class SessionStore {
  private session: BrowserSession | null = null;
  private renewal: Promise<BrowserSession | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  get account(): Account | null {
    return this.session?.account ?? null;
  }

  get accessToken(): string | null {
    return this.session?.accessToken ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): Account | null => this.account;

  async signIn(body: components['schemas']['LoginBody'], language: string): Promise<Account> {
    const session = await post<BrowserSession>('/api/v1/auth/login', body, language);
    this.set(session);
    return session.account;
  }

  /** A new access token from the refresh cookie; one request at a time, since each cookie is valid once. */
  renew(): Promise<BrowserSession | null> {
    this.renewal ??= post<BrowserSession>('/api/v1/auth/refresh', {}, 'ru')
      .then((session) => {
        this.set(session);
        return session;
      })
      .catch(() => {
        this.set(null);
        return null;
      })
      .finally(() => {
        this.renewal = null;
      });
    return this.renewal;
  }

  async signOut(): Promise<void> {
    try {
      await post<void>('/api/v1/auth/logout', {}, 'ru');
    } finally {
      this.set(null);
    }
  }

  private set(session: BrowserSession | null): void {
    clearTimeout(this.timer);
    this.session = session;
    // Renew a minute before the access token expires, so requests rarely meet a 401.
    if (session) this.timer = setTimeout(() => void this.renew(), Math.max(10, session.expiresIn - 60) * 1000);
    for (const listener of this.listeners) listener();
  }
}

async function post<T>(path: string, body: unknown, language: string): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...BROWSER, 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(problemOf(response.status, await response.json().catch(() => null)));
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const session = new SessionStore();
