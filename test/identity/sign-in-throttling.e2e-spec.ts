import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PasswordHasher, SignInHousekeeping } from '#accord/identity';
import { createTestApp, testAppForSuite } from '../support/test-app.js';

const ADMIN = { email: 'admin@accord.example', password: 'first-admin-password' };
const PASSWORD = 'a-long-enough-password';
const LIMIT = 5;
const WINDOW_SECONDS = 900;
let server: Parameters<typeof request>[0];

const testApp = testAppForSuite(() => createTestApp([], {
  ACCORD_ADMIN_EMAIL: ADMIN.email,
  ACCORD_ADMIN_PASSWORD: ADMIN.password,
  LOGIN_FAILURE_LIMIT: String(LIMIT),
  LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS),
  // Each test speaks from addresses of its own, given in X-Forwarded-For.
  TRUST_PROXY: 'true',
}));
beforeAll(async () => {
  server = testApp.app.getHttpServer();
});

/** A client address no other test uses. */
const newAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const login = (email: string, password: string, address: string) =>
  request(server).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
const checks = async (email: string, reason: string) =>
  (await testApp.database.pool.query('SELECT count(*)::int AS n FROM identity.login_attempts WHERE email = $1 AND reason = $2', [email, reason])).rows[0].n;

async function newAccount() {
  const admin = (await login(ADMIN.email, ADMIN.password, newAddress()).expect(200)).body;
  const email = `${randomUUID()}@accord.example`;
  const { id } = (await request(server).post('/api/v1/accounts').set(bearer(admin.accessToken)).send({ name: 'Тест', email, password: PASSWORD, roles: ['committee'] }).expect(201)).body;
  return { id: id as string, email };
}

describe('sign-in throttling', () => {
  it('checks 100 parallel wrong passwords at most the limit’s times', async () => {
    const { email } = await newAccount();
    const address = newAddress();
    const responses = await Promise.all(Array.from({ length: 100 }, () => login(email, 'not-the-password', address)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(LIMIT);
    expect(await checks(email, 'wrong password')).toBeLessThanOrEqual(LIMIT);
  });

  it('blocks the address that failed, even for the right password, with Retry-After', async () => {
    const { email } = await newAccount();
    const attacker = newAddress();
    for (let attempt = 0; attempt < LIMIT; attempt += 1) await login(email, 'not-the-password', attacker).expect(401);
    const limited = await login(email, PASSWORD, attacker).expect(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(WINDOW_SECONDS - 5);
  });

  it('never locks the owner out from another address', async () => {
    const { email } = await newAccount();
    const attacker = newAddress();
    for (let attempt = 0; attempt < LIMIT * 3; attempt += 1) await login(email, 'not-the-password', attacker);
    await login(email, PASSWORD, newAddress()).expect(200);
  });

  it('makes each block of the same address and e-mail last twice the one before', async () => {
    const { email } = await newAccount();
    const attacker = newAddress();
    for (let attempt = 0; attempt < LIMIT; attempt += 1) await login(email, 'not-the-password', attacker).expect(401);
    const first = Number((await login(email, 'not-the-password', attacker).expect(429)).headers['retry-after']);
    // The first block has run out.
    await testApp.database.pool.query(`UPDATE identity.sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE key = $1`, [`${attacker} ${email}`]);
    for (let attempt = 0; attempt < LIMIT; attempt += 1) await login(email, 'not-the-password', attacker).expect(401);
    const second = Number((await login(email, 'not-the-password', attacker).expect(429)).headers['retry-after']);
    expect(first).toBeGreaterThan(WINDOW_SECONDS - 5);
    expect(second).toBeGreaterThan(2 * WINDOW_SECONDS - 5);
  });

  it('caps the password checks of one address across many e-mails', async () => {
    const address = newAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT * 6 + 1; attempt += 1) statuses.push((await login(`${randomUUID()}@accord.example`, 'x', address)).status);
    expect(statuses.slice(0, LIMIT * 6).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('throttles guesses at the current password when changing it, counted with sign-in', async () => {
    const { id, email } = await newAccount();
    const address = newAddress();
    const session = (await login(email, PASSWORD, address).expect(200)).body;
    const change = (currentPassword: string) =>
      request(server).post(`/api/v1/accounts/${id}/password`).set(bearer(session.accessToken)).set('X-Forwarded-For', address).send({ password: 'the-new-password-2026', currentPassword });
    const responses = await Promise.all(Array.from({ length: 50 }, () => change('a-guess-at-it')));
    expect(responses.filter((response) => response.status === 403).length).toBeLessThanOrEqual(LIMIT);
    expect(responses.filter((response) => response.status === 429).length).toBeGreaterThanOrEqual(50 - LIMIT);
    expect(await checks(email, 'wrong current password')).toBeLessThanOrEqual(LIMIT);
    const limited = await change(PASSWORD).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
    await login(email, PASSWORD, address).expect(429);
  });
});

describe('responses that carry tokens', () => {
  it('are never stored by a cache: sign-in, refresh and a new API token', async () => {
    const address = newAddress();
    const signIn = await login(ADMIN.email, ADMIN.password, address).expect(200);
    expect(signIn.headers['cache-control']).toBe('no-store');
    const refreshed = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: signIn.body.refreshToken }).expect(200);
    expect(refreshed.headers['cache-control']).toBe('no-store');
    const { id } = await newAccount();
    const issued = await request(server).post(`/api/v1/accounts/${id}/api-tokens`).set(bearer(refreshed.body.accessToken)).send({ name: 'sync', roles: ['committee'] }).expect(201);
    expect(issued.headers['cache-control']).toBe('no-store');
  });
});

describe('password hashes', () => {
  it('are made again at the configured cost when their owner signs in', async () => {
    const { id, email } = await newAccount();
    const weaker = await new PasswordHasher({ log2N: 8, r: 8, p: 1 }).hash(PASSWORD);
    await testApp.database.pool.query('UPDATE identity.credentials SET password_hash = $2 WHERE account_id = $1', [id, weaker]);
    await login(email, PASSWORD, newAddress()).expect(200);
    const [{ password_hash: stored }] = (await testApp.database.pool.query('SELECT password_hash FROM identity.credentials WHERE account_id = $1', [id])).rows;
    expect(stored).toMatch(new RegExp(`^scrypt\\$${2 ** testApp.config.passwordScryptLog2N}\\$8\\$1\\$`));
    await login(email, PASSWORD, newAddress()).expect(200);
  });
});

describe('the purge of old sign-in data', () => {
  it('deletes refresh tokens a day after they expired and the sign-in log past its retention, and keeps the rest', async () => {
    const { email } = await newAccount();
    const session = (await login(email, PASSWORD, newAddress()).expect(200)).body;
    const pool = testApp.database.pool;
    const [tokenId] = session.refreshToken.split('.');
    await pool.query(`UPDATE identity.refresh_tokens SET expires_at = now() - interval '2 days' WHERE id = $1`, [tokenId]);
    await pool.query(`INSERT INTO identity.login_attempts (email, ip, succeeded, reason, attempted_at) VALUES ($1, '10.0.0.1', false, 'wrong password', now() - interval '200 days')`, [email]);
    const counts = await testApp.app.get(SignInHousekeeping).purge();
    expect(counts.refreshTokens).toBeGreaterThanOrEqual(1);
    expect(counts.signInRecords).toBeGreaterThanOrEqual(1);
    expect((await pool.query('SELECT count(*)::int AS n FROM identity.refresh_tokens WHERE id = $1', [tokenId])).rows[0].n).toBe(0);
    const log = (await pool.query(`SELECT attempted_at > now() - interval '1 day' AS recent FROM identity.login_attempts WHERE email = $1`, [email])).rows;
    expect(log).toEqual([{ recent: true }]);
  });
});
