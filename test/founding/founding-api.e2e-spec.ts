import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { newRecordId } from '#accord/eventsourcing';
import type { Role } from '#accord/kernel';
import { testAppForSuite } from '../support/test-app.js';
import { client, createFoundingApp, eventCount, initiativeBody, LETTER_IDS, letterBody, minutesBody } from './founding-support.js';

let secretariat: Awaited<ReturnType<typeof client>>;

const testApp = testAppForSuite(() => createFoundingApp());
beforeAll(async () => {
  secretariat = await client(testApp, ['secretariat']);
  await secretariat.post('/api/v1/founding/initiative', initiativeBody).expect(201);
});

/** A command that must be refused as bad input, writing nothing; answers the fields named. */
async function invalid(path: string, body: object): Promise<{ field: string; problems: string[] }[]> {
  const before = await eventCount(testApp);
  const response = await secretariat.post(`/api/v1/founding${path}`, body).expect(400);
  expect(response.body.code).toBe('VALIDATION_FAILED');
  expect(await eventCount(testApp)).toBe(before);
  return response.body.details;
}

function withIdentifier(values: Record<string, string>, scheme = 'RU_OGRN_INN') {
  const body = letterBody('RU');
  return { ...body, letterId: randomUUID(), organization: { ...body.organization, nationalIdentifier: { scheme, values } } };
}

describe('letters of intent', () => {
  it('refuses an identifier with a wrong check digit, naming the field and INVALID_CHECK_DIGIT', async () => {
    const { ogrn, inn } = letterBody('RU').organization.nationalIdentifier.values;
    const wrong = inn.slice(0, 9) + String((Number(inn[9]) + 1) % 10);
    const details = await invalid('/letters-of-intent', withIdentifier({ ogrn, inn: wrong }));
    expect(details).toEqual([{ field: 'organization.nationalIdentifier.values.inn', problems: [expect.stringContaining('INVALID_CHECK_DIGIT')] }]);
  });

  it('refuses an identifier of a scheme that is not the country’s', async () => {
    const details = await invalid('/letters-of-intent', withIdentifier({ bin: '260440000701' }, 'KZ_BIN'));
    expect(details).toEqual([{ field: 'organization.nationalIdentifier.scheme', problems: [expect.stringContaining('SCHEME_NOT_FOR_COUNTRY')] }]);
  });

  it('refuses a value the identifier’s scheme does not have', async () => {
    const details = await invalid('/letters-of-intent', withIdentifier({ ...letterBody('RU').organization.nationalIdentifier.values, kpp: '770001001' }));
    expect(details).toEqual([{ field: 'organization.nationalIdentifier.values.kpp', problems: ['kpp is not a value of the RU_OGRN_INN scheme'] }]);
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code, an empty Russian name and a bad e-mail', async () => {
    const body = letterBody('RU');
    const details = await invalid('/letters-of-intent', {
      ...body,
      organization: { ...body.organization, country: 'XX', name: { ru: '  ', en: 'Name' } },
      representative: { ...body.representative, email: 'not-an-address' },
    });
    expect(details.map((detail) => detail.field).sort()).toEqual(['organization.country', 'organization.name.ru', 'representative.email']);
  });

  it('refuses a calendar date that does not exist and a field it does not know', async () => {
    const details = await invalid('/letters-of-intent', { ...letterBody('UZ'), receivedOn: '2026-02-30', signature: 'x' });
    expect(details.map((detail) => detail.field).sort()).toEqual(['receivedOn', 'signature']);
  });

  it('gives a letter without an id the id derived from its commandId, and repeats nothing for the same commandId', async () => {
    const commandId = randomUUID();
    const { letterId: _given, ...body } = letterBody('UZ');
    const first = await secretariat.post('/api/v1/founding/letters-of-intent', { ...body, commandId }).expect(201);
    expect(first.body.id).toBe(newRecordId(commandId));
    const before = await eventCount(testApp);
    const again = await secretariat.post('/api/v1/founding/letters-of-intent', { ...body, commandId }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers a repeated commandId with the letter it first recorded, and refuses it with another body', async () => {
    const commandId = randomUUID();
    const body = { ...letterBody('TJ'), commandId };
    const first = await secretariat.post('/api/v1/founding/letters-of-intent', body).expect(201);
    const again = await secretariat.post('/api/v1/founding/letters-of-intent', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.body.id).toBe(LETTER_IDS.TJ);
    const before = await eventCount(testApp);
    const reused = await secretariat.post('/api/v1/founding/letters-of-intent', { ...body, letterId: randomUUID() }).expect(409);
    expect(reused.body.code).toBe('COMMAND_ID_REUSED');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a second letter from the same organization', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/founding/letters-of-intent', { ...letterBody('TJ'), letterId: randomUUID() }).expect(422);
    expect(response.body).toMatchObject({ code: 'DUPLICATE_LETTER_OF_INTENT', details: { letterId: LETTER_IDS.TJ } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a stale expectedVersion with 409 and writes nothing', async () => {
    const { version: current } = (await secretariat.post('/api/v1/founding/letters-of-intent', letterBody('KG')).expect(201)).body;
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/founding/letters-of-intent', { ...letterBody('RU'), expectedVersion: current - 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: current - 1, actualVersion: current } });
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('withdrawing a letter', () => {
  it('records the withdrawal with its date and reason', async () => {
    const letter = (await secretariat.post('/api/v1/founding/letters-of-intent', { ...letterBody('KZ'), letterId: randomUUID() }).expect(201)).body;
    const reason = { ru: 'Решение правления организации' };
    const response = await secretariat.post(`/api/v1/founding/letters-of-intent/${letter.id}/withdrawal`, { withdrawnOn: '2026-05-05', reason }).expect(201);
    const view = (await secretariat.get('/api/v1/founding').query({ minPosition: response.body.position }).expect(200)).body;
    expect(view.founders.find((founder: { letterId: string }) => founder.letterId === letter.id)).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: '2026-05-05',
      withdrawalReason: { ru: reason.ru, en: null },
    });
  });

  it('answers 404 for a letter that was never received', async () => {
    const response = await secretariat.post(`/api/v1/founding/letters-of-intent/${randomUUID()}/withdrawal`, { withdrawnOn: '2026-05-05' }).expect(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND', details: { kind: 'letter of intent' } });
  });

  it('refuses a letter id that is not a uuid', async () => {
    await secretariat.post('/api/v1/founding/letters-of-intent/letter-1/withdrawal', { withdrawnOn: '2026-05-05' }).expect(400);
  });
});

describe('other commands’ input', () => {
  it('refuses a second initiative', async () => {
    const response = await secretariat.post('/api/v1/founding/initiative', initiativeBody).expect(422);
    expect(response.body).toMatchObject({ code: 'FOUNDING_STAGE_REQUIRED', details: { required: 'not_started', current: 'founders_gathering' } });
  });

  it('refuses a charter reference whose hash is not 64 hexadecimal digits', async () => {
    const details = await invalid('/assembly/minutes', minutesBody(['RU', 'UZ'], { charter: { number: 2, sha256: 'abc' } }));
    expect(details).toEqual([{ field: 'charter.sha256', problems: ['sha256 must be 64 hexadecimal digits'] }]);
  });

  it('refuses a vote that is not for, against or abstain and an officer representing no letter id', async () => {
    const minutes = minutesBody(['RU'], { chair: { name: { ru: 'Председатель' }, representing: 'letter-ru' } });
    const details = await invalid('/assembly/minutes', { ...minutes, present: [{ ...minutes.present[0], establishmentVote: 'yes' }] });
    expect(details.map((detail) => detail.field).sort()).toEqual(['chair.representing', 'present.0.establishmentVote']);
  });

  it('refuses an online assembly without a link and a place with one', async () => {
    const online = await invalid('/assembly', { date: '2026-05-29', venue: { kind: 'online' }, convenedOn: '2026-05-15' });
    expect(online.map((detail) => detail.field)).toEqual(['venue.url']);
    const place = await invalid('/assembly', {
      date: '2026-05-29',
      venue: { kind: 'place', address: { ru: 'Санкт-Петербург' }, url: 'https://meet.test.example' },
      convenedOn: '2026-05-15',
    });
    expect(place.map((detail) => detail.field)).toEqual(['venue.url']);
  });

  it('refuses a refusal of registration before anything was filed', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/founding/registration-refusal', { refusedOn: '2026-06-20', reason: { ru: 'Ошибка' } }).expect(422);
    expect(response.body).toMatchObject({ code: 'FOUNDING_STAGE_REQUIRED', details: { required: 'registration_filed', current: 'founders_gathering' } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a registration number that is empty', async () => {
    const details = await invalid('/registration', { registrationNumber: '   ', registeredOn: '2026-07-10' });
    expect(details.map((detail) => detail.field)).toEqual(['registrationNumber']);
  });
});

describe('charter drafts', () => {
  it('answers 404 for a draft that does not exist and 400 for a number that is not one', async () => {
    expect((await secretariat.get('/api/v1/founding/charter-drafts/99').expect(404)).body).toMatchObject({ code: 'NOT_FOUND', details: { kind: 'charter draft', id: '99' } });
    expect((await secretariat.get('/api/v1/founding/charter-drafts/first').expect(400)).body.details[0].field).toBe('number');
  });

  it('refuses a draft with no text by the domain rule', async () => {
    const response = await secretariat.post('/api/v1/founding/charter-drafts', { content: '  \n ' }).expect(422);
    expect(response.body.code).toBe('CHARTER_DRAFT_EMPTY');
  });
});

describe('access', () => {
  it.each<Role>(['admin', 'secretariat', 'committee', 'auditor', 'representative'])('lets %s read the founding and a charter draft', async (role) => {
    const reader = await client(testApp, [role], role === 'representative' ? LETTER_IDS.RU : undefined);
    await reader.get('/api/v1/founding').expect(200);
    await reader.get('/api/v1/founding/charter-drafts/1').expect(404);
  });

  it.each<Role>(['committee', 'representative', 'auditor', 'admin'])('refuses a command to %s with 403 and writes nothing', async (role) => {
    const before = await eventCount(testApp);
    const response = await (await client(testApp, [role], role === 'representative' ? LETTER_IDS.RU : undefined))
      .post('/api/v1/founding/charter-drafts', { content: 'Устав' })
      .expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('documents every founding route and refuses each to a caller without credentials', async () => {
    const server = testApp.app.getHttpServer();
    const document = (await request(server).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/founding'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual([
      'GET /api/v1/founding',
      'GET /api/v1/founding/charter-drafts/{number}',
      'POST /api/v1/founding/assembly',
      'POST /api/v1/founding/assembly/minutes',
      'POST /api/v1/founding/charter-drafts',
      'POST /api/v1/founding/initiative',
      'POST /api/v1/founding/letters-of-intent',
      'POST /api/v1/founding/letters-of-intent/{letterId}/withdrawal',
      'POST /api/v1/founding/registration',
      'POST /api/v1/founding/registration-filing',
      'POST /api/v1/founding/registration-refusal',
    ]);
    for (const route of routes) {
      const [method, template] = route.split(' ');
      const path = template.replace('{number}', '1').replace('{letterId}', randomUUID());
      const response = await request(server)[method.toLowerCase() as 'get' | 'post'](path).send({});
      expect([route, response.status]).toEqual([route, 401]);
    }
  });
});
