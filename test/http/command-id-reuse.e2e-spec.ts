import { randomUUID } from 'node:crypto';
import { appliedMember, applicationBody, client, assemblyDecision, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';
import { draftBody, voting } from '../voting/voting-fixtures.js';

const testApp = suiteApp([membership, voting]);
let secretariat: Client;
let admin: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  admin = client(testApp, await testApp.tokenFor(['admin']));
});

const reason = (en: string) => ({ ru: 'Неуплата взносов', en });

/** Sends the first body, then the second under the same commandId: the second must be refused and record nothing. */
async function expectReuseRefused(by: Client, path: string, first: object, second: object) {
  const commandId = randomUUID();
  const answer = (await by.post(path, { ...first, commandId }).expect(201)).body;
  const before = await eventCount(testApp);
  const refused = await by.post(path, { ...second, commandId }).expect(409);
  expect(refused.body).toMatchObject({ statusCode: 409, code: 'COMMAND_ID_REUSED' });
  expect(await eventCount(testApp)).toBe(before);
  const repeated = await by.post(path, { ...first, commandId }).expect(201);
  expect(repeated.body).toEqual(answer);
  expect(await eventCount(testApp)).toBe(before);
  return answer;
}

describe('a commandId used again', () => {
  it('refuses another application under the same commandId and repeats the first answer for the same one', async () => {
    await expectReuseRefused(secretariat, '/api/v1/members', applicationBody(), applicationBody());
  });

  it('refuses a suspension with another reason under the same commandId', async () => {
    const { id } = await appliedMember(secretariat);
    await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision }).expect(201);
    const suspension = (text: string) => ({ reason: reason(text), decision: assemblyDecision });
    await expectReuseRefused(secretariat, `/api/v1/members/${id}/suspension`, suspension('Unpaid dues'), suspension('Another reason'));
  });

  it('refuses a draft resolution with another title under the same commandId', async () => {
    const other = draftBody({ title: { ru: 'Другое', en: 'Something else' } });
    await expectReuseRefused(secretariat, '/api/v1/resolutions', draftBody(), other);
  });

  it('refuses an account with another e-mail under the same commandId', async () => {
    const account = (email: string) => ({ name: 'Секретарь', email, password: 'a-long-enough-password', roles: ['secretariat'] });
    await expectReuseRefused(admin, '/api/v1/accounts', account(`${randomUUID()}@accord.example`), account(`${randomUUID()}@accord.example`));
  });

  it('refuses the same commandId for another act on the same record', async () => {
    const { id } = await appliedMember(secretariat);
    const commandId = randomUUID();
    await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision, commandId }).expect(201);
    const before = await eventCount(testApp);
    const refused = await secretariat.post(`/api/v1/members/${id}/suspension`, { reason: reason('Unpaid dues'), decision: assemblyDecision, commandId });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('COMMAND_ID_REUSED');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses the same commandId on another record', async () => {
    const [first, second] = [await appliedMember(secretariat), await appliedMember(secretariat)];
    const commandId = randomUUID();
    const rejection = { reason: reason('Incomplete application'), commandId };
    await secretariat.post(`/api/v1/members/${first.id}/rejection`, rejection).expect(201);
    const refused = await secretariat.post(`/api/v1/members/${second.id}/rejection`, rejection).expect(409);
    expect(refused.body.code).toBe('COMMAND_ID_REUSED');
  });
});
