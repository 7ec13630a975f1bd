import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { admittedMember, client, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { anotherInstance, createTestApp, type TestApp } from '../support/test-app.js';
import { establishedGroup, workingGroups } from './working-group-fixtures.js';

const ORGANIZATIONS = 50;

let testApp: TestApp;
let second: NestFastifyApplication;
let secretariat: Client;
let token: string;

beforeAll(async () => {
  testApp = await createTestApp([membership, workingGroups]);
  second = await anotherInstance(testApp, [membership, workingGroups]);
  token = await testApp.tokenFor(['secretariat']);
  secretariat = client(testApp, token);
}, 60_000);
afterAll(async () => {
  await second.close();
  await testApp.close();
});

async function admitted(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push((await admittedMember(secretariat)).id);
  return ids;
}

/** Seats every organization at once, each request to the server instance `serverFor` picks. */
function seatAtOnce(groupId: string, organizationIds: readonly string[], serverFor: (index: number) => NestFastifyApplication) {
  return Promise.all(
    organizationIds.map((organizationId, index) =>
      request(serverFor(index).getHttpServer())
        .post(`/api/v1/working-groups/${groupId}/members`)
        .set('Authorization', `Bearer ${token}`)
        .send({ organizationId }),
    ),
  );
}

async function groupVersion(groupId: string): Promise<number> {
  const { rows } = await testApp.database.pool.query('SELECT max(version)::int AS version FROM ledger.events WHERE stream_id = $1', [`working-group-${groupId}`]);
  return rows[0].version;
}

describe('commands sent at once on one working group without expectedVersion', () => {
  it('given 50 organizations seated at once, when each request arrives, then every one is answered 201 and seated once', async () => {
    const group = await establishedGroup(secretariat, 1);
    const organizations = await admitted(ORGANIZATIONS);
    const before = await eventCount(testApp);
    const responses = await seatAtOnce(group.id, organizations, () => testApp.app);
    expect(responses.map((response) => response.status)).toEqual(organizations.map(() => 201));
    expect(await eventCount(testApp)).toBe(before + ORGANIZATIONS);
    expect(new Set(responses.map((response) => response.body.version))).toEqual(new Set(organizations.map((_, index) => index + 2)));
    expect(await groupVersion(group.id)).toBe(ORGANIZATIONS + 1);
  }, 120_000);

  it('given two server instances on one database, when 50 seatings are spread over both, then every one is answered 201', async () => {
    const group = await establishedGroup(secretariat, 1);
    const organizations = await admitted(ORGANIZATIONS);
    const responses = await seatAtOnce(group.id, organizations, (index) => (index % 2 === 0 ? testApp.app : second));
    expect(responses.map((response) => response.status)).toEqual(organizations.map(() => 201));
    expect(await groupVersion(group.id)).toBe(ORGANIZATIONS + 1);
  }, 120_000);

  it('given seatings at once, when one more request states the version from before them, then it is refused with 409 and records nothing', async () => {
    const group = await establishedGroup(secretariat, 1);
    const [late, ...organizations] = await admitted(11);
    const responses = await seatAtOnce(group.id, organizations, () => testApp.app);
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const before = await eventCount(testApp);
    const stale = await secretariat.post(`/api/v1/working-groups/${group.id}/members`, { organizationId: late, expectedVersion: group.version }).expect(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: group.version, actualVersion: group.version + 10 } });
    expect(await eventCount(testApp)).toBe(before);
  }, 120_000);
});
