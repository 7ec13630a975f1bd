import { membersProjection } from '#accord/membership';
import { ProjectionRebuilder, ProjectionRunner } from '#accord/projections';
import { suiteApp } from '../support/test-app.js';
import { appliedMember, applicationBody, admittedMember, client, assemblyDecision, eventCount, membership, russianIdentifier, type Client } from './membership-fixtures.js';

const testApp = suiteApp([membership]);
let secretariat: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

/** Waits until the register has applied every event committed so far (the last one by its position, not the reader's snapshot). */
async function registerCaughtUp() {
  const { rows } = await testApp.database.pool.query('SELECT transaction_id, sequence FROM ledger.events ORDER BY transaction_id DESC, sequence DESC LIMIT 1');
  const last = { commit: BigInt(rows[0].transaction_id), sequence: BigInt(rows[0].sequence) };
  expect(await testApp.app.get(ProjectionRunner).waitFor(last, 10_000, ['members'])).toBe(true);
}

const russian = (values: { ogrn: string; inn: string }, name = 'ООО «Кадры Поволжья»') =>
  applicationBody({ name: { ru: name, en: null }, nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });

describe('every identifier of a record is unique among live records', () => {
  it('refuses a second organization with another one’s ИНН with 409 naming the ИНН and its holder, and records nothing', async () => {
    const { ogrn, inn } = russianIdentifier();
    const first = await appliedMember(secretariat, { name: { ru: 'ООО «Первое»', en: 'Pervoye LLC' }, nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn, inn } } });
    const before = await eventCount(testApp);
    const other = { ogrn: russianIdentifier().ogrn, inn };
    const refused = await secretariat.post('/api/v1/members', russian(other, 'ООО «Второе»')).set('Accept-Language', 'ru').expect(409);
    expect(refused.body).toMatchObject({
      statusCode: 409,
      code: 'DUPLICATE_NATIONAL_IDENTIFIER',
      details: { identifier: 'INN', value: inn, identifierKey: `RU:INN:${inn}`, memberId: first.id, organization: { ru: 'ООО «Первое»' } },
    });
    expect(refused.body.message).toBe(`ИНН ${inn} уже принадлежит организации «ООО «Первое»» в реестре (запись ${first.id})`);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('lets exactly one of simultaneous applications with the same ИНН and different ОГРН through', async () => {
    const { inn } = russianIdentifier();
    const answers = await Promise.all([1, 2, 3, 4].map(() => secretariat.post('/api/v1/members', russian({ ogrn: russianIdentifier().ogrn, inn }))));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409]);
    await registerCaughtUp();
    const found = await secretariat.get(`/api/v1/members?identifier=${inn}`).expect(200);
    expect(found.body.items).toHaveLength(1);
  });

  it('never deadlocks two applications that share one key each in opposite order', async () => {
    const a = russianIdentifier();
    const b = russianIdentifier();
    const answers = await Promise.all([
      secretariat.post('/api/v1/members', russian({ ogrn: a.ogrn, inn: b.inn })),
      secretariat.post('/api/v1/members', russian({ ogrn: b.ogrn, inn: a.inn })),
      secretariat.post('/api/v1/members', russian({ ogrn: b.ogrn, inn: b.inn })),
      secretariat.post('/api/v1/members', russian({ ogrn: a.ogrn, inn: a.inn })),
    ]);
    // Each pair of these four shares a key with two others: at most two can be live together.
    expect(answers.filter((answer) => answer.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((answer) => answer.status === 201).length).toBeLessThanOrEqual(2);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
  });
});

describe('searching the register by an identifier', () => {
  it('finds an organization by its ИНН or its ОГРН through q and through the identifier filter', async () => {
    const values = russianIdentifier();
    const { id } = await appliedMember(secretariat, { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await registerCaughtUp();
    for (const query of [`q=${values.inn}`, `q=${values.ogrn}`, `identifier=${values.inn}`, `identifier=${values.ogrn}`]) {
      const response = await secretariat.get(`/api/v1/members?${query}`).expect(200);
      expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    }
  });

  it('finds a registry number of another country whatever its spaces and case', async () => {
    const registryId = `U74999DL2026NPL${String(Date.now()).slice(-6)}`;
    const { id } = await appliedMember(secretariat, {
      country: 'IN',
      category: 'research_expert_body',
      nationalIdentifier: { scheme: 'OTHER', values: { registryId } },
    });
    await registerCaughtUp();
    const response = await secretariat.get(`/api/v1/members?q=${encodeURIComponent(` ${registryId.toLowerCase().slice(0, 6)} ${registryId.slice(6)}`)}`).expect(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('does not find an organization by a part of its identifier', async () => {
    const values = russianIdentifier();
    await appliedMember(secretariat, { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await registerCaughtUp();
    expect((await secretariat.get(`/api/v1/members?identifier=${values.inn.slice(0, 6)}`).expect(200)).body.items).toEqual([]);
  });
});

describe('applying again after leaving the register', () => {
  const leave = {
    rejected: (id: string) => secretariat.post(`/api/v1/members/${id}/rejection`, { reason: { ru: 'Нет документов', en: null } }).expect(201),
    expelled: (id: string) => secretariat.post(`/api/v1/members/${id}/expulsion`, { decision: assemblyDecision }).expect(201),
    withdrawn: (id: string) => secretariat.post(`/api/v1/members/${id}/withdrawal`, { noticeDate: '2026-07-01' }).expect(201),
  };

  it.each(['rejected', 'expelled', 'withdrawn'] as const)('records a new application of a %s organization, linked to its previous record', async (status) => {
    const values = russianIdentifier();
    const overrides = { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } };
    const { id: previousId } = status === 'rejected' ? await appliedMember(secretariat, overrides) : await admittedMember(secretariat, 'full', overrides);
    await leave[status](previousId);
    const again = await secretariat.post('/api/v1/members', russian(values)).expect(201);
    expect(again.body.id).not.toBe(previousId);
    await registerCaughtUp();
    const card = (await secretariat.get(`/api/v1/members/${again.body.id}`).expect(200)).body;
    expect(card).toMatchObject({ status: 'applied', previousMemberId: previousId, nextMemberId: null });
    expect(card.history[0].data.previousMemberId).toBe(previousId);
    const previous = (await secretariat.get(`/api/v1/members/${previousId}`).expect(200)).body;
    expect(previous).toMatchObject({ status, nextMemberId: again.body.id });
    const { rows } = await testApp.database.pool.query('SELECT key, member_id FROM membership.identifier_keys WHERE key = ANY($1) ORDER BY key', [
      [`RU:OGRN:${values.ogrn}`, `RU:INN:${values.inn}`],
    ]);
    expect(rows.map((row: { member_id: string }) => row.member_id)).toEqual([again.body.id, again.body.id]);
    // The search by identifier finds both records of the organization.
    const found = (await secretariat.get(`/api/v1/members?identifier=${values.inn}`).expect(200)).body.items.map((item: { id: string }) => item.id);
    expect(found.sort()).toEqual([previousId, again.body.id].sort());
  });

  it('refuses a third record while the re-application is live, naming the new record', async () => {
    const values = russianIdentifier();
    const { id } = await appliedMember(secretariat, { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await leave.rejected(id);
    const again = await secretariat.post('/api/v1/members', russian(values)).expect(201);
    const before = await eventCount(testApp);
    const third = await secretariat.post('/api/v1/members', russian(values)).expect(409);
    expect(third.body.details).toMatchObject({ identifier: 'OGRN', memberId: again.body.id });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('lets exactly one of simultaneous re-applications through', async () => {
    const values = russianIdentifier();
    const { id } = await appliedMember(secretariat, { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await leave.rejected(id);
    const answers = await Promise.all([1, 2, 3].map(() => secretariat.post('/api/v1/members', russian(values))));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
  });
});

describe('rebuilding the register', () => {
  it('gives identical rows, re-applications and legal dates included', async () => {
    const values = russianIdentifier();
    const { id } = await admittedMember(secretariat, 'full', { nationalIdentifier: { scheme: 'RU_OGRN_INN', values } });
    await secretariat.post(`/api/v1/members/${id}/withdrawal`, { noticeDate: '2026-07-01' }).expect(201);
    await secretariat.post('/api/v1/members', russian(values)).expect(201);
    await registerCaughtUp();
    const table = () => testApp.database.pool.query('SELECT * FROM read.members ORDER BY id').then((result) => result.rows);
    const before = await table();
    await testApp.app.get(ProjectionRebuilder).rebuild(membersProjection);
    expect(await table()).toEqual(before);
  });
});
