import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AccessTokens } from '#accord/identity';
import { createTestApp, testAppForSuite } from '../support/test-app.js';

const ADMIN = { email: 'admin@accord.example', password: 'first-admin-password' };
let server: Parameters<typeof request>[0];

const testApp = testAppForSuite(() => createTestApp([], {
  ACCORD_ADMIN_EMAIL: ADMIN.email,
  ACCORD_ADMIN_PASSWORD: ADMIN.password,
  LOGIN_FAILURE_LIMIT: '3',
  ACCESS_TOKEN_TTL_SECONDS: '60',
}));
beforeAll(async () => {
  server = testApp.app.getHttpServer();
});

const login = (email: string, password: string) => request(server).post('/api/v1/auth/login').send({ email, password });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function adminSession() {
  return (await login(ADMIN.email, ADMIN.password).expect(200)).body;
}

/** Given an account created by the administrator, with its own password. */
async function newAccount(roles: string[] = ['secretariat'], organizationId?: string) {
  const admin = await adminSession();
  const email = `${randomUUID()}@accord.example`;
  const password = 'a-long-enough-password';
  const { body } = await request(server)
    .post('/api/v1/accounts')
    .set(bearer(admin.accessToken))
    .send({ name: 'Тест', email, password, roles, ...(organizationId && { organizationId }) })
    .expect(201);
  return { id: body.id as string, email, password, admin };
}

describe('first administrator', () => {
  it('is created from ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD and can sign in', async () => {
    const session = await adminSession();
    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 60, account: { email: ADMIN.email, roles: ['admin'], organizationId: null } });
    const me = await request(server).get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(200);
    expect(me.body).toMatchObject({ accountId: session.account.id, roles: ['admin'], via: 'password' });
  });
});

describe('signing in', () => {
  it('refuses a wrong password and an unknown address alike, recording each failure', async () => {
    const account = await newAccount();
    const wrong = await login(account.email, 'not-the-password').expect(401);
    const unknown = await login(`${randomUUID()}@accord.example`, 'whatever').expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const { rows } = await testApp.database.pool.query('SELECT reason FROM identity.login_attempts WHERE email = $1 AND NOT succeeded', [account.email]);
    expect(rows).toEqual([{ reason: 'wrong password' }]);
  });

  it('answers 429 with Retry-After once an address has failed too often, even to the right password', async () => {
    const account = await newAccount();
    for (let attempt = 0; attempt < 3; attempt += 1) await login(account.email, 'wrong-password').expect(401);
    const limited = await login(account.email, account.password).expect(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('keeps passwords and their hashes out of the ledger', async () => {
    const account = await newAccount();
    const { rows } = await testApp.database.pool.query(`SELECT data::text FROM ledger.events WHERE stream_id = $1`, [`account-${account.id}`]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.data).not.toMatch(/scrypt|a-long-enough-password/);
  });
});

describe('access tokens', () => {
  it('refuses a token whose claims were altered', async () => {
    const session = (await login((await newAccount(['committee'])).email, 'a-long-enough-password').expect(200)).body;
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    const response = await request(server).get('/api/v1/accounts').set(bearer(`${header}.${forged}.${signature}`)).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ iss: 'accord', typ: 'access', sub: 'x', roles: ['admin'], exp: 9e9 })).toString('base64url');
    await request(server).get('/api/v1/accounts').set(bearer(`${header}.${payload}.`)).expect(401);
  });

  it('refuses an expired token', async () => {
    const key = 'test-signing-key-that-is-at-least-32-bytes-long';
    const past = new AccessTokens(key, 60, () => new Date(Date.now() - 61_000)).sign({ accountId: randomUUID(), roles: ['admin'], organizationId: null, signInId: randomUUID(), sessionEpoch: 0 });
    await request(server).get('/api/v1/accounts').set(bearer(past.token)).expect(401);
  });

  it('refuses a token signed with another key', async () => {
    const other = new AccessTokens('another-signing-key-that-is-32-bytes-or-more', 60).sign({ accountId: randomUUID(), roles: ['admin'], organizationId: null, signInId: randomUUID(), sessionEpoch: 0 });
    await request(server).get('/api/v1/accounts').set(bearer(other.token)).expect(401);
  });
});

describe('refresh tokens', () => {
  it('rotates on use: the new pair works and the spent token does not', async () => {
    const account = await newAccount();
    const first = (await login(account.email, account.password).expect(200)).body;
    const second = (await request(server).post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await request(server).get('/api/v1/auth/me').set(bearer(second.accessToken)).expect(200);
  });

  it('revokes the whole family when a spent token is used again', async () => {
    const account = await newAccount();
    const first = (await login(account.email, account.password).expect(200)).body;
    const second = (await request(server).post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    const reuse = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    const descendant = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    expect(descendant.body.code).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('ends the sign-in on logout', async () => {
    const account = await newAccount();
    const session = (await login(account.email, account.password).expect(200)).body;
    await request(server).post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
    const after = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(after.body.code).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('refuses a made-up refresh token', async () => {
    const response = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: `${randomUUID()}.${'a'.repeat(43)}` }).expect(401);
    expect(response.body.code).toBe('REFRESH_TOKEN_INVALID');
  });
});

describe('accounts', () => {
  it('attributes the account events to the administrator who acted, whatever the body claims', async () => {
    const admin = await adminSession();
    const spoofed = await request(server)
      .post('/api/v1/accounts')
      .set(bearer(admin.accessToken))
      .send({ name: 'X', email: `${randomUUID()}@accord.example`, password: 'a-long-enough-password', roles: ['auditor'], actorId: 'someone-else' })
      .expect(400);
    expect(spoofed.body.details).toEqual([{ field: 'actorId', problems: [expect.any(String)] }]);
    const account = await newAccount(['auditor']);
    const { rows } = await testApp.database.pool.query('SELECT metadata FROM ledger.events WHERE stream_id = $1', [`account-${account.id}`]);
    expect(rows[0].metadata).toMatchObject({ actorId: account.admin.account.id, onBehalfOf: null });
  });

  it('refuses a second account with the same e-mail with 409', async () => {
    const account = await newAccount();
    const response = await request(server)
      .post('/api/v1/accounts')
      .set(bearer(account.admin.accessToken))
      .send({ name: 'Y', email: account.email.toUpperCase(), password: 'a-long-enough-password', roles: ['auditor'] })
      .expect(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
  });

  it('stops a deactivated account from signing in or refreshing', async () => {
    const account = await newAccount();
    const session = (await login(account.email, account.password).expect(200)).body;
    await request(server).post(`/api/v1/accounts/${account.id}/deactivation`).set(bearer(account.admin.accessToken)).send({ reason: 'left' }).expect(201);
    await login(account.email, account.password).expect(401);
    await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('changes one’s own password only with the current one, ending other sessions', async () => {
    const account = await newAccount();
    const session = (await login(account.email, account.password).expect(200)).body;
    const path = `/api/v1/accounts/${account.id}/password`;
    const refused = await request(server).post(path).set(bearer(session.accessToken)).send({ password: 'a-brand-new-password' }).expect(403);
    expect(refused.body.code).toBe('CURRENT_PASSWORD_REQUIRED');
    await request(server).post(path).set(bearer(session.accessToken)).send({ password: 'a-brand-new-password', currentPassword: account.password }).expect(201);
    await login(account.email, account.password).expect(401);
    await login(account.email, 'a-brand-new-password').expect(200);
    await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });
});

describe('API tokens for machine clients', () => {
  it('authenticates with the roles it was issued, and stops at once when revoked', async () => {
    const account = await newAccount(['secretariat', 'auditor']);
    const issued = await request(server)
      .post(`/api/v1/accounts/${account.id}/api-tokens`)
      .set(bearer(account.admin.accessToken))
      .send({ name: 'registry sync', roles: ['auditor'] })
      .expect(201);
    const token = issued.body.token as string;
    expect(token).toMatch(/^accord_[0-9a-f]{32}_/);
    const me = await request(server).get('/api/v1/auth/me').set(bearer(token)).expect(200);
    expect(me.body).toMatchObject({ accountId: account.id, roles: ['auditor'], via: 'api-token' });
    await request(server).get('/api/v1/ledger/events').set(bearer(token)).expect(200);
    await request(server)
      .post(`/api/v1/accounts/${account.id}/api-tokens/${issued.body.tokenId}/revocation`)
      .set(bearer(account.admin.accessToken))
      .send({})
      .expect(201);
    await request(server).get('/api/v1/auth/me').set(bearer(token)).expect(401);
  });

  it('refuses a token with a role the account does not hold', async () => {
    const account = await newAccount(['committee']);
    const response = await request(server)
      .post(`/api/v1/accounts/${account.id}/api-tokens`)
      .set(bearer(account.admin.accessToken))
      .send({ name: 'too wide', roles: ['admin'] })
      .expect(422);
    expect(response.body.code).toBe('API_TOKEN_ROLES_EXCEED_ACCOUNT');
  });

  it('lists tokens without their secrets', async () => {
    const account = await newAccount(['secretariat']);
    await request(server).post(`/api/v1/accounts/${account.id}/api-tokens`).set(bearer(account.admin.accessToken)).send({ name: 'one', roles: ['secretariat'] }).expect(201);
    const list = await request(server).get(`/api/v1/accounts/${account.id}/api-tokens`).set(bearer(account.admin.accessToken)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ name: 'one', roles: ['secretariat'], revokedAt: null })]);
    expect(JSON.stringify(list.body)).not.toMatch(/accord_[0-9a-f]{32}_/);
  });
});
