import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startEmbeddedServer, type EmbeddedServer } from '#accord/postgres';
import { appeals, RUSSIAN_MINISTRY } from '../appeals/appeal-fixtures.js';
import { applicationBody, client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// A cluster of this suite's own, so that stopping it stops no other suite's database.
let dataDir: string;
let cluster: EmbeddedServer;
let testApp: TestApp;
let operator: string;
let secretariat: Client;
const runServerUrl = process.env.ACCORD_TEST_SERVER_URL;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-outage-'));
  cluster = await startEmbeddedServer({ dataDir });
  process.env.ACCORD_TEST_SERVER_URL = cluster.url;
  testApp = await createTestApp([membership, appeals]);
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  // The health detail is an operator's; the account is known to the server before the outage.
  operator = await testApp.tokenFor(['auditor']);
  await request(testApp.app.getHttpServer()).get('/health').set('Authorization', `Bearer ${operator}`).expect(200);
});

afterAll(async () => {
  await testApp.close();
  process.env.ACCORD_TEST_SERVER_URL = runServerUrl;
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Commands and reads without pause until `stop` resolves; every answer is kept. */
async function load(until: Promise<unknown>): Promise<request.Response[]> {
  let done = false;
  void until.finally(() => (done = true));
  const answers: request.Response[] = [];
  const worker = async (index: number) => {
    for (let round = 0; !done; round += 1) {
      const name = { ru: `Министерство ${index}-${round}`, en: `Ministry ${index}-${round}` };
      answers.push(await secretariat.post('/api/v1/addressees', { ...RUSSIAN_MINISTRY, name }));
      answers.push(await secretariat.get('/api/v1/addressees?limit=5'));
      // An application holds a lock session while it writes through another pool: a session idle in between.
      answers.push(await secretariat.post('/api/v1/members', applicationBody()));
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, index) => worker(index)));
  return answers;
}

async function eventually(check: () => Promise<boolean>, timeoutMilliseconds: number): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await sleep(200);
  }
}

describe('the database going away under load', () => {
  it('keeps the server up, answers 503 with Retry-After meanwhile, reports it on /health and recovers by itself', async () => {
    const server = testApp.app.getHttpServer();
    const outage = (async () => {
      await sleep(500);
      await cluster.stop();
      const health = await request(server).get('/health').set('Authorization', `Bearer ${operator}`);
      const command = await secretariat.post('/api/v1/addressees', RUSSIAN_MINISTRY);
      await sleep(1_500);
      cluster = await startEmbeddedServer({ dataDir });
      return { health, command };
    })();
    const answers = await load(outage);
    const { health, command } = await outage;

    expect(health.status).toBe(503);
    expect(health.body.database.status).toBe('down');
    expect([command.status, command.body.code, command.headers['retry-after']]).toEqual([503, 'DATABASE_UNAVAILABLE', '5']);
    const statuses = new Set(answers.map((answer) => answer.status));
    expect([...statuses].filter((status) => ![200, 201, 503].includes(status))).toEqual([]);
    for (const answer of answers.filter((each) => each.status === 503)) {
      expect(answer.headers['retry-after']).toBe('5');
      expect(answer.body).toEqual(expect.objectContaining({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: expect.any(String) }));
    }

    // Back without a restart of the server: commands, reads and the read models.
    await eventually(async () => (await request(server).get('/health')).status === 200, 30_000);
    const name = { ru: 'Министерство после сбоя', en: 'Ministry after the outage' };
    const written = await secretariat.post('/api/v1/addressees', { ...RUSSIAN_MINISTRY, name }).expect(201);
    await eventually(async () => {
      const read = await secretariat.get(`/api/v1/addressees/${written.body.id as string}`);
      return read.status === 200;
    }, 60_000);
  }, 120_000);
});
