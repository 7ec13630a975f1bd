import { Logger } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES, type Role } from '#accord/kernel';
import { READERS } from '#accord/platform';
import { features } from '#accord/composition';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { createTestApp, eventsRecorded, testAppForSuite } from '../support/test-app.js';

let server: Parameters<typeof request>[0];

const testApp = testAppForSuite(() =>
  createTestApp([...features.filter((entry) => entry.feature.name !== 'identity'), { feature: noticesFeature, module: NoticesModule }]),
);
beforeAll(async () => {
  server = testApp.app.getHttpServer();
});

const PUBLIC_ROUTES = new Set([
  'GET /health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/logout',
  'GET /api/v1/ledger/public-key',
]);
const eventCount = () => eventsRecorded(testApp);

async function everyRoute(): Promise<{ method: 'get' | 'post'; path: string; key: string }[]> {
  const document = (await request(server).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.keys(operations).map((method) => ({
      method: method as 'get' | 'post',
      path: template.replace(/\{[^}]+\}/g, randomUUID()),
      key: `${method.toUpperCase()} ${template}`,
    })),
  );
}

describe('default deny', () => {
  it('refuses every route of the OpenAPI document to a caller without credentials, except the public ones', async () => {
    const routes = await everyRoute();
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const response = await request(server)[route.method](route.path).send({});
      if (PUBLIC_ROUTES.has(route.key)) expect([route.key, response.status]).not.toEqual([route.key, 401]);
      else expect([route.key, response.status, response.body.code]).toEqual([route.key, 401, 'UNAUTHENTICATED']);
    }
  });

  it('refuses every non-public route to a signed-in caller who holds no role', async () => {
    const token = await testApp.tokenFor([]);
    for (const route of await everyRoute()) {
      if (PUBLIC_ROUTES.has(route.key)) continue;
      const response = await request(server)[route.method](route.path).set('Authorization', `Bearer ${token}`).send({});
      expect([route.key, response.status]).toEqual([route.key, 403]);
    }
  });

  it('refuses a route that declares no policy even to a caller holding every role', async () => {
    const response = await request(server).get('/api/v1/notices/unguarded/probe').set('Authorization', `Bearer ${await testApp.tokenFor([...ROLES])}`).expect(403);
    expect(response.body.code).toBe('NO_ACCESS_POLICY');
  });
});

describe('the OpenAPI document of every context together', () => {
  it('gives each request body a name no other context uses, so no schema hides another', () => {
    const warnings: string[] = [];
    const warn = Logger.warn;
    Logger.warn = (message: unknown) => void warnings.push(String(message));
    try {
      SwaggerModule.createDocument(testApp.app, new DocumentBuilder().build());
    } finally {
      Logger.warn = warn;
    }
    expect(warnings.filter((warning) => warning.includes('Duplicate DTO'))).toEqual([]);
  });
});

interface EndpointKind {
  readonly name: string;
  readonly method: 'get' | 'post';
  readonly path: () => string;
  readonly body?: () => object;
  readonly allowed: readonly Role[];
}

const KINDS: readonly EndpointKind[] = [
  {
    name: 'create an account',
    method: 'post',
    path: () => '/api/v1/accounts',
    body: () => ({ name: 'Матрица', email: `${randomUUID()}@accord.example`, password: 'a-long-enough-password', roles: ['auditor'] }),
    allowed: ['admin'],
  },
  { name: 'list accounts', method: 'get', path: () => '/api/v1/accounts', allowed: ['admin', 'auditor'] },
  { name: 'read the global log', method: 'get', path: () => '/api/v1/ledger/events', allowed: ['admin', 'auditor'] },
  { name: 'verify the ledger', method: 'get', path: () => '/api/v1/ledger/verification', allowed: ['admin', 'auditor'] },
  { name: 'export the ledger', method: 'get', path: () => '/api/v1/ledger/export', allowed: ['admin', 'auditor'] },
  { name: 'follow an event to its causes', method: 'get', path: () => `/api/v1/ledger/events/${randomUUID()}/causes`, allowed: ['admin', 'auditor'] },
  { name: 'ask who one is', method: 'get', path: () => '/api/v1/auth/me', allowed: ROLES },
  { name: 'run a secretariat command', method: 'post', path: () => '/api/v1/notices', body: () => ({ title: { ru: 'Повестка' } }), allowed: ['secretariat'] },
  { name: 'read a register', method: 'get', path: () => '/api/v1/notices', allowed: READERS },
  { name: 'read the founding checklist', method: 'get', path: () => '/api/v1/founding', allowed: [...READERS, 'representative'] },
  { name: 'launch the founding initiative', method: 'post', path: () => '/api/v1/founding/initiative', allowed: ['secretariat'] },
  { name: 'apply for membership', method: 'post', path: () => '/api/v1/members', allowed: ['secretariat'] },
  { name: 'admit a member', method: 'post', path: () => `/api/v1/members/${randomUUID()}/admission`, allowed: ['secretariat'] },
  { name: 'list the member register', method: 'get', path: () => '/api/v1/members', allowed: [...READERS, 'representative'] },
  { name: 'count members by country, category and status', method: 'get', path: () => '/api/v1/members/statistics', allowed: READERS },
  { name: 'establish a working group', method: 'post', path: () => '/api/v1/working-groups', allowed: ['secretariat'] },
  { name: 'list working groups', method: 'get', path: () => '/api/v1/working-groups', allowed: READERS },
  { name: 'list overdue deliverables', method: 'get', path: () => '/api/v1/working-groups/deliverables/overdue', allowed: READERS },
  { name: 'draft a resolution', method: 'post', path: () => '/api/v1/resolutions', allowed: ['secretariat'] },
  { name: 'open voting on a resolution', method: 'post', path: () => `/api/v1/resolutions/${randomUUID()}/voting`, allowed: ['secretariat'] },
  { name: 'cast a ballot', method: 'post', path: () => `/api/v1/resolutions/${randomUUID()}/ballots`, allowed: ['representative'] },
  { name: 'list resolutions', method: 'get', path: () => '/api/v1/resolutions', allowed: [...READERS, 'representative'] },
  { name: 'register an addressee', method: 'post', path: () => '/api/v1/addressees', allowed: ['admin', 'secretariat'] },
  { name: 'list addressees', method: 'get', path: () => '/api/v1/addressees', allowed: READERS },
  { name: 'draft an appeal', method: 'post', path: () => '/api/v1/appeals', allowed: ['secretariat'] },
  { name: 'dispatch an appeal', method: 'post', path: () => `/api/v1/appeals/${randomUUID()}/dispatch`, allowed: ['secretariat'] },
  { name: 'list appeals', method: 'get', path: () => '/api/v1/appeals', allowed: READERS },
  { name: 'export the correspondence journal', method: 'get', path: () => '/api/v1/appeals/journal.csv?year=2026', allowed: READERS },
  { name: 'read the appeals dashboard', method: 'get', path: () => '/api/v1/dashboards/appeals', allowed: READERS },
];

describe.each(ROLES)('the %s role', (role) => {
  it.each(KINDS)('is allowed to $name only if the policy names it, and a refusal writes nothing', async (kind) => {
    const token = await testApp.tokenFor([role], role === 'representative' ? randomUUID() : null);
    const before = await eventCount();
    const response = await request(server)[kind.method](kind.path()).set('Authorization', `Bearer ${token}`).send(kind.body?.() ?? {});
    if (kind.allowed.includes(role)) {
      // Allowed through the guard: the answer may still refuse the (empty) body, never the role.
      expect([kind.name, response.status]).not.toEqual([kind.name, 403]);
      expect([kind.name, response.status]).not.toEqual([kind.name, 401]);
    } else {
      expect([kind.name, response.status, response.body.code]).toEqual([kind.name, 403, 'ROLE_REQUIRED']);
      expect(await eventCount()).toBe(before);
    }
  });
});

// Personal credentials, not records of the Association: every role manages its own.
const SELF_SERVICE: Record<string, object> = { 'POST /api/v1/accounts/{id}/password': { password: 'a-long-enough-password' } };

describe('the auditor', () => {
  it("is refused every command on the Association's records, and nothing is written", async () => {
    const token = await testApp.tokenFor(['auditor']);
    const before = await eventCount();
    for (const route of await everyRoute()) {
      if (route.method !== 'post' || PUBLIC_ROUTES.has(route.key)) continue;
      const response = await request(server).post(route.path).set('Authorization', `Bearer ${token}`).send(SELF_SERVICE[route.key] ?? {});
      expect([route.key, response.status]).toEqual([route.key, 403]);
    }
    expect(await eventCount()).toBe(before);
  });
});

describe('resource checks', () => {
  it('lets a representative read only its own account, and writes nothing when it reaches for another', async () => {
    const own = randomUUID();
    const token = await testApp.tokenFor(['representative'], randomUUID(), own);
    const before = await eventCount();
    const response = await request(server).get(`/api/v1/accounts/${randomUUID()}`).set('Authorization', `Bearer ${token}`).expect(403);
    expect(response.body.code).toBe('OWN_ACCOUNT_ONLY');
    await request(server).get(`/api/v1/accounts/${own}`).set('Authorization', `Bearer ${token}`).expect(404);
    expect(await eventCount()).toBe(before);
  });
});
