import { admittedMember, client, assemblyDecision, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { ProjectionRebuilder, ProjectionRunner } from '#accord/projections';
import { powerOfAttorneyEndsProcess, powersOfAttorneyProjection } from '#accord/voting';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { establishedGroup, workingGroups } from '../working-groups/working-group-fixtures.js';
import { drafted, openingBody, voting, type CommandAnswer } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});

const representativeOf = async (organizationId: string) => client(testApp, await testApp.tokenFor(['representative'], organizationId));
const ASSEMBLY = { kind: 'body', body: { kind: 'general_assembly' } };
const reason = { ru: 'Неуплата взносов', en: 'Unpaid dues' };

function grantBody(proxyOrganizationId: string, scope: object = ASSEMBLY) {
  return {
    proxyOrganizationId,
    documentSha256: 'e'.repeat(64),
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    scope,
  };
}

/** Grants a power as the principal's representative; with `status`, expects that answer. */
const grant = async (principal: string, proxy: string, scope?: object, status?: number) => {
  const request = (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grantBody(proxy, scope));
  return status === undefined ? request : request.expect(status);
};

/** Polls the power until the process manager has ended it. */
async function endedPower(id: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await auditor.get(`/api/v1/powers-of-attorney/${id}`);
    if (response.status === 200 && response.body.status === 'ended') return response.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`power ${id} did not end`);
}

async function membershipEventId(organizationId: string, type: string): Promise<string> {
  const { rows } = await testApp.database.pool.query<{ event_id: string }>('SELECT event_id FROM ledger.events WHERE stream_id = $1 AND type = $2', [
    `member-${organizationId}`,
    type,
  ]);
  return rows[0].event_id;
}

describe('one power of attorney in force per principal and vote', () => {
  it('accepts one of three powers for the same scope to three proxies sent at once, and refuses the others without writing', async () => {
    const [principal, ...proxies] = await Promise.all([1, 2, 3, 4].map(async () => (await admittedMember(secretariat)).id));
    const before = await eventCount(testApp);
    const answers = await Promise.all(proxies.map((proxy) => grant(principal, proxy)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 422, 422]);
    for (const refused of answers.filter((answer) => answer.status === 422)) expect(refused.body.code).toBe('POWER_OF_ATTORNEY_SCOPE_TAKEN');
    // The accepted grant wrote its listing and the power itself, nothing else.
    expect(await eventCount(testApp)).toBe(before + 2);
  });

  it('refuses a power for one resolution while a power for its whole body is in force, and accepts one after the revocation', async () => {
    const [principal, first, second] = await Promise.all([1, 2, 3].map(async () => (await admittedMember(secretariat)).id));
    const body = (await grant(principal, first, undefined, 201)).body as CommandAnswer;
    const { id: resolutionId } = await drafted(secretariat);
    const single = { kind: 'resolution', resolutionId };
    const refused = await grant(principal, second, single, 422);
    expect(refused.body).toMatchObject({ code: 'POWER_OF_ATTORNEY_SCOPE_TAKEN', details: { powerOfAttorneyId: body.id } });
    await (await representativeOf(principal)).post(`/api/v1/powers-of-attorney/${body.id}/revocation`, { reason }).expect(201);
    await grant(principal, second, single, 201);
  });
});

describe('a proxy entitled to vote in the body', () => {
  it('refuses an observer as proxy with 422 PROXY_NOT_ENTITLED and writes nothing', async () => {
    const principal = (await admittedMember(secretariat)).id;
    const observer = (await admittedMember(secretariat, 'observer')).id;
    const before = await eventCount(testApp);
    const refused = await grant(principal, observer, undefined, 422);
    expect(refused.body).toMatchObject({ code: 'PROXY_NOT_ENTITLED', details: { organizationId: observer } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a suspended organization as proxy', async () => {
    const [principal, proxy] = await Promise.all([1, 2].map(async () => (await admittedMember(secretariat)).id));
    await secretariat.post(`/api/v1/members/${proxy}/suspension`, { reason, decision: assemblyDecision }).expect(201);
    expect((await grant(principal, proxy, undefined, 422)).body.code).toBe('PROXY_NOT_ENTITLED');
  });

  it('refuses, for a working group, a proxy that does not sit in it', async () => {
    const group = await establishedGroup(secretariat, 1);
    const outsider = (await admittedMember(secretariat)).id;
    const scope = { kind: 'body', body: { kind: 'working_group', workingGroupId: group.id } };
    expect((await grant(group.members[0], outsider, scope, 422)).body.code).toBe('PROXY_NOT_ENTITLED');
  });

  it('refuses a principal that has no vote to give', async () => {
    const [observer, proxy] = [(await admittedMember(secretariat, 'observer')).id, (await admittedMember(secretariat)).id];
    expect((await grant(observer, proxy, undefined, 422)).body.code).toBe('PRINCIPAL_NOT_ENTITLED');
  });
});

describe('the end of a power when a party loses its vote', () => {
  it('ends the power when the proxy is suspended, naming the suspension, and refuses the proxy’s ballot from then on', async () => {
    const [principal, proxy] = await Promise.all([1, 2].map(async () => (await admittedMember(secretariat)).id));
    const { id: resolutionId } = await drafted(secretariat);
    await secretariat.post(`/api/v1/resolutions/${resolutionId}/voting`, openingBody(60_000)).expect(201);
    const power = (await grant(principal, proxy, undefined, 201)).body as CommandAnswer;
    await secretariat.post(`/api/v1/members/${proxy}/suspension`, { reason, decision: assemblyDecision }).expect(201);
    const ended = await endedPower(power.id);
    expect(ended).toMatchObject({
      active: false,
      endedAt: expect.any(String),
      endCause: { kind: 'member_suspended', organizationId: proxy, eventId: await membershipEventId(proxy, 'MemberSuspended') },
    });
    const ballot = await (await representativeOf(proxy))
      .post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice: 'for', organizationId: principal, powerOfAttorneyId: power.id })
      .expect(422);
    expect(ballot.body).toMatchObject({ code: 'PROXY_NOT_VALID', details: { reason: 'ended' } });
  });

  it.each([
    ['expelled', 'expulsion', { decision: assemblyDecision }, 'member_expelled', 'MemberExpelled'],
    ['withdraws', 'withdrawal', { noticeDate: '2026-11-30' }, 'membership_withdrawn', 'MembershipWithdrawn'],
  ])('ends the power when the principal is %s', async (_, act, body, kind, eventType) => {
    const [principal, proxy] = await Promise.all([1, 2].map(async () => (await admittedMember(secretariat)).id));
    const power = (await grant(principal, proxy, undefined, 201)).body as CommandAnswer;
    await secretariat.post(`/api/v1/members/${principal}/${act}`, body).expect(201);
    const ended = await endedPower(power.id);
    expect(ended.endCause).toEqual({ kind, organizationId: principal, eventId: await membershipEventId(principal, eventType) });
    const { rows } = await testApp.database.pool.query('SELECT metadata FROM ledger.events WHERE stream_id = $1 AND type = $2', [
      `power-of-attorney-${power.id}`,
      'PowerOfAttorneyEnded',
    ]);
    expect(rows[0].metadata).toMatchObject({ actorId: 'system:power_of_attorney_ends', causationId: await membershipEventId(principal, eventType) });
  });

  it('refuses the representative of an expelled organization a new power', async () => {
    const [principal, proxy] = await Promise.all([1, 2].map(async () => (await admittedMember(secretariat)).id));
    await secretariat.post(`/api/v1/members/${principal}/expulsion`, { decision: assemblyDecision }).expect(201);
    // Once the departure has been handled, a representative bound afterwards is refused by the rule itself.
    expect(await testApp.app.get(ProjectionRunner).caughtUp()).toBe(true);
    await representativeOf(principal);
    const before = await eventCount(testApp);
    expect((await grant(principal, proxy, undefined, 422)).body.code).toBe('PRINCIPAL_NOT_ENTITLED');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('keeps a revoked power as it was', async () => {
    const [principal, proxy] = await Promise.all([1, 2].map(async () => (await admittedMember(secretariat)).id));
    const power = (await grant(principal, proxy, undefined, 201)).body as CommandAnswer;
    await (await representativeOf(principal)).post(`/api/v1/powers-of-attorney/${power.id}/revocation`, { reason }).expect(201);
    const suspended = (await secretariat.post(`/api/v1/members/${proxy}/suspension`, { reason, decision: assemblyDecision }).expect(201)).body as CommandAnswer;
    // Let the process manager pass the suspension: it must find nothing to end.
    await auditor.get(`/api/v1/powers-of-attorney?minPosition=${suspended.position}`).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const record = (await auditor.get(`/api/v1/powers-of-attorney/${power.id}`).expect(200)).body;
    expect(record).toMatchObject({ status: 'revoked', endCause: null });
  });
});

describe('the powers of attorney read model', () => {
  it('is the same after a rebuild from the ledger, ends and refusals included', async () => {
    // First the process manager's ends of powers, then the powers read model past them.
    await testApp.app.get(ProjectionRunner).awaitAppended([powerOfAttorneyEndsProcess.name], 10_000);
    await testApp.app.get(ProjectionRunner).awaitAppended([powersOfAttorneyProjection.name], 10_000);
    const snapshot = async () => (await testApp.database.pool.query('SELECT * FROM read.powers_of_attorney ORDER BY id')).rows;
    const before = await snapshot();
    expect(before.some((row) => row.status === 'ended')).toBe(true);
    await testApp.app.get(ProjectionRebuilder).rebuild(powersOfAttorneyProjection);
    expect(await snapshot()).toEqual(before);
  });
});
