import request from 'supertest';
import { anotherInstance, createTestApp, testAppForSuite } from '../support/test-app.js';

const ADMIN = { email: 'admin@accord.example', password: 'first-admin-password' };
const BROWSER = { 'X-Accord-Session': 'cookie' };
let server: Parameters<typeof request>[0];

const testApp = testAppForSuite(() => createTestApp([], { ACCORD_ADMIN_EMAIL: ADMIN.email, ACCORD_ADMIN_PASSWORD: ADMIN.password }));
beforeAll(async () => {
  server = testApp.app.getHttpServer();
});

/** Signs in as a browser does and returns the answer and the refresh cookie it set. */
async function browserSignIn() {
  const response = await request(server).post('/api/v1/auth/login').set(BROWSER).send(ADMIN).expect(200);
  const cookie = (response.headers['set-cookie'] as unknown as string[]).find((line) => line.startsWith('accord_refresh='))!;
  return { body: response.body, cookie, pair: cookie.split(';')[0] };
}

describe('browser sessions', () => {
  it('keep the refresh token out of the answer and in an HttpOnly, SameSite=Strict cookie for the sign-in endpoints', async () => {
    const { body, cookie } = await browserSignIn();
    expect(body.accessToken).toEqual(expect.any(String));
    expect(body).not.toHaveProperty('refreshToken');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('mark the cookie Secure when the request came over HTTPS', async () => {
    const behindProxy = await anotherInstance(testApp, [], { trustProxy: true });
    try {
      const response = await request(behindProxy.getHttpServer()).post('/api/v1/auth/login').set(BROWSER).set('X-Forwarded-Proto', 'https').send(ADMIN).expect(200);
      expect((response.headers['set-cookie'] as unknown as string[]).join()).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('renew with the cookie from the same origin, rotating it', async () => {
    const { pair } = await browserSignIn();
    const renewed = await request(server).post('/api/v1/auth/refresh').set(BROWSER).set('Cookie', pair).set('Origin', 'http://127.0.0.1').set('Host', '127.0.0.1').send({}).expect(200);
    expect(renewed.body.account.email).toBe(ADMIN.email);
    expect(renewed.body).not.toHaveProperty('refreshToken');
    const next = (renewed.headers['set-cookie'] as unknown as string[]).find((line) => line.startsWith('accord_refresh='))!;
    expect(next.split(';')[0]).not.toBe(pair);
  });

  it('refuse a cookie renewal from another origin or without the header, and change nothing', async () => {
    const { pair } = await browserSignIn();
    const crossSite = await request(server).post('/api/v1/auth/refresh').set(BROWSER).set('Cookie', pair).set('Origin', 'https://evil.example').send({}).expect(403);
    expect(crossSite.body.code).toBe('CROSS_SITE_REFUSED');
    const noHeader = await request(server).post('/api/v1/auth/refresh').set('Cookie', pair).send({}).expect(403);
    expect(noHeader.body.code).toBe('CROSS_SITE_REFUSED');
    // The cookie was not spent by the refused attempts.
    await request(server).post('/api/v1/auth/refresh').set(BROWSER).set('Cookie', pair).send({}).expect(200);
  });

  it('end the sign-in on sign-out and clear the cookie', async () => {
    const { pair } = await browserSignIn();
    const out = await request(server).post('/api/v1/auth/logout').set(BROWSER).set('Cookie', pair).send({}).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join()).toMatch(/accord_refresh=;/);
    const after = await request(server).post('/api/v1/auth/refresh').set(BROWSER).set('Cookie', pair).send({}).expect(401);
    expect(after.body.code).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('answer a renewal without a cookie with 401', async () => {
    const response = await request(server).post('/api/v1/auth/refresh').set(BROWSER).send({}).expect(401);
    expect(response.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('leave machine clients their refresh token in the body', async () => {
    const session = (await request(server).post('/api/v1/auth/login').send(ADMIN).expect(200)).body;
    expect(session.refreshToken).toEqual(expect.any(String));
    const renewed = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    expect(renewed.headers['set-cookie']).toBeUndefined();
  });
});

describe('the served web interface', () => {
  it('keeps a Content-Security-Policy that allows scripts from the own origin only', async () => {
    const response = await request(server).get('/health').expect(200);
    const policy = response.headers['content-security-policy'] as string;
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
