import { randomUUID } from 'node:crypto';
import { runAsSystem } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { MemberDirectory, MemberRegistration, type MembershipApplication } from '#accord/membership';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { ProjectionRunner } from '#accord/projections';
import { russianApplication } from '../../libs/membership/src/domain/testing/applications.js';
import { suiteApp } from '../support/test-app.js';
import { admittedMember, appliedMember, applicationBody, client, assemblyDecision, eventCount, membership, russianIdentifier, type Client } from './membership-fixtures.js';

const testApp = suiteApp([membership]);
let secretariat: Client;
let registration: MemberRegistration;
let directory: MemberDirectory;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  registration = testApp.app.get(MemberRegistration);
  directory = testApp.app.get(MemberDirectory);
});

/** A founder's application with an identifier of its own. */
function founderApplication(values = russianIdentifier()): MembershipApplication {
  return { ...russianApplication, nationalIdentifier: { country: 'RU', scheme: 'RU_OGRN_INN', values } };
}

const admitFounder = (memberId: string, application: MembershipApplication, foundingEventId: string, commandId = randomUUID()) =>
  runAsSystem('founding', () => registration.admitFounder({ memberId, application, foundingEventId, establishedOn: '2026-06-01' }, commandId));

describe('admitting a founder', () => {
  it('puts a founder not yet on the register there as a full member by the founding', async () => {
    const memberId = randomUUID();
    const foundingEventId = randomUUID();
    const result = await admitFounder(memberId, founderApplication(), foundingEventId);
    expect(result).toMatchObject({ id: memberId, version: 2, events: [expect.any(String), expect.any(String)] });
    const card = (await secretariat.get(`/api/v1/members/${memberId}?minPosition=${result.position}`).expect(200)).body;
    expect(card).toMatchObject({ status: 'admitted', membership: 'full', admission: { kind: 'founding', eventId: foundingEventId } });
    expect(card.history.map((event: { type: string; actorId: string }) => [event.type, event.actorId])).toEqual([
      ['MembershipApplicationSubmitted', 'system:founding'],
      ['MemberAdmitted', 'system:founding'],
    ]);
  });

  it('admits a founder that applied before on its own application, whatever id the founding proposes', async () => {
    const values = russianIdentifier();
    const applied = await appliedMember(secretariat, { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    const result = await admitFounder(randomUUID(), founderApplication(values), randomUUID());
    expect(result).toMatchObject({ id: applied.id, version: 2, events: [expect.any(String)] });
  });

  it('records nothing more when the same admission is repeated, and answers as the first time', async () => {
    const commandId = randomUUID();
    const application = founderApplication();
    const memberId = randomUUID();
    const first = await admitFounder(memberId, application, randomUUID(), commandId);
    const before = await eventCount(testApp);
    const again = await admitFounder(memberId, application, randomUUID(), commandId);
    expect(again).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('keeps the founder’s identifier for it: a later application with it is a duplicate', async () => {
    const values = russianIdentifier();
    await admitFounder(randomUUID(), founderApplication(values), randomUUID());
    const response = await secretariat
      .post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values } }))
      .expect(409);
    expect(response.body.code).toBe('DUPLICATE_NATIONAL_IDENTIFIER');
  });

  it('admits a founder whose earlier application was rejected on a new record linked to it, and repeats that answer', async () => {
    const values = russianIdentifier();
    const rejected = await appliedMember(secretariat, { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await secretariat.post(`/api/v1/members/${rejected.id}/rejection`, { reason: { ru: 'Нет документов', en: null } }).expect(201);
    const memberId = randomUUID();
    const foundingEventId = randomUUID();
    const commandId = randomUUID();
    const first = await admitFounder(memberId, founderApplication(values), foundingEventId, commandId);
    expect(first).toMatchObject({ id: memberId, version: 2 });
    const history = await testApp.app.get<EventStore>(EVENT_STORE).readStream(`member-${memberId}`);
    expect(history[0].data).toMatchObject({ previousMemberId: rejected.id });
    expect(history[1].data).toMatchObject({ admittedOn: '2026-06-01' });
    const before = await eventCount(testApp);
    expect(await admitFounder(memberId, founderApplication(values), foundingEventId, commandId)).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a founder already admitted on the register', async () => {
    const values = russianIdentifier();
    await admittedMember(secretariat, 'full', { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await expect(admitFounder(randomUUID(), founderApplication(values), randomUUID())).rejects.toMatchObject({ code: 'MEMBER_STATUS_REQUIRED' });
  });

  it('refuses a member id that is not a UUID', async () => {
    const refusal = admitFounder('letter-1', founderApplication(), randomUUID());
    await expect(refusal).rejects.toBeInstanceOf(DomainRuleViolation);
    await expect(refusal).rejects.toMatchObject({ code: 'INVALID_MEMBER_ID' });
  });

  it('refuses an application the register finds wrong, and leaves its identifier free', async () => {
    const values = russianIdentifier();
    const invalid = { ...founderApplication(values), representatives: [] };
    await expect(admitFounder(randomUUID(), invalid, randomUUID())).rejects.toMatchObject({ code: 'INVALID_MEMBER_DATA' });
    const { rows } = await testApp.database.pool.query('SELECT count(*)::int AS count FROM membership.identifier_keys WHERE key = $1', [`RU:OGRN:${values.ogrn}`]);
    expect(rows[0].count).toBe(0);
    await admitFounder(randomUUID(), founderApplication(values), randomUUID());
  });
});

describe('the member directory', () => {
  it('tells each organization’s status from the ledger at once, and none for an unknown one', async () => {
    const applied = await appliedMember(secretariat);
    const admitted = await admittedMember(secretariat);
    const unknown = randomUUID();
    const statuses = await directory.statusesOf([applied.id, admitted.id, unknown, admitted.id]);
    expect([...statuses]).toEqual([
      [applied.id, 'applied'],
      [admitted.id, 'admitted'],
      [unknown, 'none'],
    ]);
  });

  it('lists as voting members the full members that are not suspended', async () => {
    const full = await admittedMember(secretariat, 'full');
    const observer = await admittedMember(secretariat, 'observer');
    const suspended = await admittedMember(secretariat, 'full');
    await secretariat.post(`/api/v1/members/${suspended.id}/suspension`, { reason: { ru: 'Неуплата взносов' }, decision: assemblyDecision }).expect(201);
    const applicant = await appliedMember(secretariat);
    expect(await testApp.app.get(ProjectionRunner).caughtUp(5_000)).toBe(true);
    const voting = await directory.votingMembers();
    expect(voting).toContain(full.id);
    expect(voting).not.toContain(observer.id);
    expect(voting).not.toContain(suspended.id);
    expect(voting).not.toContain(applicant.id);
  });

  it('names organizations for display', async () => {
    const { id } = await appliedMember(secretariat);
    expect(await testApp.app.get(ProjectionRunner).caughtUp(5_000)).toBe(true);
    const summaries = await directory.summariesOf([id, randomUUID()]);
    expect([...summaries.values()]).toEqual([
      {
        id,
        name: { ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' },
        country: 'RU',
        category: 'staffing_agency',
        status: 'applied',
        membership: null,
      },
    ]);
  });
});
