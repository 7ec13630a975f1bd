import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { features } from '#accord/composition';
import { registeredAddressee } from '../appeals/appeal-fixtures.js';
import { admittedMember, client } from '../membership/membership-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { drafted } from '../voting/voting-fixtures.js';
import { OpenApiFuzzer, type FuzzOperation, type FuzzRequest, type OpenApiDocument } from './openapi-fuzz.js';

// `npm test` runs a fixed seed; `npm run fuzz` sets FUZZ_REQUESTS (and FUZZ_SEED, or a random one) for a long run.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20_261_206);

let testApp: TestApp;
let baseUrl: string;
let token: string;
let operations: FuzzOperation[];
const statuses = new Map<number, number>();

beforeAll(async () => {
  // Unreachable minPositions are among the inputs: a short wait keeps the run short.
  testApp = await createTestApp(features.filter((entry) => entry.feature.name !== 'identity'), { READ_WAIT_MS: '50' });
  const secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  const member = await admittedMember(secretariat);
  const knownIds = [member.id, await registeredAddressee(secretariat), (await drafted(secretariat)).id];
  // Every role at once, for an organization that exists: requests get past the guard to the code under test.
  token = await testApp.tokenFor(['admin', 'secretariat', 'committee', 'auditor', 'representative'], member.id);
  const server = testApp.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const document = (await (await fetch(`${baseUrl}/api/docs-json`)).json()) as OpenApiDocument;
  operations = new OpenApiFuzzer(document, knownIds).operations();
}, 60_000);

afterAll(async () => {
  const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  process.stdout.write(`OpenAPI fuzz (seed ${SEED}): ${total} requests over ${operations?.length ?? 0} operations; ${byStatus.join(' ')}\n`);
  await testApp.close();
});

const eventsOfRequest = async (requestId: string) =>
  Number((await testApp.database.pool.query("SELECT count(*) FROM ledger.events WHERE metadata->>'correlationId' = $1", [requestId])).rows[0].count);

/** Sends one request; an event stream is read up to its headers only. */
async function send(method: 'get' | 'post', fuzzed: FuzzRequest, requestId: string) {
  const body = fuzzed.body === undefined ? undefined : 'raw' in fuzzed.body ? fuzzed.body.raw : JSON.stringify(fuzzed.body.json);
  const response = await fetch(`${baseUrl}${fuzzed.path}`, {
    method: method.toUpperCase(),
    headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': requestId, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, body: undefined };
  }
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') && text !== '';
  return { status: response.status, body: json ? (JSON.parse(text) as Record<string, unknown>) : text };
}

describe('every operation of the OpenAPI document under generated malformed input', () => {
  it('finds the events of a request by its request id, so the check below can see a write', async () => {
    const requestId = randomUUID();
    const body = { json: { name: { ru: 'Министерство', en: 'Ministry' }, country: 'RU', kind: 'ministry' } };
    expect((await send('post', { path: '/api/v1/addressees', body }, requestId)).status).toBe(201);
    expect(await eventsOfRequest(requestId)).toBeGreaterThan(0);
  });

  it('answers without a 5xx, refuses in the one error shape and writes nothing for a refused request', async () => {
    expect(operations.length).toBeGreaterThan(80);
    const runsPerOperation = Math.max(1, Math.ceil(REQUESTS / operations.length));
    for (const [index, operation] of operations.entries()) {
      await fc.assert(
        fc.asyncProperty(operation.request, async (fuzzed) => {
          const requestId = randomUUID();
          const { status, body } = await send(operation.method, fuzzed, requestId);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const where = `${operation.method.toUpperCase()} ${fuzzed.path.slice(0, 300)}`;
          expect([where, status < 500]).toEqual([where, true]);
          if (status >= 400) {
            expect([where, body]).toEqual([where, expect.objectContaining({ statusCode: status, code: expect.any(String), message: expect.any(String) })]);
            expect([where, await eventsOfRequest(requestId)]).toEqual([where, 0]);
          }
        }),
        {
          seed: SEED + index,
          numRuns: runsPerOperation,
          endOnFailure: true,
          // A counterexample can be a body nested 2,000 levels deep: report it shortened.
          reporter: (details) => {
            if (details.failed) throw new Error(`${(fc.defaultReportMessage(details) ?? '').slice(0, 3_000)}\n${String(details.errorInstance).slice(0, 2_000)}`);
          },
        },
      );
    }
  }, 3_600_000);
});
