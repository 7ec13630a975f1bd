import { admittedMember, client, membership } from '../membership/membership-fixtures.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AccessTokens } from '#accord/identity';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { anotherInstance, createTestApp, eventsRecorded, testAppForSuite } from '../support/test-app.js';

const ADMIN = { email: 'admin@accord.example', password: 'first-admin-password' };
const PASSWORD = 'a-long-enough-password';
const NOTICES = [{ feature: noticesFeature, module: NoticesModule }, membership];
let server: Parameters<typeof request>[0];

const testApp = testAppForSuite(() => createTestApp(NOTICES, { ACCORD_ADMIN_EMAIL: ADMIN.email, ACCORD_ADMIN_PASSWORD: ADMIN.password, LOGIN_FAILURE_LIMIT: '50' }));
beforeAll(async () => {
  server = testApp.app.getHttpServer();
});

interface Session {
  accessToken: string;
  refreshToken: string;
  account: { id: string };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const login = async (email: string, password: string): Promise<Session> =>
  (await request(server).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
const eventCount = () => eventsRecorded(testApp);
/** A write of the secretariat: 201 while the session holds. */
const postNotice = (token: string, on = server) =>
  request(on).post('/api/v1/notices').set(bearer(token)).send({ title: { ru: 'Объявление' } });

/** Given an account created by the administrator and signed in. */
async function signedIn(roles: string[] = ['secretariat'], organizationId?: string) {
  const admin = await login(ADMIN.email, ADMIN.password);
  const email = `${randomUUID()}@accord.example`;
  const { body } = await request(server)
    .post('/api/v1/accounts')
    .set(bearer(admin.accessToken))
    .send({ name: 'Тест', email, password: PASSWORD, roles, ...(organizationId && { organizationId }) })
    .expect(201);
  const session = await login(email, PASSWORD);
  if (roles.includes('secretariat')) await postNotice(session.accessToken).expect(201);
  else await request(server).get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(200);
  return { id: body.id as string, email, session, admin };
}

/** The old access token is refused at once, and a write with it records nothing. */
async function expectEnded(accessToken: string): Promise<void> {
  const before = await eventCount();
  const refused = await postNotice(accessToken).expect(401);
  expect(refused.body.code).toBe('UNAUTHENTICATED');
  await request(server).get('/api/v1/auth/me').set(bearer(accessToken)).expect(401);
  expect(await eventCount()).toBe(before);
}

describe('an access token ends with its session', () => {
  it('after deactivation', async () => {
    const { id, session, admin } = await signedIn();
    await request(server).post(`/api/v1/accounts/${id}/deactivation`).set(bearer(admin.accessToken)).send({ reason: 'left' }).expect(201);
    await expectEnded(session.accessToken);
  });

  it('after deactivation, even once the account is reactivated', async () => {
    const { id, session, admin } = await signedIn();
    await request(server).post(`/api/v1/accounts/${id}/deactivation`).set(bearer(admin.accessToken)).send({ reason: 'left' }).expect(201);
    await request(server).post(`/api/v1/accounts/${id}/reactivation`).set(bearer(admin.accessToken)).send({}).expect(201);
    await expectEnded(session.accessToken);
  });

  it('after a role is removed: the token no longer carries what the account holds', async () => {
    const { id, email, session, admin } = await signedIn(['secretariat', 'committee']);
    await request(server).post(`/api/v1/accounts/${id}/roles`).set(bearer(admin.accessToken)).send({ roles: ['committee'] }).expect(201);
    await expectEnded(session.accessToken);
    const again = await login(email, PASSWORD);
    await postNotice(again.accessToken).expect(403);
  });

  it('after the binding of a representative changes', async () => {
    // A representative is bound only to a member of the register: two are admitted first.
    const secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
    const [first, second] = [await admittedMember(secretariat), await admittedMember(secretariat)];
    const { id, session, admin } = await signedIn(['representative'], first.id);
    await request(server).post(`/api/v1/accounts/${id}/organization`).set(bearer(admin.accessToken)).send({ organizationId: second.id }).expect(201);
    await request(server).get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
  });

  it('after an administrator resets the password: access and refresh tokens both stop', async () => {
    const { id, email, session, admin } = await signedIn();
    await request(server).post(`/api/v1/accounts/${id}/password`).set(bearer(admin.accessToken)).send({ password: 'the-new-password-2026' }).expect(201);
    await expectEnded(session.accessToken);
    const refresh = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(refresh.body.code).toBe('REFRESH_TOKEN_REVOKED');
    await request(server).post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(401);
    await login(email, 'the-new-password-2026');
  });

  it('after the owner changes the password, including the token that made the change', async () => {
    const { id, session } = await signedIn();
    await request(server)
      .post(`/api/v1/accounts/${id}/password`)
      .set(bearer(session.accessToken))
      .send({ password: 'the-new-password-2026', currentPassword: PASSWORD })
      .expect(201);
    await expectEnded(session.accessToken);
  });

  it('after sign-out, and only for that sign-in', async () => {
    const { email, session } = await signedIn();
    const elsewhere = await login(email, PASSWORD);
    await request(server).post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
    await expectEnded(session.accessToken);
    await postNotice(elsewhere.accessToken).expect(201);
  });

  it('after sign-out, for the tokens the sign-in was refreshed into as well', async () => {
    const { session } = await signedIn();
    const refreshed = (await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body as Session;
    await request(server).post('/api/v1/auth/logout').send({ refreshToken: refreshed.refreshToken }).expect(204);
    await expectEnded(refreshed.accessToken);
    await expectEnded(session.accessToken);
  });

  it('after a spent refresh token is used again: every access token of that sign-in stops', async () => {
    const { session } = await signedIn();
    const refreshed = (await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body as Session;
    const reuse = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    await expectEnded(refreshed.accessToken);
    await expectEnded(session.accessToken);
  });

  it('records each ended sign-in in the ledger, with who ended it and why', async () => {
    const { id, session } = await signedIn();
    await request(server).post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
    const { rows } = await testApp.database.pool.query(`SELECT type, data, metadata FROM ledger.events WHERE stream_id = $1 AND type = 'SignInEnded'`, [
      `account-${id}`,
    ]);
    expect(rows).toEqual([{ type: 'SignInEnded', data: { signInId: expect.any(String), reason: 'sign-out' }, metadata: expect.objectContaining({ actorId: id }) }]);
  });

  it('after an API token is revoked', async () => {
    const { id, admin } = await signedIn();
    const issued = (await request(server).post(`/api/v1/accounts/${id}/api-tokens`).set(bearer(admin.accessToken)).send({ name: 'sync', roles: ['secretariat'] }).expect(201)).body;
    await postNotice(issued.token).expect(201);
    await request(server).post(`/api/v1/accounts/${id}/api-tokens/${issued.tokenId}/revocation`).set(bearer(admin.accessToken)).send({}).expect(201);
    await expectEnded(issued.token);
  });

  it('keeps a token for an account the ledger never recorded out, however well it is signed', async () => {
    const token = await testApp.tokenFor(['secretariat']);
    await postNotice(token).expect(201);
    const stranger = testApp.app.get(AccessTokens).sign({ accountId: randomUUID(), roles: ['admin'], organizationId: null, signInId: randomUUID(), sessionEpoch: 0 });
    await request(server).get('/api/v1/auth/me').set(bearer(stranger.token)).expect(401);
  });
});

describe('with two server instances', () => {
  let second: NestFastifyApplication;

  beforeAll(async () => {
    second = await anotherInstance(testApp, NOTICES);
  });
  afterAll(() => second.close());

  /** Polls until the token is refused on the other instance; the time it took, or null if it never was. */
  async function refusedWithin(accessToken: string, milliseconds: number): Promise<number | null> {
    const started = Date.now();
    while (Date.now() - started < milliseconds) {
      const { status } = await request(second.getHttpServer()).get('/api/v1/auth/me').set(bearer(accessToken));
      if (status === 401) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return null;
  }

  it('ends the session on the other instance too, within a poll of the ledger', async () => {
    const { id, session, admin } = await signedIn();
    await postNotice(session.accessToken, second.getHttpServer()).expect(201);
    await request(server).post(`/api/v1/accounts/${id}/deactivation`).set(bearer(admin.accessToken)).send({ reason: 'left' }).expect(201);
    const elapsed = await refusedWithin(session.accessToken, 2_000);
    expect(elapsed).not.toBeNull();
    expect(elapsed!).toBeLessThan(1_000);
  });

  it('accepts on one instance a token the other issued after an act this one has not seen yet', async () => {
    const { id, email, admin } = await signedIn(['secretariat', 'committee']);
    await request(second.getHttpServer()).get('/api/v1/auth/me').set(bearer((await login(email, PASSWORD)).accessToken)).expect(200);
    await request(server).post(`/api/v1/accounts/${id}/roles`).set(bearer(admin.accessToken)).send({ roles: ['secretariat'] }).expect(201);
    const fresh = await login(email, PASSWORD);
    await request(second.getHttpServer()).get('/api/v1/auth/me').set(bearer(fresh.accessToken)).expect(200);
  });
});
