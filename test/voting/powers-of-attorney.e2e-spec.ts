import { randomUUID } from 'node:crypto';
import { admittedMember, client, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { drafted, voting, type CommandAnswer } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;

const testApp = testAppForSuite(() => createTestApp([membership, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});

const representativeOf = async (organizationId: string, accountId?: string) =>
  client(testApp, await testApp.tokenFor(['representative'], organizationId, accountId));

const DIGEST = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

function grantBody(proxyOrganizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    proxyOrganizationId,
    documentSha256: DIGEST,
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    scope: { kind: 'body', body: { kind: 'general_assembly' } },
    ...overrides,
  };
}

/** Given two member organizations: the principal and its proxy. */
async function parties() {
  const [principal, proxy] = await Promise.all([admittedMember(secretariat), admittedMember(secretariat)]);
  return { principal: principal.id, proxy: proxy.id };
}

async function granted(principal: string, proxy: string, overrides: Record<string, unknown> = {}): Promise<CommandAnswer> {
  return (await (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grantBody(proxy, overrides)).expect(201)).body;
}

const reason = { ru: 'Доверенность отозвана доверителем', en: 'Revoked by the principal' };

describe('granting a power of attorney', () => {
  it('registers a power the representative’s own organization gives to another member and shows it', async () => {
    const { principal, proxy } = await parties();
    const account = randomUUID();
    const body = grantBody(proxy);
    const grant = (await (await representativeOf(principal, account)).post('/api/v1/powers-of-attorney', body).expect(201)).body as CommandAnswer;
    expect(grant).toMatchObject({ version: 1, events: [expect.any(String)] });
    const power = (await auditor.get(`/api/v1/powers-of-attorney/${grant.id}?minPosition=${grant.position}`).expect(200)).body;
    expect(power).toEqual({
      id: grant.id,
      principalOrganizationId: principal,
      proxyOrganizationId: proxy,
      documentSha256: DIGEST,
      validFrom: body.validFrom,
      validUntil: body.validUntil,
      scope: { kind: 'body', body: { kind: 'general_assembly' } },
      status: 'granted',
      active: true,
      grantedBy: account,
      grantedAt: expect.any(String),
      revokedAt: null,
      revokedBy: null,
      revocationReason: null,
      endedAt: null,
      endCause: null,
      version: 1,
    });
  });

  it('registers a power for one resolution only', async () => {
    const { principal, proxy } = await parties();
    const { id: resolutionId } = await drafted(secretariat);
    const grant = await granted(principal, proxy, { scope: { kind: 'resolution', resolutionId } });
    const power = (await (await representativeOf(proxy)).get(`/api/v1/powers-of-attorney/${grant.id}?minPosition=${grant.position}`).expect(200)).body;
    expect(power.scope).toEqual({ kind: 'resolution', resolutionId });
  });

  it('answers a repeated commandId with the first answer and writes nothing more', async () => {
    const { principal, proxy } = await parties();
    const commandId = randomUUID();
    const representative = await representativeOf(principal);
    const body = grantBody(proxy, { commandId });
    const first = (await representative.post('/api/v1/powers-of-attorney', body).expect(201)).body;
    const before = await eventCount(testApp);
    const again = (await representative.post('/api/v1/powers-of-attorney', body).expect(201)).body;
    expect(again).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a proxy that is not a member organization with 422 PROXY_NOT_A_MEMBER and writes nothing', async () => {
    const { principal } = await parties();
    const before = await eventCount(testApp);
    const response = await (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grantBody(randomUUID())).expect(422);
    expect(response.body).toMatchObject({ code: 'PROXY_NOT_A_MEMBER', details: { status: 'none' } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a power given to the representative’s own organization with 422 PROXY_IS_PRINCIPAL and writes nothing', async () => {
    const { principal } = await parties();
    const before = await eventCount(testApp);
    const response = await (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grantBody(principal)).expect(422);
    expect(response.body.code).toBe('PROXY_IS_PRINCIPAL');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a validity that ends before it starts with 422 INVALID_VALIDITY_PERIOD and writes nothing', async () => {
    const { principal, proxy } = await parties();
    const before = await eventCount(testApp);
    const response = await (await representativeOf(principal))
      .post('/api/v1/powers-of-attorney', grantBody(proxy, { validFrom: '2026-10-01T00:00:00Z', validUntil: '2026-09-01T00:00:00Z' }))
      .expect(422);
    expect(response.body.code).toBe('INVALID_VALIDITY_PERIOD');
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each([
    ['no proxy', { proxyOrganizationId: undefined }, 'proxyOrganizationId'],
    ['a digest that is not SHA-256', { documentSha256: 'abc' }, 'documentSha256'],
    ['a start that is not a timestamp', { validFrom: '1 сентября 2026' }, 'validFrom'],
    ['a resolution scope without the resolution', { scope: { kind: 'resolution' } }, 'scope.resolutionId'],
    ['a body scope without the body', { scope: { kind: 'body' } }, 'scope.body'],
  ])('refuses a power with %s with 400 naming the field and writes nothing', async (_, overrides, field) => {
    const { principal, proxy } = await parties();
    const before = await eventCount(testApp);
    const response = await (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grantBody(proxy, overrides)).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('lets only a representative register a power of attorney', async () => {
    const { proxy } = await parties();
    const before = await eventCount(testApp);
    for (const other of [secretariat, auditor]) {
      const response = await other.post('/api/v1/powers-of-attorney', grantBody(proxy)).expect(403);
      expect(response.body.code).toBe('ROLE_REQUIRED');
    }
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('ending a power of attorney', () => {
  it('is revoked by its principal with the reason', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    const account = randomUUID();
    const revoked = (await (await representativeOf(principal, account)).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason, expectedVersion: 1 }).expect(201))
      .body as CommandAnswer;
    expect(revoked.version).toBe(2);
    const power = (await auditor.get(`/api/v1/powers-of-attorney/${grant.id}?minPosition=${revoked.position}`).expect(200)).body;
    expect(power).toMatchObject({ status: 'revoked', active: false, revokedBy: account, revocationReason: reason, revokedAt: expect.any(String), version: 2 });
  });

  it('is renounced by its proxy', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    const renounced = (await (await representativeOf(proxy)).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason: { ru: 'Отказ представителя' } }).expect(201))
      .body as CommandAnswer;
    const power = (await auditor.get(`/api/v1/powers-of-attorney/${grant.id}?minPosition=${renounced.position}`).expect(200)).body;
    expect(power).toMatchObject({ status: 'revoked', revocationReason: { ru: 'Отказ представителя', en: null } });
  });

  it('refuses a representative of a third organization with 422 NOT_A_PARTY and writes nothing', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(randomUUID())).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason }).expect(422);
    expect(response.body.code).toBe('NOT_A_PARTY');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a second revocation with 422 POWER_OF_ATTORNEY_REVOKED and writes nothing', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    await (await representativeOf(principal)).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason }).expect(201);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(proxy)).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason }).expect(422);
    expect(response.body.code).toBe('POWER_OF_ATTORNEY_REVOKED');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a stale expectedVersion with 409 CONCURRENCY_CONFLICT and writes nothing', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(principal)).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason, expectedVersion: 0 }).expect(409);
    expect(response.body.code).toBe('CONCURRENCY_CONFLICT');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a revocation without a reason with 400 and writes nothing', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(principal)).post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, {}).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain('reason');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers 404 for a power of attorney that does not exist', async () => {
    const id = randomUUID();
    await (await representativeOf(randomUUID())).post(`/api/v1/powers-of-attorney/${id}/revocation`, { reason }).expect(404);
    await auditor.get(`/api/v1/powers-of-attorney/${id}`).expect(404);
  });

  it('lets only a representative revoke', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    const response = await secretariat.post(`/api/v1/powers-of-attorney/${grant.id}/revocation`, { reason }).expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });
});

describe('the list of powers of attorney', () => {
  it('shows a representative only the powers its organization gave or holds', async () => {
    const { principal, proxy } = await parties();
    const { principal: stranger, proxy: strangersProxy } = await parties();
    const given = await granted(principal, proxy);
    const held = await granted(stranger, principal);
    const other = await granted(strangersProxy, stranger);
    const page = (await (await representativeOf(principal)).get(`/api/v1/powers-of-attorney?limit=100&minPosition=${other.position}`).expect(200)).body;
    const ids = page.items.map((item: { id: string }) => item.id);
    expect(ids.sort()).toEqual([given.id, held.id].sort());
  });

  it('shows readers every power, filtered by organization and by whether it is active, and pages with a cursor', async () => {
    const { principal, proxy } = await parties();
    const first = await granted(principal, proxy);
    await (await representativeOf(principal)).post(`/api/v1/powers-of-attorney/${first.id}/revocation`, { reason }).expect(201);
    const second = await granted(principal, proxy);
    const all = (await auditor.get(`/api/v1/powers-of-attorney?organizationId=${proxy}&minPosition=${second.position}`).expect(200)).body;
    expect(all.items.map((item: { id: string }) => item.id)).toEqual([first.id, second.id]);
    const active = (await secretariat.get(`/api/v1/powers-of-attorney?organizationId=${proxy}&active=true`).expect(200)).body;
    expect(active.items.map((item: { id: string }) => item.id)).toEqual([second.id]);
    const ended = (await secretariat.get(`/api/v1/powers-of-attorney?organizationId=${proxy}&active=false`).expect(200)).body;
    expect(ended.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    const firstPage = (await auditor.get(`/api/v1/powers-of-attorney?organizationId=${principal}&limit=1`).expect(200)).body;
    expect(firstPage.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    const secondPage = (await auditor.get(`/api/v1/powers-of-attorney?organizationId=${principal}&limit=1&cursor=${firstPage.nextCursor}`).expect(200)).body;
    expect(secondPage).toMatchObject({ items: [expect.objectContaining({ id: second.id })], nextCursor: null });
  });

  it('refuses a representative a power its organization is not party to with 403 OWN_ORGANIZATION_ONLY', async () => {
    const { principal, proxy } = await parties();
    const grant = await granted(principal, proxy);
    await auditor.get(`/api/v1/powers-of-attorney/${grant.id}?minPosition=${grant.position}`).expect(200);
    const response = await (await representativeOf(randomUUID())).get(`/api/v1/powers-of-attorney/${grant.id}`).expect(403);
    expect(response.body.code).toBe('OWN_ORGANIZATION_ONLY');
  });

  it('refuses a cursor it did not return and an unknown filter value with 400', async () => {
    expect((await auditor.get('/api/v1/powers-of-attorney?cursor=bm90LWEtY3Vyc29y').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await auditor.get('/api/v1/powers-of-attorney?active=yes').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
