import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CommandProcessor, runAsSystem, type CommandInput } from '#accord/eventsourcing';
import {
  accountAggregate,
  accountsProjection,
  CredentialStore,
  identitySecretsProjection,
  PasswordHasher,
  SessionRegistry,
  type AccountCommand,
} from '#accord/identity';
import { ProjectionRebuilder, ProjectionRunner } from '#accord/projections';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';

const ADMIN = { email: 'admin@accord.example', password: 'first-admin-password' };
const PASSWORD = 'a-long-enough-password';
let server: Parameters<typeof request>[0];

const testApp = testAppForSuite(() => createTestApp([{ feature: noticesFeature, module: NoticesModule }], {
  ACCORD_ADMIN_EMAIL: ADMIN.email,
  ACCORD_ADMIN_PASSWORD: ADMIN.password,
  LOGIN_FAILURE_LIMIT: '50',
}));
beforeAll(async () => {
  server = testApp.app.getHttpServer();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const login = (email: string, password: string) => request(server).post('/api/v1/auth/login').send({ email, password });
const runner = () => testApp.app.get(ProjectionRunner);
const query = async (sql: string, parameters: unknown[]) => (await testApp.database.pool.query(sql, parameters)).rows;

/** Given an account with a sign-in and an API token, everything working. */
async function accountInUse() {
  const admin = (await login(ADMIN.email, ADMIN.password).expect(200)).body;
  const email = `${randomUUID()}@accord.example`;
  const { id } = (await request(server).post('/api/v1/accounts').set(bearer(admin.accessToken)).send({ name: 'Тест', email, password: PASSWORD, roles: ['secretariat'] }).expect(201)).body;
  const session = (await login(email, PASSWORD).expect(200)).body;
  const apiToken = (await request(server).post(`/api/v1/accounts/${id}/api-tokens`).set(bearer(admin.accessToken)).send({ name: 'sync', roles: ['secretariat'] }).expect(201)).body;
  await request(server).get('/api/v1/auth/me').set(bearer(apiToken.token)).expect(200);
  return { id: id as string, email, session, apiToken: apiToken as { tokenId: string; token: string } };
}

/**
 * The service crashed right after the ledger recorded the act: the event is there, the secret tables
 * were never touched. The projection runner is stopped meanwhile, so that nothing repairs them early.
 */
async function crashedAfterRecording(accountId: string, command: CommandInput<AccountCommand>): Promise<void> {
  await runner().stop();
  await runAsSystem('test', () => testApp.app.get(CommandProcessor).execute(accountAggregate, accountId, command));
  // The server that serves next knows nothing cached of the account, as one started after the crash.
  testApp.app.get(SessionRegistry).forget(accountId);
}

async function restarted(): Promise<void> {
  runner().start();
  expect(await runner().caughtUp(10_000)).toBe(true);
}

afterEach(() => runner().start());

describe('a crash between the ledger and the secret tables', () => {
  it('leaves no revoked API token working, and the table is repaired when the projection reaches the event', async () => {
    const { id, apiToken } = await accountInUse();
    await crashedAfterRecording(id, { type: 'RevokeApiToken', data: { tokenId: apiToken.tokenId } });
    expect(await query('SELECT revoked_at FROM identity.api_tokens WHERE id = $1', [apiToken.tokenId])).toEqual([{ revoked_at: null }]);
    await request(server).get('/api/v1/auth/me').set(bearer(apiToken.token)).expect(401);
    await restarted();
    expect(await query('SELECT revoked_at IS NOT NULL AS revoked FROM identity.api_tokens WHERE id = $1', [apiToken.tokenId])).toEqual([{ revoked: true }]);
  });

  it('leaves nothing of a deactivated account working: access, refresh and API tokens', async () => {
    const { id, session, apiToken } = await accountInUse();
    await crashedAfterRecording(id, { type: 'DeactivateAccount', data: { reason: 'left' } });
    await request(server).get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
    await request(server).get('/api/v1/auth/me').set(bearer(apiToken.token)).expect(401);
    const refresh = await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(refresh.body.code).toBe('REFRESH_TOKEN_REVOKED');
    await restarted();
    expect(await query('SELECT count(*)::int AS live FROM identity.api_tokens WHERE account_id = $1 AND revoked_at IS NULL', [id])).toEqual([{ live: 0 }]);
  });

  it('puts a recorded password change in force: the old password and the old sessions stop, the new password works', async () => {
    const { id, email, session } = await accountInUse();
    const changeId = randomUUID();
    const hash = await testApp.app.get(PasswordHasher).hash('the-new-password-2026');
    await testApp.app.get(CredentialStore).stagePasswordChange(changeId, id, hash);
    await crashedAfterRecording(id, { type: 'RecordPasswordChange', data: { reset: true, changeId } });
    await request(server).get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
    await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await login(email, PASSWORD).expect(401);
    await login(email, 'the-new-password-2026').expect(200);
  });

  it('has the projection put a recorded password change in force when nobody signs in', async () => {
    const { id } = await accountInUse();
    const changeId = randomUUID();
    await testApp.app.get(CredentialStore).stagePasswordChange(changeId, id, await testApp.app.get(PasswordHasher).hash('the-new-password-2026'));
    await crashedAfterRecording(id, { type: 'RecordPasswordChange', data: { reset: true, changeId } });
    expect(await query('SELECT change_id FROM identity.credentials WHERE account_id = $1', [id])).toEqual([{ change_id: null }]);
    await restarted();
    expect(await query('SELECT change_id FROM identity.credentials WHERE account_id = $1', [id])).toEqual([{ change_id: changeId }]);
  });

  it('ends a sign-out that was recorded but whose refresh tokens were not revoked', async () => {
    const { id, session } = await accountInUse();
    const [{ family_id: signInId }] = await query('SELECT family_id FROM identity.refresh_tokens WHERE account_id = $1', [id]);
    await crashedAfterRecording(id, { type: 'EndSignIn', data: { signInId, reason: 'sign-out' } });
    await request(server).get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
    await request(server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await restarted();
    expect(await query('SELECT revoked_at IS NOT NULL AS revoked FROM identity.refresh_tokens WHERE family_id = $1', [signInId])).toEqual([{ revoked: true }]);
  });
});

describe('a rebuild from the ledger', () => {
  it('keeps revoked tokens revoked and shows the account as the ledger has it', async () => {
    const admin = (await login(ADMIN.email, ADMIN.password).expect(200)).body;
    const { id, apiToken } = await accountInUse();
    await request(server).post(`/api/v1/accounts/${id}/deactivation`).set(bearer(admin.accessToken)).send({ reason: 'left' }).expect(201);
    await restarted();
    const rebuilder = testApp.app.get(ProjectionRebuilder);
    await rebuilder.rebuild(identitySecretsProjection);
    await rebuilder.rebuild(accountsProjection);
    await request(server).get('/api/v1/auth/me').set(bearer(apiToken.token)).expect(401);
    expect(await query('SELECT revoked_at IS NOT NULL AS revoked FROM identity.api_tokens WHERE id = $1', [apiToken.tokenId])).toEqual([{ revoked: true }]);
    const [row] = await query('SELECT status, api_tokens FROM read.accounts WHERE id = $1', [id]);
    expect(row).toMatchObject({ status: 'deactivated', api_tokens: [expect.objectContaining({ id: apiToken.tokenId, revoked: true })] });
  });
});
