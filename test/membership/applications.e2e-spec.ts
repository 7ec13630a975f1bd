import { randomUUID } from 'node:crypto';
import { suiteApp } from '../support/test-app.js';
import { applicationBody, client, eventCount, membership, russianIdentifier, type Client } from './membership-fixtures.js';

const testApp = suiteApp([membership]);
let secretariat: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

/** A check digit one off from the right one. */
const wrongLastDigit = (value: string) => value.slice(0, -1) + String((Number(value.slice(-1)) + 1) % 10);

describe('applying for membership', () => {
  it('records the application and answers 201 with the new record, its version, position and event', async () => {
    const response = await secretariat.post('/api/v1/members', applicationBody()).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      version: 1,
      position: expect.stringMatching(/^\d+-\d+$/),
      events: [expect.stringMatching(/^[0-9a-f-]{36}$/)],
    });
    const card = await secretariat.get(`/api/v1/members/${response.body.id}?minPosition=${response.body.position}`).expect(200);
    expect(card.body).toMatchObject({
      id: response.body.id,
      status: 'applied',
      statusTitle: { ru: 'заявление подано', en: 'applied' },
      membership: null,
      nationalIdentifier: { country: 'RU', scheme: 'RU_OGRN_INN' },
      representatives: [{ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: { ru: 'Мария Соколова', en: 'Maria Sokolova' } }],
      version: 1,
    });
  });

  it('keeps only the values of the identifier’s scheme', async () => {
    const { ogrn, inn } = russianIdentifier();
    const nationalIdentifier = { country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn, inn, kpp: '770001001' } };
    const response = await secretariat.post('/api/v1/members', applicationBody({ nationalIdentifier })).expect(201);
    const card = await secretariat.get(`/api/v1/members/${response.body.id}?minPosition=${response.body.position}`).expect(200);
    expect(card.body.nationalIdentifier).toEqual({ country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn, inn } });
  });

  it('answers a repeated commandId with the first answer and records nothing more', async () => {
    const body = { ...applicationBody(), commandId: randomUUID() };
    const first = await secretariat.post('/api/v1/members', body).expect(201);
    const before = await eventCount(testApp);
    const again = await secretariat.post('/api/v1/members', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each(['committee', 'auditor', 'admin', 'representative'] as const)('refuses the %s role and records nothing', async (role) => {
    const before = await eventCount(testApp);
    const response = await client(testApp, await testApp.tokenFor([role], role === 'representative' ? randomUUID() : null))
      .post('/api/v1/members', applicationBody())
      .expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('checking an application', () => {
  it('refuses a Russian INN with a wrong check digit, naming the field and INVALID_CHECK_DIGIT, and records nothing', async () => {
    const { ogrn, inn } = russianIdentifier();
    const before = await eventCount(testApp);
    const response = await secretariat
      .post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn, inn: wrongLastDigit(inn) } } }))
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some fields are invalid',
      details: [{ field: 'nationalIdentifier.values.inn', problems: ['INVALID_CHECK_DIGIT: INN: the check digit is wrong'] }],
    });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses an OGRN with a wrong check digit', async () => {
    const { ogrn, inn } = russianIdentifier();
    const response = await secretariat
      .post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn: wrongLastDigit(ogrn), inn } } }))
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'nationalIdentifier.values.ogrn', problems: ['INVALID_CHECK_DIGIT: OGRN: the check digit is wrong'] }]);
  });

  it('explains the problem in Russian to a client that reads Russian, keeping the code', async () => {
    const { ogrn, inn } = russianIdentifier();
    const response = await secretariat
      .post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn, inn: wrongLastDigit(inn) } } }))
      .set('Accept-Language', 'ru')
      .expect(400);
    expect(response.body.message).toBe('Проверьте поля запроса');
    expect(response.body.details).toEqual([{ field: 'nationalIdentifier.values.inn', problems: ['INVALID_CHECK_DIGIT: ИНН: неверная контрольная цифра'] }]);
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code, and records nothing', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat
      .post('/api/v1/members', applicationBody({ country: 'XX', nationalIdentifier: { scheme: 'OTHER', values: { registryId: 'A-1' } } }))
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details).toContainEqual({ field: 'country', problems: ['UNKNOWN_COUNTRY: The country must be an ISO 3166-1 alpha-2 code'] });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a scheme that is not the country’s', async () => {
    const response = await secretariat
      .post('/api/v1/members', applicationBody({ country: 'KZ', nationalIdentifier: { scheme: 'RU_OGRN_INN', values: russianIdentifier() } }))
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'nationalIdentifier.scheme', problems: ['SCHEME_NOT_FOR_COUNTRY: Organizations of KZ are identified by KZ_BIN'] }]);
  });

  it('lists every problem of the application at once, each under its field', async () => {
    const response = await secretariat
      .post(
        '/api/v1/members',
        applicationBody({
          name: { ru: ' ', en: 'Primer' },
          category: 'bank',
          contacts: { email: 'not-an-address' },
          representatives: [],
        }),
      )
      .expect(400);
    expect(response.body.details.map((detail: { field: string; problems: string[] }) => [detail.field, detail.problems[0].split(':')[0]])).toEqual([
      ['name.ru', 'REQUIRED'],
      ['category', 'UNKNOWN_CATEGORY'],
      ['contacts.email', 'INVALID_EMAIL'],
      ['representatives', 'REQUIRED'],
    ]);
  });

  it('refuses a body of the wrong shape before looking at its contents', async () => {
    const { name: _name, ...withoutName } = applicationBody();
    const response = await secretariat.post('/api/v1/members', { ...withoutName, founded: 1990 }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['founded', 'name']);
  });
});

describe('one record per national identifier', () => {
  it('refuses a second application with the same identifier with 409 DUPLICATE_NATIONAL_IDENTIFIER and records nothing', async () => {
    const values = russianIdentifier();
    const first = await secretariat.post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values } })).expect(201);
    const before = await eventCount(testApp);
    const second = await secretariat
      .post('/api/v1/members', applicationBody({ name: { ru: 'Другое название', en: null }, nationalIdentifier: { scheme: 'RU_OGRN_INN', values } }))
      .expect(409);
    expect(second.body).toMatchObject({ statusCode: 409, code: 'DUPLICATE_NATIONAL_IDENTIFIER', details: { memberId: first.body.id } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('treats an OGRN as the organization whatever INN comes with it', async () => {
    const { ogrn, inn } = russianIdentifier();
    await secretariat.post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn, inn } } })).expect(201);
    const other = russianIdentifier().inn;
    await secretariat.post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn, inn: other } } })).expect(409);
  });

  it('compares registry numbers of other countries without spaces or case', async () => {
    const body = (registryId: string) =>
      applicationBody({ country: 'IN', category: 'research_expert_body', nationalIdentifier: { scheme: 'OTHER', values: { registryId } } });
    await secretariat.post('/api/v1/members', body('U74999DL2010NPL123456')).expect(201);
    await secretariat.post('/api/v1/members', body('u74999 dl2010 npl123456')).expect(409);
  });

  it('lets exactly one of two simultaneous applications with the same identifier through', async () => {
    const nationalIdentifier = { scheme: 'RU_OGRN_INN', values: russianIdentifier() };
    const answers = await Promise.all([1, 2, 3].map(() => secretariat.post('/api/v1/members', applicationBody({ nationalIdentifier }))));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
  });

  it('records many simultaneous applications of different organizations, more than the database has connections', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => secretariat.post('/api/v1/members', applicationBody())));
    expect(answers.map((answer) => answer.status)).toEqual(Array(40).fill(201));
  });

  it('takes over a reservation whose member record was never written', async () => {
    const values = russianIdentifier();
    const abandoned = randomUUID();
    await testApp.database.pool.query('INSERT INTO membership.identifier_keys (key, member_id) VALUES ($1, $2)', [`RU:OGRN:${values.ogrn}`, abandoned]);
    const response = await secretariat.post('/api/v1/members', applicationBody({ nationalIdentifier: { scheme: 'RU_OGRN_INN', values } })).expect(201);
    const { rows } = await testApp.database.pool.query('SELECT member_id FROM membership.identifier_keys WHERE key = $1', [`RU:OGRN:${values.ogrn}`]);
    expect(rows).toEqual([{ member_id: response.body.id }]);
  });
});
