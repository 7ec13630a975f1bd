import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { features } from '#accord/composition';
import { establish, eventually, LETTER_IDS } from '../founding/founding-support.js';
import { client, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { draftBody, openingBody, passed } from '../voting/voting-fixtures.js';

// Founders RU, UZ and KZ become members (member id = letter id). RU's representative reads; UZ's data is another's.
const OWN = LETTER_IDS.RU;
const OTHER = LETTER_IDS.UZ;
const THIRD = LETTER_IDS.KZ;
const OTHER_ACCOUNT = randomUUID();

let secretariat: Client;
let representative: Client;
let committee: Client;
let resolutionId: string;
let powerOfAttorneyId: string;

/** What of UZ no representative of another organization may read, anywhere. */
const OTHER_PRIVATE_TEXT = ['office@uz.test.example', 'head@uz.test.example', '301234567', OTHER_ACCOUNT];
/** Fields of a ballot that say how an organization voted, who cast it and when. */
const BALLOT_PRIVATE_FIELDS = ['choice', 'actorId', 'history', 'castAt', 'eventId', 'recordAgainst', 'onBehalfOf', 'ballotEventId'];

const testApp = testAppForSuite(() => createTestApp(features.filter((entry) => entry.feature.name !== 'identity')));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  representative = client(testApp, await testApp.tokenFor(['representative'], OWN));
  committee = client(testApp, await testApp.tokenFor(['committee']));
  const otherRepresentative = client(testApp, await testApp.tokenFor(['representative'], OTHER, OTHER_ACCOUNT));

  await establish(secretariat as never, ['RU', 'UZ', 'KZ']);
  await eventually(async () => {
    const members = (await secretariat.get('/api/v1/members?status=admitted').expect(200)).body.items as unknown[];
    expect(members).toHaveLength(3);
  });
  const power = await otherRepresentative
    .post('/api/v1/powers-of-attorney', {
      proxyOrganizationId: THIRD,
      documentSha256: 'a'.repeat(64),
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
      scope: { kind: 'body', body: { kind: 'general_assembly' } },
    })
    .expect(201);
  powerOfAttorneyId = power.body.id;

  resolutionId = (await secretariat.post('/api/v1/resolutions', draftBody()).expect(201)).body.id;
  const opening = openingBody(1_500);
  await secretariat.post(`/api/v1/resolutions/${resolutionId}/voting`, opening).expect(201);
  await representative.post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice: 'for' }).expect(201);
  await otherRepresentative.post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice: 'for' }).expect(201);
  await otherRepresentative.post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice: 'against', recordAgainst: true }).expect(201);
  await passed(opening.closesAt);
  const closing = await secretariat.post(`/api/v1/resolutions/${resolutionId}/closing`).expect(201);
  await secretariat.get(`/api/v1/resolutions/${resolutionId}?minPosition=${closing.body.position}`).expect(200);
  await secretariat.get(`/api/v1/powers-of-attorney/${powerOfAttorneyId}?minPosition=${closing.body.position}`).expect(200);
});

/** Every object in a JSON document, however deep. */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (typeof value !== 'object' || value === null) return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsIn)];
}

/** What a representative of RU must never read about UZ. */
function leaksOfOther(body: unknown): string[] {
  const text = JSON.stringify(body) ?? '';
  const texts = OTHER_PRIVATE_TEXT.filter((secret) => text.includes(secret)).map((secret) => `text ${secret}`);
  const ballots = objectsIn(body)
    .filter((object) => object.organizationId === OTHER)
    .flatMap((object) => BALLOT_PRIVATE_FIELDS.filter((field) => field in object).map((field) => `field ${field} of ${OTHER}`));
  return [...texts, ...ballots];
}

/** A concrete path for every template of the OpenAPI document, naming UZ's records where a record is asked for. */
function concrete(template: string): string {
  const ids: Record<string, string> = {
    '/api/v1/resolutions/{id}': resolutionId,
    '/api/v1/members/{id}': OTHER,
    '/api/v1/powers-of-attorney/{id}': powerOfAttorneyId,
    '/api/v1/accounts/{id}': OTHER_ACCOUNT,
  };
  return template
    .replace(/^(\/api\/v1\/[a-z-]+\/)\{id\}/, (whole, prefix: string) => `${prefix}${ids[whole] ?? randomUUID()}`)
    .replace('{organizationId}', OTHER)
    .replace('{number}', '1')
    .replace('{streamId}', `member-${OTHER}`)
    .replace(/\{[^}]+\}/g, randomUUID());
}

async function readRoutes(): Promise<string[]> {
  const document = (await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .filter(([, operations]) => 'get' in operations)
    .map(([template]) => template);
}

describe('field visibility on every read endpoint', () => {
  it('never shows a representative the private fields of another organization', async () => {
    const routes = await readRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const answered: string[] = [];
    for (const template of routes) {
      const response = await representative.get(concrete(template));
      expect([template, response.status < 500]).toEqual([template, true]);
      expect([template, leaksOfOther(response.body)]).toEqual([template, []]);
      if (response.status === 200) answered.push(template);
    }
    // The reads that do answer a representative are the ones that could leak: they must be among those checked.
    expect(answered).toEqual(
      expect.arrayContaining(['/api/v1/founding', '/api/v1/resolutions/{id}', '/api/v1/resolutions/{id}/minutes', '/api/v1/resolutions/{id}/tally', '/api/v1/resolutions']),
    );
  });

  it('shows the reading roles the private fields of every organization, so the check above is not vacuous', async () => {
    const founding = (await committee.get('/api/v1/founding').expect(200)).body;
    const resolution = (await committee.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
    expect(leaksOfOther(founding)).toEqual(expect.arrayContaining(['text office@uz.test.example', 'text head@uz.test.example', 'text 301234567']));
    expect(leaksOfOther(resolution)).toEqual(expect.arrayContaining([`text ${OTHER_ACCOUNT}`, `field choice of ${OTHER}`, `field history of ${OTHER}`]));
  });

  it('shows a representative every field of its own organization', async () => {
    const founding = (await representative.get('/api/v1/founding').expect(200)).body;
    const own = founding.founders.find((founder: { letterId: string }) => founder.letterId === OWN);
    expect(own).toEqual(expect.objectContaining({ representative: expect.objectContaining({ email: 'head@ru.test.example' }) }));
    expect(own.organization).toEqual(expect.objectContaining({ contacts: expect.objectContaining({ email: 'office@ru.test.example' }), nationalIdentifier: expect.any(Object) }));
    const resolution = (await representative.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
    expect(resolution.ballots.find((ballot: { organizationId: string }) => ballot.organizationId === OWN)).toEqual(
      expect.objectContaining({ choice: 'for', history: expect.any(Array) }),
    );
  });

  it('shows a representative the roll of who took part, and the minutes with the named result', async () => {
    const resolution = (await representative.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
    expect(resolution.ballots.find((ballot: { organizationId: string }) => ballot.organizationId === OTHER)).toEqual({ organizationId: OTHER, name: expect.any(Object) });
    expect(resolution.result).toEqual(expect.objectContaining({ participants: 2, for: 1, against: 1 }));
    const founding = (await representative.get('/api/v1/founding').expect(200)).body;
    expect(founding.founders.find((founder: { letterId: string }) => founder.letterId === OTHER)).toEqual(
      expect.objectContaining({ letterId: OTHER, organization: { name: expect.any(Object), country: 'UZ', legalForm: expect.any(Object), category: 'staffing_agency' } }),
    );
    const minutes = (await representative.get(`/api/v1/resolutions/${resolutionId}/minutes`).expect(200)).body;
    expect(minutes.participants.value.map((participant: { organizationId: string }) => participant.organizationId).sort()).toEqual([OWN, OTHER].sort());
    expect(minutes.recordedAgainst.value).toEqual([expect.objectContaining({ organizationId: OTHER })]);
  });

  it('refuses a representative another organization’s card, voting record and power of attorney, as before', async () => {
    for (const path of [`/api/v1/members/${OTHER}`, `/api/v1/resolutions/voting-record/${OTHER}`, `/api/v1/powers-of-attorney/${powerOfAttorneyId}`]) {
      const response = await representative.get(path);
      expect([path, response.status, response.body.code]).toEqual([path, 403, 'OWN_ORGANIZATION_ONLY']);
    }
  });
});
