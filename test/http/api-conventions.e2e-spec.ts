import { randomUUID } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { createTestApp, eventsRecorded, testAppForSuite } from '../support/test-app.js';

let http: ReturnType<typeof request>;
let secretariat: string;

/** Requests carry a secretariat's token: these tests are about conventions, not access. */
function api() {
  const agent = request(testApp.app.getHttpServer());
  return {
    get: (path: string) => agent.get(path).set('Authorization', `Bearer ${secretariat}`),
    post: (path: string) => agent.post(path).set('Authorization', `Bearer ${secretariat}`),
  };
}

const testApp = testAppForSuite(() => createTestApp([{ feature: noticesFeature, module: NoticesModule }], { READ_WAIT_MS: '300', BODY_LIMIT: '2kb' }));
beforeAll(async () => {
  secretariat = await testApp.tokenFor(['secretariat']);
  http = api() as unknown as ReturnType<typeof request>;
});

const eventCount = () => eventsRecorded(testApp);
const title = { ru: 'Заседание рабочей группы', en: 'Working group meeting' };

describe('health', () => {
  it('answers 200 with the database, the ledger head and each projection to an auditor', async () => {
    const auditor = await testApp.tokenFor(['auditor']);
    const response = await request(testApp.app.getHttpServer()).get('/health').set('Authorization', `Bearer ${auditor}`).expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', embedded: false },
      ledger: { adapter: 'postgres', head: expect.stringMatching(/^\d+-\d+$/) },
      projections: expect.arrayContaining([{ name: 'notice_board', checkpoint: expect.any(String), state: expect.any(String), lag: expect.any(Number), lastError: null }]),
    });
  });
});

describe('OpenAPI', () => {
  it('serves the document as JSON with every route', async () => {
    const response = await http.get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/notices', '/api/v1/notices/{id}/archival']));
  });

  it('serves the interactive documentation page', async () => {
    const response = await http.get('/api/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});

describe('commands', () => {
  it('answers 201 with the id, the new version, the global position and the event ids', async () => {
    const response = await http.post('/api/v1/notices').send({ title }).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      version: 1,
      position: expect.stringMatching(/^\d+-\d+$/),
      events: [expect.stringMatching(/^[0-9a-f-]{36}$/)],
    });
  });

  it('carries the request id into the event as its correlation id', async () => {
    const response = await http.post('/api/v1/notices').set('X-Request-Id', 'req-42').send({ title }).expect(201);
    expect(response.headers['x-request-id']).toBe('req-42');
    const { rows } = await testApp.database.pool.query('SELECT metadata FROM ledger.events WHERE event_id = $1', [response.body.events[0]]);
    expect(rows[0].metadata).toMatchObject({ correlationId: 'req-42', causationId: 'req-42', actorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('answers a repeated commandId with the first answer and records nothing more', async () => {
    const commandId = randomUUID();
    const first = await http.post('/api/v1/notices').send({ title, commandId }).expect(201);
    const before = await eventCount();
    const again = await http.post('/api/v1/notices').send({ title, commandId }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await eventCount()).toBe(before);
  });

  it('answers 409 to a stale expectedVersion and records nothing', async () => {
    const { body } = await http.post('/api/v1/notices').send({ title }).expect(201);
    const before = await eventCount();
    const response = await http.post(`/api/v1/notices/${body.id}/archival`).send({ expectedVersion: 0 }).expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: 0, actualVersion: 1 } });
    expect(await eventCount()).toBe(before);
  });

  it('answers 422 with the rule code when a domain rule is broken, in Russian when asked', async () => {
    const response = await http
      .post(`/api/v1/notices/${randomUUID()}/archival`)
      .set('Accept-Language', 'ru-RU,ru;q=0.9')
      .send({})
      .expect(422);
    expect(response.body).toEqual({ statusCode: 422, code: 'NOTICE_REQUIRED', message: 'Объявление не опубликовано' });
  });
});

describe('validation and the error format', () => {
  it('answers 400 listing each bad field, and records nothing', async () => {
    const before = await eventCount();
    const response = await http
      .post('/api/v1/notices')
      .send({ title: { ru: '', en: 5 }, commandId: 'not-a-uuid', colour: 'red' })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String) });
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field).sort();
    expect(fields).toEqual(['colour', 'commandId', 'title.en', 'title.ru']);
    expect(await eventCount()).toBe(before);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await http.post('/api/v1/notices').set('Content-Type', 'application/json').send('{"title":').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
  });

  it('takes an empty body sent as JSON for no body: the fields are missing, not the JSON', async () => {
    const response = await request(testApp.app.getHttpServer()).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((response.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['email', 'password']);
  });

  it('answers a path with a trailing slash as the path without it', async () => {
    const created = await http.post('/api/v1/notices').send({ title: { ru: 'Слэш', en: 'Slash' } }).expect(201);
    const read = await http.get(`/api/v1/notices/${created.body.id}/?minPosition=${created.body.position}`).expect(200);
    expect(read.body.id).toBe(created.body.id);
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await http.post('/api/v1/notices').send({ title: { ru: 'я'.repeat(4000) } }).expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers 404 in the same format for an unknown route and an unknown record', async () => {
    expect((await http.get('/api/v1/nothing-here').expect(404)).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await http.get(`/api/v1/notices/${randomUUID()}`).expect(404)).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('answers 500 without a stack trace or internal detail', async () => {
    const response = await http.get('/api/v1/notices/failures/unexpected').expect(500);
    expect(response.body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal error' });
  });

  it('sends security headers and no framework banner', async () => {
    const response = await http.get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('queries', () => {
  it('reads its own write when given the position a command returned', async () => {
    const { body } = await http.post('/api/v1/notices').send({ title }).expect(201);
    const response = await http.get(`/api/v1/notices/${body.id}`).query({ minPosition: body.position }).expect(200);
    expect(response.body).toMatchObject({ id: body.id, titleRu: title.ru, status: 'posted' });
    expect(response.headers['stale-read']).toBeUndefined();
  });

  it('answers marked Stale-Read when the read model has not reached the position in time', async () => {
    const { body } = await http.post('/api/v1/notices').send({ title }).expect(201);
    const [commit] = body.position.split('-');
    const future = `${BigInt(commit) + 1_000_000n}-1`;
    const response = await http.get('/api/v1/notices').query({ minPosition: future }).expect(200);
    expect(response.headers['stale-read']).toBe('true');
  });

  it('refuses a minPosition that is not a position', async () => {
    const response = await http.get('/api/v1/notices').query({ minPosition: 'yesterday' }).expect(400);
    expect(response.body.details).toEqual([{ field: 'minPosition', problems: [expect.stringMatching(/position/)] }]);
  });

  it('pages through a collection with an opaque cursor and a limit', async () => {
    let last = '';
    for (let index = 0; index < 3; index += 1) last = (await http.post('/api/v1/notices').send({ title }).expect(201)).body.position;
    const all = (await http.get('/api/v1/notices').query({ minPosition: last, limit: 500 }).expect(200)).body.items.length;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await http.get('/api/v1/notices').query({ limit: 2, ...(cursor && { cursor }) }).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
  });

  it('refuses a limit above 500 and a cursor it did not issue', async () => {
    await http.get('/api/v1/notices').query({ limit: 501 }).expect(400);
    const response = await http.get('/api/v1/notices').query({ cursor: 'bm9wZQ' }).expect(400);
    expect(response.body.details[0].field).toBe('cursor');
  });
});

describe('health when the database is gone', () => {
  it('answers 503: the status to anyone, the database as down to an auditor', async () => {
    const auditor = await testApp.tokenFor(['auditor']);
    const asAuditor = () => request(testApp.app.getHttpServer()).get('/health').set('Authorization', `Bearer ${auditor}`);
    // Known to the server before the outage, as an operator watching the service would be.
    await asAuditor().expect(200);
    const name = new URL(testApp.database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.ACCORD_TEST_SERVER_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      expect((await request(testApp.app.getHttpServer()).get('/health').expect(503)).body).toEqual({ status: 'unavailable' });
      const response = await asAuditor().expect(503);
      expect(response.body).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  });
});
