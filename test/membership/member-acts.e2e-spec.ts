import { randomUUID } from 'node:crypto';
import { suiteApp } from '../support/test-app.js';
import { admittedMember, appliedMember, client, assemblyDecision, eventCount, membership, type Client } from './membership-fixtures.js';

const testApp = suiteApp([membership]);
let secretariat: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

const reason = { ru: 'Неуплата членских взносов', en: 'Membership fees unpaid' };

async function card(id: string, position: string) {
  return (await secretariat.get(`/api/v1/members/${id}?minPosition=${position}`).expect(200)).body;
}

describe('admission', () => {
  it('admits an applicant as a full member by a decision of the general assembly', async () => {
    const { id } = await appliedMember(secretariat);
    const decision = assemblyDecision;
    const response = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision }).expect(201);
    expect(response.body).toMatchObject({ id, version: 2, events: [expect.any(String)] });
    expect(await card(id, response.body.position)).toMatchObject({
      status: 'admitted',
      statusTitle: { ru: 'член Объединения', en: 'admitted' },
      membership: 'full',
      admission: decision,
      admittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('admits an applicant as an observer by a recorded decision', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'observer', decision: assemblyDecision }).expect(201);
    expect(await card(id, response.body.position)).toMatchObject({ membership: 'observer', admission: assemblyDecision });
  });

  it('refuses to admit a member twice with 422 MEMBER_STATUS_REQUIRED', async () => {
    const { id } = await admittedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision }).expect(422);
    expect(response.body).toMatchObject({ code: 'MEMBER_STATUS_REQUIRED', details: { required: ['applied'], current: 'admitted' } });
  });

  it('answers 404 for an organization that is not on the register, and records nothing', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/members/${randomUUID()}/admission`, { membership: 'full', decision: assemblyDecision }).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a stale expectedVersion with 409 CONCURRENCY_CONFLICT and records nothing', async () => {
    const { id } = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision, expectedVersion: 0 }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: 0, actualVersion: 1 } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('accepts the expectedVersion the client saw', async () => {
    const { id } = await appliedMember(secretariat);
    await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision, expectedVersion: 1 }).expect(201);
  });

  it('answers a repeated commandId with the first answer and records nothing more', async () => {
    const { id } = await appliedMember(secretariat);
    const body = { membership: 'full', decision: assemblyDecision, commandId: randomUUID() };
    const first = await secretariat.post(`/api/v1/members/${id}/admission`, body).expect(201);
    const before = await eventCount(testApp);
    const again = await secretariat.post(`/api/v1/members/${id}/admission`, body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each(['representative', 'committee', 'auditor', 'admin'] as const)('is refused to the %s role', async (role) => {
    const { id } = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    await client(testApp, await testApp.tokenFor([role], role === 'representative' ? id : null))
      .post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision })
      .expect(403);
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('decisions', () => {
  it.each([
    ['a date that does not exist', { kind: 'decision', reference: 'Протокол № 3', date: '2026-02-30' }, 'decision.date'],
    ['a date in another format', { kind: 'decision', reference: 'Протокол № 3', date: '30.06.2026' }, 'decision.date'],
    ['a decision without its reference', { kind: 'decision', date: '2026-06-30' }, 'decision.reference'],
    ['a blank reference', { kind: 'decision', reference: '  ', date: '2026-06-30' }, 'decision.reference'],
    ['a resolution without its id', { kind: 'resolution' }, 'decision.resolutionId'],
    ['a resolution with a date', { kind: 'resolution', resolutionId: randomUUID(), date: '2026-06-30' }, 'decision.date'],
    ['another kind of decision', { kind: 'founding', eventId: randomUUID() }, 'decision.kind'],
  ])('refuses %s with 400 naming the field, and records nothing', async (_, decision, field) => {
    const { id } = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a membership kind other than full or observer', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'honorary', decision: assemblyDecision }).expect(400);
    expect(response.body.details[0].field).toBe('membership');
  });
});

describe('rejection', () => {
  it('rejects an application with its reason', async () => {
    const { id } = await appliedMember(secretariat);
    const rejectionReason = { ru: 'Не представлены учредительные документы', en: null };
    const response = await secretariat.post(`/api/v1/members/${id}/rejection`, { reason: rejectionReason }).expect(201);
    const rejected = await card(id, response.body.position);
    expect(rejected.status).toBe('rejected');
    expect(rejected.statusHistory.map((change: { status: string }) => change.status)).toEqual(['applied', 'rejected']);
    expect(rejected.statusHistory[1]).toMatchObject({ reason: rejectionReason, eventId: response.body.events[0] });
  });

  it('asks for the Russian text of the reason', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/rejection`, { reason: { ru: ' ', en: 'No documents' } }).expect(400);
    expect(response.body.details).toEqual([{ field: 'reason.ru', problems: ['REQUIRED: The Russian text is required'] }]);
  });

  it('refuses to reject an admitted member', async () => {
    const { id } = await admittedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/rejection`, { reason: { ru: 'Поздно' } }).expect(422);
    expect(response.body.code).toBe('MEMBER_STATUS_REQUIRED');
  });
});

describe('suspension and reinstatement', () => {
  it('suspends a member with the reason and the decision, and reinstates it', async () => {
    const { id } = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/members/${id}/suspension`, { reason, decision: assemblyDecision }).expect(201);
    const reinstated = await secretariat.post(`/api/v1/members/${id}/reinstatement`, { decision: assemblyDecision }).expect(201);
    const history = (await card(id, reinstated.body.position)).statusHistory;
    expect(history.map((change: { status: string }) => change.status)).toEqual(['applied', 'admitted', 'suspended', 'admitted']);
    expect(history[2]).toMatchObject({ reason, decision: assemblyDecision, statusTitle: { ru: 'членство приостановлено', en: 'suspended' } });
  });

  it('refuses to suspend an applicant with 422 MEMBER_STATUS_REQUIRED and records nothing', async () => {
    const { id } = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/members/${id}/suspension`, { reason, decision: assemblyDecision }).expect(422);
    expect(response.body).toMatchObject({ code: 'MEMBER_STATUS_REQUIRED', details: { required: ['admitted'], current: 'applied' } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses to reinstate a member that is not suspended', async () => {
    const { id } = await admittedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/reinstatement`, { decision: assemblyDecision }).expect(422);
    expect(response.body.code).toBe('MEMBER_STATUS_REQUIRED');
  });
});

describe('leaving the register', () => {
  it('expels a suspended member by a decision of the general assembly', async () => {
    const { id } = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/members/${id}/suspension`, { reason, decision: assemblyDecision }).expect(201);
    const decision = assemblyDecision;
    const expelled = await secretariat.post(`/api/v1/members/${id}/expulsion`, { decision }).expect(201);
    expect(await card(id, expelled.body.position)).toMatchObject({ status: 'expelled', statusTitle: { ru: 'исключён', en: 'expelled' } });
  });

  it('records a withdrawal by notice with its date', async () => {
    const { id } = await admittedMember(secretariat);
    const withdrawn = await secretariat.post(`/api/v1/members/${id}/withdrawal`, { noticeDate: '2026-06-15' }).expect(201);
    const record = await card(id, withdrawn.body.position);
    expect(record.status).toBe('withdrawn');
    expect(record.statusHistory[2]).toMatchObject({ status: 'withdrawn', noticeDate: '2026-06-15' });
  });

  it('refuses a notice date that is not a calendar date', async () => {
    const { id } = await admittedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/withdrawal`, { noticeDate: '2026-13-01' }).expect(400);
    expect(response.body.details).toEqual([{ field: 'noticeDate', problems: ['noticeDate must be a calendar date YYYY-MM-DD'] }]);
  });

  it('refuses to expel an applicant', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/expulsion`, { decision: assemblyDecision }).expect(422);
    expect(response.body.code).toBe('MEMBER_STATUS_REQUIRED');
  });

  it('refuses any further act on an expelled member', async () => {
    const { id } = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/members/${id}/expulsion`, { decision: assemblyDecision }).expect(201);
    await secretariat.post(`/api/v1/members/${id}/withdrawal`, { noticeDate: '2026-06-15' }).expect(422);
    const response = await secretariat.post(`/api/v1/members/${id}/details`, { name: { ru: 'Новое имя' } }).expect(422);
    expect(response.body.code).toBe('MEMBER_STATUS_REQUIRED');
  });
});

describe('representatives', () => {
  const deputy = { name: { ru: 'Игорь Лебедев', en: null }, position: { ru: 'заместитель директора' }, email: 'i.lebedev@kadry.example.ru' };

  it('adds a representative under an id derived from the commandId', async () => {
    const { id } = await appliedMember(secretariat);
    const commandId = randomUUID();
    const added = await secretariat.post(`/api/v1/members/${id}/representatives`, { ...deputy, commandId }).expect(201);
    const again = await secretariat.post(`/api/v1/members/${id}/representatives`, { ...deputy, commandId }).expect(201);
    expect(again.body).toEqual(added.body);
    const representatives = (await card(id, added.body.position)).representatives;
    expect(representatives).toHaveLength(2);
    expect(representatives[1]).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), ...deputy, position: { ru: 'заместитель директора', en: null } });
  });

  it('refuses a representative without a valid e-mail address', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/representatives`, { ...deputy, email: 'lebedev' }).expect(400);
    expect(response.body.details).toEqual([{ field: 'email', problems: ['INVALID_EMAIL: Not a valid e-mail address'] }]);
  });

  it('removes a representative while another remains', async () => {
    const { id } = await appliedMember(secretariat);
    const added = await secretariat.post(`/api/v1/members/${id}/representatives`, deputy).expect(201);
    const [first] = (await card(id, added.body.position)).representatives;
    const removed = await secretariat.post(`/api/v1/members/${id}/representatives/${first.id}/removal`).expect(201);
    expect((await card(id, removed.body.position)).representatives.map((person: { email: string }) => person.email)).toEqual([deputy.email]);
  });

  it('refuses to remove the only representative with 422 LAST_REPRESENTATIVE', async () => {
    const { id, position } = await appliedMember(secretariat);
    const [only] = (await card(id, position)).representatives;
    const response = await secretariat.post(`/api/v1/members/${id}/representatives/${only.id}/removal`).expect(422);
    expect(response.body.code).toBe('LAST_REPRESENTATIVE');
  });

  it('refuses to remove a representative the organization does not have', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/representatives/${randomUUID()}/removal`).expect(422);
    expect(response.body.code).toBe('REPRESENTATIVE_NOT_FOUND');
  });
});

describe('correcting details', () => {
  it('records only what changed', async () => {
    const { id } = await appliedMember(secretariat);
    const name = { ru: 'ООО «Пример Кадры»', en: 'Primer Kadry LLC' };
    const legalForm = { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' };
    const corrected = await secretariat.post(`/api/v1/members/${id}/details`, { name, legalForm }).expect(201);
    const record = await card(id, corrected.body.position);
    expect(record.name).toEqual(name);
    expect(record.history[1]).toMatchObject({ type: 'MemberDetailsCorrected', data: { name } });
  });

  it('records nothing when nothing changes', async () => {
    const { id } = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/members/${id}/details`, { name: { ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' } }).expect(201);
    expect(response.body).toMatchObject({ id, version: 1, events: [] });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses invalid contacts', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/details`, { contacts: { email: 'office', address: { ru: '' } } }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(['contacts.email', 'contacts.address.ru']);
  });

  it('never changes the country or the identifier', async () => {
    const { id } = await appliedMember(secretariat);
    const response = await secretariat.post(`/api/v1/members/${id}/details`, { country: 'KZ' }).expect(400);
    expect(response.body.details[0]).toMatchObject({ field: 'country', problems: ['property country should not exist'] });
  });
});
