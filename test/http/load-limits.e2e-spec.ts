import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { openGroupVote, voting, votingGroup } from '../voting/voting-fixtures.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';

let secretariat: Client;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting], {
  RATE_LIMIT_REQUESTS: '40',
  RATE_LIMIT_WINDOW_SECONDS: '60',
  MAX_CONCURRENT_WAITS: '2',
  MAX_OPEN_STREAMS: '1',
  READ_WAIT_MS: '1500',
}));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

function expectRateLimited(response: request.Response): void {
  expect([response.status, response.body.code]).toEqual([429, 'RATE_LIMITED']);
  expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(response.body).toEqual(expect.objectContaining({ statusCode: 429, message: expect.any(String) }));
}

describe('the general rate limit', () => {
  it('answers 429 with Retry-After once an account has used up its requests, and counts each account apart', async () => {
    const busy = client(testApp, await testApp.tokenFor(['auditor'], null, randomUUID()));
    const answers = [];
    for (let index = 0; index < 41; index += 1) answers.push(await busy.get('/api/v1/members?limit=1'));
    expect(answers.slice(0, 40).map((answer) => answer.status)).toEqual(Array(40).fill(200));
    expectRateLimited(answers[40]);
    expect(answers[40].body.details).toEqual(expect.objectContaining({ limit: 40, windowSeconds: 60 }));
    await client(testApp, await testApp.tokenFor(['auditor'], null, randomUUID())).get('/api/v1/members?limit=1').expect(200);
  });

  it('counts requests without an account by the client address', async () => {
    const server = testApp.app.getHttpServer();
    const answers = [];
    for (let index = 0; index < 41; index += 1) {
      answers.push(await request(server).post('/api/v1/auth/refresh').send({ refreshToken: `not-a-token-${index}` }));
    }
    expect(new Set(answers.slice(0, 40).map((answer) => answer.status))).toEqual(new Set([401]));
    expectRateLimited(answers[40]);
  });
});

describe('waits and streams per account', () => {
  it('refuses a third concurrent minPosition wait of one account and lets other accounts wait', async () => {
    const waiter = client(testApp, await testApp.tokenFor(['auditor'], null, randomUUID()));
    const unreachable = '/api/v1/members?minPosition=999999999999-1';
    const answers = await Promise.all([waiter.get(unreachable), waiter.get(unreachable), waiter.get(unreachable)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 429]);
    expectRateLimited(answers.find((answer) => answer.status === 429)!);
    // The slots come back when the waits end.
    const again = await waiter.get(unreachable).expect(200);
    expect(again.headers['stale-read']).toBe('true');
  });

  it('refuses a second open tally stream of one account until the first is closed', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id, opened } = await openGroupVote(secretariat, groupId, 60_000);
    await secretariat.get(`/api/v1/resolutions/${id}?minPosition=${opened.position}`).expect(200);
    const token = await testApp.tokenFor(['auditor'], null, randomUUID());
    const server = testApp.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/resolutions/${id}/tally/stream`;
    const first = new AbortController();
    const stream = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: first.signal });
    expect(stream.status).toBe(200);
    const second = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect([second.status, ((await second.json()) as { code: string }).code, Number(second.headers.get('retry-after')) > 0]).toEqual([429, 'RATE_LIMITED', true]);
    const other = new AbortController();
    const ofAnotherAccount = await fetch(url, { headers: { Authorization: `Bearer ${await testApp.tokenFor(['auditor'], null, randomUUID())}` }, signal: other.signal });
    expect(ofAnotherAccount.status).toBe(200);
    other.abort();
    first.abort();
    let third: Response | undefined;
    for (let attempt = 0; attempt < 50 && third?.status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      third = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    }
    expect(third?.status).toBe(200);
    await third?.body?.cancel();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
