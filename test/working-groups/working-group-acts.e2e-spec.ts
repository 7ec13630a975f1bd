import { randomUUID } from 'node:crypto';
import { admittedMember, appliedMember, client, assemblyDecision, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';
import { establishedGroup, establishmentBody, sha256, workingGroups } from './working-group-fixtures.js';

const testApp = suiteApp([membership, workingGroups]);
let secretariat: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

async function group(id: string, position: string) {
  return (await secretariat.get(`/api/v1/working-groups/${id}?minPosition=${position}`).expect(200)).body;
}

describe('establishing a working group', () => {
  it('establishes a group of member organizations by a decision and answers 201', async () => {
    const chair = await admittedMember(secretariat);
    const other = await admittedMember(secretariat, 'observer');
    const decision = assemblyDecision;
    const response = await secretariat.post('/api/v1/working-groups', establishmentBody([chair.id, other.id], { decision })).expect(201);
    expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1, position: expect.any(String), events: [expect.any(String)] });
    expect(await group(response.body.id, response.body.position)).toMatchObject({
      name: { ru: 'Рабочая группа по организованному набору', en: 'Working group on organized recruitment' },
      status: 'active',
      chair: { organizationId: chair.id, name: { ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' }, country: 'RU', status: 'admitted' },
      members: expect.arrayContaining([expect.objectContaining({ organizationId: chair.id }), expect.objectContaining({ organizationId: other.id })]),
      deliverables: [],
      meetings: [],
      establishedBy: decision,
      version: 1,
    });
  });

  it('counts a suspended member as a member organization', async () => {
    const suspended = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/members/${suspended.id}/suspension`, { reason: { ru: 'Неуплата взносов' }, decision: assemblyDecision }).expect(201);
    await secretariat.post('/api/v1/working-groups', establishmentBody([suspended.id])).expect(201);
  });

  it('refuses organizations that are not member organizations with 422 ORGANIZATIONS_NOT_ELIGIBLE listing them, and records nothing', async () => {
    const member = await admittedMember(secretariat);
    const applicant = await appliedMember(secretariat);
    const stranger = randomUUID();
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/working-groups', establishmentBody([member.id, applicant.id, stranger])).expect(422);
    expect(response.body).toMatchObject({ code: 'ORGANIZATIONS_NOT_ELIGIBLE', details: { organizationIds: [applicant.id, stranger] } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses an expelled organization', async () => {
    const expelled = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/members/${expelled.id}/expulsion`, { decision: assemblyDecision }).expect(201);
    const response = await secretariat.post('/api/v1/working-groups', establishmentBody([expelled.id])).expect(422);
    expect(response.body.details.organizationIds).toEqual([expelled.id]);
  });

  it('refuses a chair that is not among the members with 422 CHAIR_NOT_A_MEMBER', async () => {
    const [chair, member] = [await admittedMember(secretariat), await admittedMember(secretariat)];
    const response = await secretariat
      .post('/api/v1/working-groups', establishmentBody([member.id], { chairOrganizationId: chair.id }))
      .expect(422);
    expect(response.body.code).toBe('CHAIR_NOT_A_MEMBER');
  });

  it.each([
    ['a name without English', { name: { ru: 'Группа' } }, 'name.en'],
    ['a blank Russian mandate', { mandate: { ru: '  ' } }, 'mandate.ru'],
    ['no members', { memberOrganizationIds: [] }, 'memberOrganizationIds'],
    ['a member id that is not a UUID', { memberOrganizationIds: ['org-1'] }, 'memberOrganizationIds'],
    ['a decision dated on a day that does not exist', { decision: { kind: 'decision', reference: 'Протокол № 1', date: '2026-04-31' } }, 'decision.date'],
  ])('refuses %s with 400 naming the field', async (_, overrides, field) => {
    const member = await admittedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/working-groups', establishmentBody([member.id], overrides)).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers a repeated commandId with the first answer and records nothing more', async () => {
    const member = await admittedMember(secretariat);
    const body = { ...establishmentBody([member.id]), commandId: randomUUID() };
    const first = await secretariat.post('/api/v1/working-groups', body).expect(201);
    const before = await eventCount(testApp);
    const again = await secretariat.post('/api/v1/working-groups', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each(['representative', 'committee', 'auditor', 'admin'] as const)('is refused to the %s role, and records nothing', async (role) => {
    const member = await admittedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await client(testApp, await testApp.tokenFor([role], role === 'representative' ? member.id : null))
      .post('/api/v1/working-groups', establishmentBody([member.id]))
      .expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('members and chair', () => {
  it('adds a member organization', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const newcomer = await admittedMember(secretariat);
    const added = await secretariat.post(`/api/v1/working-groups/${id}/members`, { organizationId: newcomer.id }).expect(201);
    expect((await group(id, added.body.position)).members.map((member: { organizationId: string }) => member.organizationId)).toContain(newcomer.id);
  });

  it('refuses to add an organization that is not a member organization, and records nothing', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const applicant = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/members`, { organizationId: applicant.id }).expect(422);
    expect(response.body).toMatchObject({ code: 'ORGANIZATIONS_NOT_ELIGIBLE', details: { organizationIds: [applicant.id] } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses to add a member twice with 422 ALREADY_A_GROUP_MEMBER', async () => {
    const { id, members } = await establishedGroup(secretariat, 1);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/members`, { organizationId: members[0] }).expect(422);
    expect(response.body.code).toBe('ALREADY_A_GROUP_MEMBER');
  });

  it('answers 404 for a group that was never established', async () => {
    const member = await admittedMember(secretariat);
    const response = await secretariat.post(`/api/v1/working-groups/${randomUUID()}/members`, { organizationId: member.id }).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
    await secretariat.post(`/api/v1/working-groups/${randomUUID()}/chair`, { organizationId: member.id }).expect(404);
  });

  it('removes a member that does not chair', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const removed = await secretariat.post(`/api/v1/working-groups/${id}/members/${members[1]}/removal`).expect(201);
    expect((await group(id, removed.body.position)).members.map((member: { organizationId: string }) => member.organizationId)).toEqual([members[0]]);
  });

  it('refuses to remove the chair with 422 CHAIR_CANNOT_BE_REMOVED', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/members/${members[0]}/removal`).expect(422);
    expect(response.body.code).toBe('CHAIR_CANNOT_BE_REMOVED');
  });

  it('reassigns the chair to another member', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const reassigned = await secretariat.post(`/api/v1/working-groups/${id}/chair`, { organizationId: members[1] }).expect(201);
    expect((await group(id, reassigned.body.position)).chair.organizationId).toBe(members[1]);
  });

  it('refuses a chair from outside the group with 422 NOT_A_GROUP_MEMBER', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const outsider = await admittedMember(secretariat);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/chair`, { organizationId: outsider.id }).expect(422);
    expect(response.body.code).toBe('NOT_A_GROUP_MEMBER');
  });

  it('refuses a stale expectedVersion with 409 CONCURRENCY_CONFLICT and records nothing', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    await secretariat.post(`/api/v1/working-groups/${id}/chair`, { organizationId: members[1] }).expect(201);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/chair`, { organizationId: members[0], expectedVersion: 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: 1, actualVersion: 2 } });
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('deliverables', () => {
  const title = { ru: 'Проект рекомендаций для МПА СНГ', en: 'Draft recommendations for the IPA CIS' };

  it('adds a deliverable under the id given, and records its delivery', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'recommendations', title, dueDate: '2099-10-31' }).expect(201);
    const delivered = await secretariat
      .post(`/api/v1/working-groups/${id}/deliverables/recommendations/delivery`, { documentSha256: sha256('A'), date: '2026-10-20' })
      .expect(201);
    expect((await group(id, delivered.body.position)).deliverables).toEqual([
      { id: 'recommendations', title, dueDate: '2099-10-31', status: 'delivered', deliveredOn: '2026-10-20', documentSha256: sha256('a') },
    ]);
  });

  it('derives the id of a deliverable from the commandId when none is given', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const commandId = randomUUID();
    const first = await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { title, dueDate: '2099-01-31', commandId }).expect(201);
    const again = await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { title, dueDate: '2099-01-31', commandId }).expect(201);
    expect(again.body).toEqual(first.body);
    const { deliverables } = await group(id, first.body.position);
    expect(deliverables).toEqual([expect.objectContaining({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'open' })]);
  });

  it('shows a deliverable past its due date as overdue', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const added = await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'late', title, dueDate: '2020-01-31' }).expect(201);
    expect((await group(id, added.body.position)).deliverables[0].status).toBe('overdue');
  });

  it.each([
    ['a due date that does not exist', { id: 'x', title, dueDate: '2026-02-29' }, 'dueDate'],
    ['an id with spaces', { id: 'my deliverable', title, dueDate: '2026-02-28' }, 'id'],
    ['a title without Russian', { title: { en: 'Draft' }, dueDate: '2026-02-28' }, 'title.ru'],
  ])('refuses %s with 400', async (_, body, field) => {
    const { id } = await establishedGroup(secretariat, 1);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, body).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('refuses a delivery whose document hash is not a SHA-256', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'd', title, dueDate: '2099-01-31' }).expect(201);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/deliverables/d/delivery`, { documentSha256: 'abc', date: '2026-10-20' }).expect(400);
    expect(response.body.details[0].field).toBe('documentSha256');
  });

  it('refuses to deliver twice with 422 DELIVERABLE_ALREADY_DELIVERED', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'd', title, dueDate: '2099-01-31' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables/d/delivery`, { documentSha256: sha256('b'), date: '2026-10-20' }).expect(201);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/deliverables/d/delivery`, { documentSha256: sha256('c'), date: '2026-10-21' }).expect(422);
    expect(response.body.code).toBe('DELIVERABLE_ALREADY_DELIVERED');
  });

  it('refuses to deliver a deliverable the group does not have', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/deliverables/nothing/delivery`, { documentSha256: sha256('b'), date: '2026-10-20' }).expect(422);
    expect(response.body.code).toBe('DELIVERABLE_NOT_FOUND');
  });
});

describe('meetings', () => {
  it('records a meeting with its attendees, named from the register', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const recorded = await secretariat
      .post(`/api/v1/working-groups/${id}/meetings`, { date: '2026-09-15', attendeeOrganizationIds: members, minutesSha256: sha256('d') })
      .expect(201);
    expect((await group(id, recorded.body.position)).meetings).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        date: '2026-09-15',
        attendees: members.map((organizationId) => expect.objectContaining({ organizationId, name: expect.objectContaining({ ru: expect.any(String) }) })),
        minutesSha256: sha256('d'),
      },
    ]);
  });

  it('refuses attendees from outside the group with 422 ATTENDEES_NOT_MEMBERS', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const outsider = await admittedMember(secretariat);
    const response = await secretariat
      .post(`/api/v1/working-groups/${id}/meetings`, { date: '2026-09-15', attendeeOrganizationIds: [outsider.id], minutesSha256: sha256('d') })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'ATTENDEES_NOT_MEMBERS', details: { organizationIds: [outsider.id] } });
  });

  it('refuses a meeting without attendees', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    const response = await secretariat.post(`/api/v1/working-groups/${id}/meetings`, { date: '2026-09-15', attendeeOrganizationIds: [], minutesSha256: sha256('d') }).expect(400);
    expect(response.body.details[0].field).toBe('attendeeOrganizationIds');
  });
});

describe('dissolution', () => {
  it('dissolves a group by a decision, after which it takes no more acts', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const decision = assemblyDecision;
    const dissolved = await secretariat.post(`/api/v1/working-groups/${id}/dissolution`, { decision }).expect(201);
    expect(await group(id, dissolved.body.position)).toMatchObject({ status: 'dissolved', dissolution: decision, dissolvedAt: expect.any(String) });
    const response = await secretariat.post(`/api/v1/working-groups/${id}/chair`, { organizationId: members[1] }).expect(422);
    expect(response.body.code).toBe('WORKING_GROUP_DISSOLVED');
    await secretariat.post(`/api/v1/working-groups/${id}/dissolution`, { decision }).expect(422);
  });
});
