import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { features } from '#accord/composition';
import { client, eventCount, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { drafted, openGroupVote, votingGroup } from '../voting/voting-fixtures.js';

let secretariat: Client;
let auditor: Client;

const testApp = testAppForSuite(() => createTestApp(features.filter((entry) => entry.feature.name !== 'identity')));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A 4xx in the one error shape, and nothing written. */
async function refused(response: request.Response, before: number): Promise<void> {
  expect(response.status >= 400 && response.status < 500 ? 'a 4xx' : response.status).toBe('a 4xx');
  expect(response.body).toEqual(expect.objectContaining({ statusCode: response.status, code: expect.any(String), message: expect.any(String) }));
  expect(await eventCount(testApp)).toBe(before);
}

const text = (value: string) => ({ ru: value, en: value });

describe('input that once answered 500', () => {
  it('refuses a NUL character in a text field of a command', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/addressees', {
      name: text('Министерство\u0000'),
      country: 'RU',
      kind: 'ministry',
    });
    await refused(response, before);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'name.ru' }), expect.objectContaining({ field: 'name.en' })]);
  });

  it('refuses a lone surrogate in a text field of a command', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/addressees', { name: text('Министерство \ud800'), country: 'RU', kind: 'ministry' });
    await refused(response, before);
    expect(response.status).toBe(400);
  });

  it('refuses %00 in a search query and in a stream id', async () => {
    expect((await secretariat.get('/api/v1/members?q=%00')).status).toBe(400);
    expect((await auditor.get('/api/v1/ledger/streams/member-%00')).status).toBe(400);
    expect((await auditor.get('/api/v1/resolutions/%00/tally/stream')).status).toBe(400);
  });

  it.each([
    ['numbers', [1, 2]],
    ['one part', ['x']],
    
    ['an object', { a: 1 }],
    ['text with a NUL character', ['a\u0000b', randomUUID()]],
  ])('refuses a cursor made of %s', async (_name, key) => {
    for (const path of ['/api/v1/members', '/api/v1/resolutions', '/api/v1/appeals', '/api/v1/powers-of-attorney', '/api/v1/working-groups', '/api/v1/accounts']) {
      const response = await client(testApp, await testApp.tokenFor(['admin', 'secretariat'])).get(`${path}?cursor=${cursorOf(key)}`);
      expect([path, response.status, response.body.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
    }
  });

  it('refuses a cursor holding a timestamp PostgreSQL rejects', async () => {
    for (const path of ['/api/v1/resolutions', '/api/v1/appeals', '/api/v1/powers-of-attorney']) {
      const response = await secretariat.get(`${path}?cursor=${cursorOf(['+275760-09-13T00:00:00.000Z', randomUUID()])}`);
      expect([path, response.status, response.body.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
    }
  });

  it('refuses a ledger cursor beyond bigint', async () => {
    const response = await auditor.get('/api/v1/ledger/events?cursor=99999999999999999999-1');
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses the year zero in dates of queries', async () => {
    expect((await secretariat.get('/api/v1/dashboards/appeals?asOf=0000-01-01')).status).toBe(400);
    expect((await secretariat.get('/api/v1/appeals?dueBefore=0000-01-01')).status).toBe(400);
  });

  it('refuses a list or a string where the details of a member expect an object', async () => {
    const before = await eventCount(testApp);
    for (const contacts of [[], ['x'], 'x', 7]) {
      const response = await secretariat.post(`/api/v1/members/${randomUUID()}/details`, { contacts });
      await refused(response, before);
      expect(response.status).toBe(400);
    }
  });

  it('refuses a body nested 2,000 levels deep', async () => {
    const before = await eventCount(testApp);
    const deep = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
    const response = await request(testApp.app.getHttpServer())
      .post('/api/v1/addressees')
      .set('Authorization', `Bearer ${await testApp.tokenFor(['secretariat'])}`)
      .set('Content-Type', 'application/json')
      .send(deep);
    await refused(response, before);
    expect(response.status).toBe(400);
  });

  it('refuses the tally stream of a draft withdrawn before voting opened', async () => {
    const { id } = await drafted(secretariat);
    await secretariat.post(`/api/v1/resolutions/${id}/withdrawal`, { reason: text('Снято с повестки') }).expect(201);
    const response = await secretariat.get(`/api/v1/resolutions/${id}/tally/stream`);
    expect([response.status, response.body.code]).toEqual([422, 'VOTING_NOT_OPEN']);
  });

  it('streams the tally after waiting for an unreachable minPosition, without an error event', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id, opened } = await openGroupVote(secretariat, groupId, 1500);
    await secretariat.get(`/api/v1/resolutions/${id}?minPosition=${opened.position}`).expect(200);
    const response = await secretariat.get(`/api/v1/resolutions/${id}/tally/stream?minPosition=99999999999-1`);
    expect(response.status).toBe(200);
    expect(response.text).toContain('data: {');
    expect(response.text).not.toContain('event: error');
  });
});
