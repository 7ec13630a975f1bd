import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { admittedMember, appliedMember, client, assemblyDecision, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { accountsProjection, representativeDeparturesProcess } from '#accord/identity';
import { ProjectionRebuilder, ProjectionRunner } from '#accord/projections';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { voting } from '../voting/voting-fixtures.js';

let admin: Client;
let secretariat: Client;

const testApp = testAppForSuite(() => createTestApp([membership, voting]));
beforeAll(async () => {
  admin = client(testApp, await testApp.tokenFor(['admin']));
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

const PASSWORD = 'a-long-enough-password';
const login = (email: string) => request(testApp.app.getHttpServer()).post('/api/v1/auth/login').send({ email, password: PASSWORD });
const accountBody = (roles: string[], organizationId?: string) => ({
  name: 'Представитель',
  email: `${randomUUID()}@accord.example`,
  password: PASSWORD,
  roles,
  ...(organizationId && { organizationId }),
});

async function eventsOf(streamId: string) {
  const { rows } = await testApp.database.pool.query<{ type: string; data: Record<string, unknown>; metadata: Record<string, unknown>; event_id: string }>(
    'SELECT type, data, metadata, event_id FROM ledger.events WHERE stream_id = $1 ORDER BY version',
    [streamId],
  );
  return rows;
}

/** Given a representative account of an admitted organization, created by the administrator. */
async function representative() {
  const organizationId = (await admittedMember(secretariat)).id;
  const body = accountBody(['representative'], organizationId);
  const { id } = (await admin.post('/api/v1/accounts', body).expect(201)).body;
  return { accountId: id as string, organizationId, email: body.email };
}

describe('binding a representative to an organization', () => {
  it('refuses an organization that does not exist in the register with 422 and writes nothing', async () => {
    const representativeAccount = (await representative()).accountId;
    const before = await eventCount(testApp);
    const nowhere = randomUUID();
    const refused = await admin.post(`/api/v1/accounts/${representativeAccount}/organization`, { organizationId: nowhere }).expect(422);
    expect(refused.body).toMatchObject({ code: 'ORGANIZATION_NOT_A_MEMBER', details: { organizationId: nowhere, status: 'none' } });
    const created = await admin.post('/api/v1/accounts', accountBody(['representative'], nowhere)).expect(422);
    expect(created.body.code).toBe('ORGANIZATION_NOT_A_MEMBER');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses an organization that has only applied', async () => {
    const applicant = (await appliedMember(secretariat)).id;
    const refused = await admin.post('/api/v1/accounts', accountBody(['representative'], applicant)).expect(422);
    expect(refused.body).toMatchObject({ code: 'ORGANIZATION_NOT_A_MEMBER', details: { status: 'applied' } });
  });

  it('records the binding with its basis: the organization’s record as the register held it', async () => {
    const { accountId, organizationId } = await representative();
    const other = (await admittedMember(secretariat)).id;
    await admin.post(`/api/v1/accounts/${accountId}/organization`, { organizationId: other }).expect(201);
    const [registered, changed] = await eventsOf(`account-${accountId}`);
    expect(registered.data).toMatchObject({ organizationId, basis: { memberStatus: 'admitted', memberVersion: 2 } });
    expect(changed).toMatchObject({ type: 'AccountOrganizationChanged', data: { organizationId: other, basis: { memberStatus: 'admitted', memberVersion: 2 } } });
  });
});

describe('a representative whose organization leaves the Association', () => {
  it('can no longer sign in nor give a power of attorney, and its binding ends with the expulsion as cause', async () => {
    const { accountId, organizationId, email } = await representative();
    const proxy = (await admittedMember(secretariat)).id;
    const session = (await login(email).expect(200)).body;
    expect(session.account).toMatchObject({ roles: ['representative'], organizationId });
    const expelled = await secretariat.post(`/api/v1/members/${organizationId}/expulsion`, { decision: assemblyDecision }).expect(201);

    const refused = await login(email).expect(403);
    expect(refused.body.code).toBe('ORGANIZATION_LEFT');
    const grant = {
      proxyOrganizationId: proxy,
      documentSha256: 'f'.repeat(64),
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
      scope: { kind: 'body', body: { kind: 'general_assembly' } },
    };
    // Refused either way: by the register (the organization no longer votes), or because the end of
    // the binding, which follows the expulsion at once, has already ended the session.
    const power = await client(testApp, session.accessToken).post('/api/v1/powers-of-attorney', grant);
    expect([power.status, power.body.code]).toEqual(power.status === 401 ? [401, 'UNAUTHENTICATED'] : [422, 'PRINCIPAL_NOT_ENTITLED']);
    expect(await eventsOf(`principal-powers-${organizationId}`)).toEqual([]);

    await admin.get(`/api/v1/accounts?minPosition=${expelled.body.position}`).expect(200);
    for (let attempt = 0; attempt < 100 && (await eventsOf(`account-${accountId}`)).length < 2; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [, ended] = await eventsOf(`account-${accountId}`);
    const [expulsion] = (await eventsOf(`member-${organizationId}`)).filter((event) => event.type === 'MemberExpelled');
    expect(ended).toMatchObject({
      type: 'RepresentationEnded',
      data: { organizationId, cause: { kind: 'member_expelled', eventId: expulsion.event_id } },
      metadata: { actorId: 'system:representative_departures', causationId: expulsion.event_id },
    });
    // Refused either way: by the organization's record, or because the end of the binding ended the sessions.
    const refreshed = await request(testApp.app.getHttpServer()).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect([403, 401]).toContain(refreshed.status);
    expect(['ORGANIZATION_LEFT', 'REFRESH_TOKEN_REVOKED']).toContain(refreshed.body.code);
    let account = (await admin.get(`/api/v1/accounts/${accountId}`).expect(200)).body;
    for (let attempt = 0; attempt < 100 && account.organizationId !== null; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      account = (await admin.get(`/api/v1/accounts/${accountId}`).expect(200)).body;
    }
    expect(account.organizationId).toBeNull();
  });

  it('keeps an account with other roles signed in without its representative access', async () => {
    const organizationId = (await admittedMember(secretariat)).id;
    const body = accountBody(['representative', 'committee'], organizationId);
    await admin.post('/api/v1/accounts', body).expect(201);
    await secretariat.post(`/api/v1/members/${organizationId}/withdrawal`, { noticeDate: '2026-11-30' }).expect(201);
    const session = (await login(body.email).expect(200)).body;
    expect(session.account).toMatchObject({ roles: ['committee'], organizationId: null });
  });
});

describe('the accounts read model', () => {
  it('is the same after a rebuild from the ledger, ended bindings included', async () => {
    // First the process manager's ends of bindings, then the accounts read model past them.
    await testApp.app.get(ProjectionRunner).awaitAppended([representativeDeparturesProcess.name], 10_000);
    await testApp.app.get(ProjectionRunner).awaitAppended([accountsProjection.name], 10_000);
    const snapshot = async () => (await testApp.database.pool.query('SELECT * FROM read.accounts ORDER BY id')).rows;
    const before = await snapshot();
    await testApp.app.get(ProjectionRebuilder).rebuild(accountsProjection);
    expect(await snapshot()).toEqual(before);
  });
});
