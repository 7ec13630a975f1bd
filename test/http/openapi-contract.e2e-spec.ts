import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import request from 'supertest';
import { features, seedDemo } from '#accord/composition';
import { applicationBody, client, type Client } from '../membership/membership-fixtures.js';
import { MOTION_KINDS } from '#accord/voting';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { drafted, openGroupVote, passed, votingGroup } from '../voting/voting-fixtures.js';

// The OpenAPI document as a client generator reads it: the web interface's types come from it.

let document: OpenAPIObject;
let generated: string;
let reader: Client;

type Operation = { operationId: string; responses: Record<string, { content?: Record<string, { schema?: object }> }> };
const METHODS = ['get', 'post'] as const;
const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] as unknown as Operation }] : [])),
  );

const SIGNING = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** Given the demo story, a draft with a motion, and a closed vote with a ballot under a power of attorney and one recorded against. */
async function recordVote(secretariat: Client): Promise<void> {
  const representativeOf = async (organizationId: string) => client(testApp, await testApp.tokenFor(['representative'], organizationId));
  const { groupId, members } = await votingGroup(secretariat, 3);
  const [principal, proxy, opponent] = members;
  const now = Date.now();
  const power = (
    await (await representativeOf(principal))
      .post('/api/v1/powers-of-attorney', {
        proxyOrganizationId: proxy,
        documentSha256: SIGNING,
        validFrom: new Date(now - 60_000).toISOString(),
        validUntil: new Date(now + 3_600_000).toISOString(),
        scope: { kind: 'body', body: { kind: 'working_group', workingGroupId: groupId } },
      })
      .expect(201)
  ).body as { id: string };
  // A working group decides only its own work: the motion to dissolve it is the general assembly's, in draft.
  await drafted(secretariat, { motion: { kind: 'dissolve_working_group', workingGroupId: groupId } });
  // Signed in before the vote opens, so that its ballots fit in its window on a busy machine too.
  const [asProxy, asOpponent] = [await representativeOf(proxy), await representativeOf(opponent)];
  const vote = await openGroupVote(secretariat, groupId, 3000);
  await asProxy.post(`/api/v1/resolutions/${vote.id}/ballots`, { choice: 'for', organizationId: principal, powerOfAttorneyId: power.id }).expect(201);
  await asProxy.post(`/api/v1/resolutions/${vote.id}/ballots`, { choice: 'for' }).expect(201);
  await asOpponent.post(`/api/v1/resolutions/${vote.id}/ballots`, { choice: 'against', recordAgainst: true }).expect(201);
  await passed(vote.closesAt);
  const closing = (await secretariat.post(`/api/v1/resolutions/${vote.id}/closing`).expect(201)).body as { position: string };
  await reader.get(`/api/v1/resolutions?minPosition=${closing.position}`).expect(200);
}

const testApp = testAppForSuite(() => createTestApp(features.filter((entry) => entry.feature.name !== 'identity')));
beforeAll(async () => {
  reader = client(testApp, await testApp.tokenFor(['admin', 'secretariat', 'committee', 'auditor']));
  document = (await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenAPIObject;
  generated = astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
  await seedDemo(testApp.app);
  await recordVote(client(testApp, await testApp.tokenFor(['secretariat'])));
});

describe('the types openapi-typescript generates from the document', () => {
  it('give every field a type of its own: no Record<string, never> anywhere', () => {
    // The two root aliases are empty by construction of openapi-typescript's output (no webhooks, no $defs).
    const fields = generated.replace('export type webhooks = Record<string, never>;', '').replace('export type $defs = Record<string, never>;', '');
    const empty = fields.split('\n').filter((line) => line.includes('Record<string, never>'));
    expect(empty).toEqual([]);
  });

  it('give every operation the type of its success answer', () => {
    const block = generated.slice(generated.indexOf('export interface operations {'));
    const untyped = operations()
      .map(({ operation }) => {
        const start = block.indexOf(`\n    ${operation.operationId}: {\n`);
        const end = block.indexOf('\n    };\n', start);
        // Examples and descriptions are doc comments: only the types count here.
        return { id: operation.operationId, text: start < 0 ? '' : block.slice(start, end).replace(/\/\*\*[\s\S]*?\*\/\n\s*/g, '') };
      })
      .filter(({ text }) => {
        const success = /\n {12}(2\d\d): \{\n([\s\S]*?)\n {12}\};/.exec(text);
        if (!success) return true;
        if (success[1] === '204') return !success[2].includes('content?: never');
        return !/content: \{\n\s+"[a-z]+\/[a-z.+-]+": (components\["schemas"\]|\{|string)/.test(success[2]);
      })
      .map(({ id }) => id);
    expect(operations().length).toBeGreaterThan(90);
    expect(untyped).toEqual([]);
  });

  it('type a motion as one of its kinds, told apart by kind', () => {
    const motion = /motion: \((components\["schemas"\]\["\w+Motion"\](?: \| )?)+\) \| null;/.exec(generated);
    expect(motion?.[0].match(/Motion"\]/g)).toHaveLength(MOTION_KINDS.length);
  });

  it('name the one error body as a schema of its own', () => {
    expect(document.components?.schemas?.ErrorBody).toMatchObject({ required: ['statusCode', 'code', 'message'] });
  });
});

/** OpenAPI 3.0 schemas as JSON Schema: `nullable` becomes a union with null, and no undeclared field passes. */
function strictJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, discriminator: _discriminator, example: _example, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, property]) => [name, strictJsonSchema(property)])) : strictJsonSchema(value)]),
  );
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  if (typeof converted.$ref === 'string') converted.$ref = `document${converted.$ref}`;
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}

describe('the answers the API gives', () => {
  /** Every read of the document at a path of a record that exists (the demo story and the vote above). */
  async function concretePaths(): Promise<{ template: string; path: string }[]> {
    const first = async (path: string) => ((await reader.get(path).expect(200)).body as { items: { id: string; streamId?: string; eventId?: string }[] }).items[0];
    const ids: Record<string, string> = {
      accounts: (await first('/api/v1/accounts')).id,
      members: (await first('/api/v1/members')).id,
      'working-groups': (await first('/api/v1/working-groups')).id,
      resolutions: (await first('/api/v1/resolutions')).id,
      'powers-of-attorney': (await first('/api/v1/powers-of-attorney')).id,
      addressees: (await first('/api/v1/addressees')).id,
      appeals: (await first('/api/v1/appeals')).id,
    };
    const { streamId, eventId } = (await first('/api/v1/ledger/events')) as { streamId: string; eventId: string };
    return operations()
      .filter(({ method, path }) => method === 'get' && !path.endsWith('/stream') && !path.endsWith('.csv') && !path.endsWith('/export'))
      .map(({ path: template }) => {
        const collection = template.split('/')[3];
        const path = template
          .replace('{id}', ids[collection])
          .replace('{organizationId}', ids.members)
          .replace('{number}', '1')
          .replace('{streamId}', streamId)
          .replace('{eventId}', eventId);
        return { template, path: template.includes('journal') ? `${path}?year=2026` : path };
      });
  }

  it('match the schema each read declares, field by field, with nothing undeclared', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ components: strictJsonSchema(document.components) }, 'document');
    const mismatches: unknown[] = [];
    const paths = await concretePaths();
    expect(paths.length).toBeGreaterThan(25);
    for (const { template, path } of paths) {
      const response = await reader.get(path);
      expect([path, response.status]).toEqual([path, 200]);
      const declared = document.paths[template].get!.responses['200'] as { content: Record<string, { schema: object }> };
      const validate: ValidateFunction = ajv.compile(strictJsonSchema(declared.content['application/json'].schema) as object);
      if (!validate(response.body)) mismatches.push({ path: template, errors: validate.errors?.slice(0, 5) });
    }
    expect(mismatches).toEqual([]);
  }, 30_000);
});

describe('the error statuses each route declares', () => {
  interface Probe {
    readonly name: string;
    readonly method: 'get' | 'post';
    readonly template: string;
    readonly path: string | (() => Promise<string>);
    readonly token?: () => Promise<string>;
    readonly body?: () => object;
    readonly headers?: Record<string, string>;
    readonly status: number;
  }
  const secretariat = () => testApp.tokenFor(['secretariat']);
  const admin = () => testApp.tokenFor(['admin']);
  const anyMember = async () => ((await reader.get('/api/v1/members').expect(200)).body as { items: { id: string }[] }).items[0].id;
  const anyAccount = async () => ((await reader.get('/api/v1/accounts').expect(200)).body as { items: { id: string }[] }).items[0].id;

  const PROBES: readonly Probe[] = [
    { name: 'a wrong password', method: 'post', template: '/api/v1/auth/login', path: '/api/v1/auth/login', body: () => ({ email: 'nobody@accord.example', password: 'wrong-password' }), status: 401 },
    { name: 'an account, unauthenticated', method: 'get', template: '/api/v1/accounts/{id}', path: `/api/v1/accounts/${randomUUID()}`, status: 401 },
    { name: 'an unknown account', method: 'get', template: '/api/v1/accounts/{id}', path: `/api/v1/accounts/${randomUUID()}`, token: admin, status: 404 },
    { name: 'roles of an account, stale', method: 'post', template: '/api/v1/accounts/{id}/roles', path: async () => `/api/v1/accounts/${await anyAccount()}/roles`, token: admin, body: () => ({ roles: ['auditor'], expectedVersion: 999 }), status: 409 },
    { name: 'a representative bound to no organization', method: 'post', template: '/api/v1/accounts', path: '/api/v1/accounts', token: admin, body: () => ({ name: 'Без организации', email: `${randomUUID()}@accord.example`, password: 'a-long-enough-password', roles: ['representative'] }), status: 422 },
    { name: 'a founding initiative without its particulars', method: 'post', template: '/api/v1/founding/initiative', path: '/api/v1/founding/initiative', token: secretariat, body: () => ({ initiator: {} }), status: 400 },
    { name: 'an unknown charter draft', method: 'get', template: '/api/v1/founding/charter-drafts/{number}', path: '/api/v1/founding/charter-drafts/999', token: secretariat, status: 404 },
    { name: 'a second application for one identifier', method: 'post', template: '/api/v1/members', path: '/api/v1/members', token: secretariat, body: () => DUPLICATE, status: 409 },
    { name: 'a member by a malformed id', method: 'get', template: '/api/v1/members/{id}', path: '/api/v1/members/not-a-uuid', token: secretariat, status: 400 },
    { name: 'admitting a member twice', method: 'post', template: '/api/v1/members/{id}/admission', path: async () => `/api/v1/members/${await anyMember()}/admission`, token: secretariat, body: () => ({ membership: 'full', decision: { kind: 'decision', body: 'general_assembly', reference: 'Протокол № 9', date: '2026-07-20' } }), status: 422 },
    { name: 'a member, as a committee', method: 'post', template: '/api/v1/members', path: '/api/v1/members', token: () => testApp.tokenFor(['committee']), body: () => ({}), status: 403 },
    { name: 'an unknown working group', method: 'post', template: '/api/v1/working-groups/{id}/members', path: `/api/v1/working-groups/${randomUUID()}/members`, token: secretariat, body: () => ({ organizationId: randomUUID() }), status: 404 },
    { name: 'voting on an unknown resolution', method: 'post', template: '/api/v1/resolutions/{id}/closing', path: `/api/v1/resolutions/${randomUUID()}/closing`, token: secretariat, status: 404 },
    { name: 'a ballot as the secretariat', method: 'post', template: '/api/v1/resolutions/{id}/ballots', path: `/api/v1/resolutions/${randomUUID()}/ballots`, token: secretariat, body: () => ({ choice: 'for' }), status: 403 },
    { name: 'an appeal in text', method: 'post', template: '/api/v1/appeals', path: '/api/v1/appeals', token: secretariat, headers: { 'Content-Type': 'text/plain' }, body: () => ({}), status: 415 },
    { name: 'dispatching an unknown appeal', method: 'post', template: '/api/v1/appeals/{id}/dispatch', path: `/api/v1/appeals/${randomUUID()}/dispatch`, token: secretariat, body: () => ({ dispatchedOn: '2026-05-12', channel: 'post' }), status: 404 },
    { name: 'an addressee without a name', method: 'post', template: '/api/v1/addressees', path: '/api/v1/addressees', token: secretariat, body: () => ({ country: 'RU', kind: 'ministry' }), status: 400 },
  ];
  let DUPLICATE: object;
  beforeAll(async () => {
    DUPLICATE = applicationBody();
    await client(testApp, await secretariat()).post('/api/v1/members', DUPLICATE).expect(201);
  });

  it.each(PROBES)('declares the $status that $name answers', async (probe) => {
    let call = request(testApp.app.getHttpServer())[probe.method](typeof probe.path === 'string' ? probe.path : await probe.path());
    if (probe.token) call = call.set('Authorization', `Bearer ${await probe.token()}`);
    for (const [name, value] of Object.entries(probe.headers ?? {})) call = call.set(name, value);
    const body = probe.body?.();
    const response = await (body === undefined ? call : call.send(probe.headers?.['Content-Type'] === 'text/plain' ? JSON.stringify(body) : body));
    expect([probe.name, response.status]).toEqual([probe.name, probe.status]);
    expect(Object.keys(response.body).sort()).toEqual(expect.arrayContaining(['code', 'message', 'statusCode']));
    const declared = document.paths[probe.template][probe.method]!.responses;
    expect([probe.name, Object.keys(declared)]).toEqual([probe.name, expect.arrayContaining([String(probe.status)])]);
  });

  it('declares 429 on sign-in, the one route that throttles', () => {
    expect(Object.keys(document.paths['/api/v1/auth/login'].post!.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '429']));
  });

  it('declares 401 and 403 with the error body on every route that needs a role', () => {
    const missing = operations()
      .filter(({ operation }) => (operation as { security?: unknown[] }).security !== undefined)
      .filter(({ operation }) => !['401', '403'].every((status) => operation.responses[status]?.content?.['application/json']?.schema))
      .map(({ operation }) => operation.operationId);
    expect(missing).toEqual([]);
  });
});
