import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { appealsFeature, AppealsModule } from '#accord/appeals';
import { runAsSystem } from '#accord/eventsourcing';
import { ProjectionRunner } from '#accord/projections';
import { DEMO_ADDRESSEES, seedDemoAddressees } from '../../libs/appeals/src/application/addressees-demo.js';
import { client, eventCount, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';

const testApp = suiteApp([{ feature: appealsFeature, module: AppealsModule }]);
let secretariat: Client;
let committee: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  committee = client(testApp, await testApp.tokenFor(['committee']));
});

interface CommandAnswer {
  readonly id: string;
  readonly version: number;
  readonly position: string;
  readonly events: string[];
}

const mintrud = {
  name: { ru: 'Министерство труда и социальной защиты Российской Федерации', en: 'Ministry of Labour and Social Protection of the Russian Federation' },
  country: 'RU',
  kind: 'ministry',
};

async function registered(overrides: Record<string, unknown> = {}): Promise<CommandAnswer> {
  return (await secretariat.post('/api/v1/addressees', { ...mintrud, ...overrides }).expect(201)).body;
}

const addressee = async (id: string, position: string) => (await committee.get(`/api/v1/addressees/${id}?minPosition=${position}`).expect(200)).body;
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
const named = (ru: string, en: string | null = null) => ({ name: { ru, en } });

describe('registering an addressee', () => {
  it('registers a body under its country’s default policy and answers 201 with the command result', async () => {
    const response = await secretariat.post('/api/v1/addressees', mintrud).expect(201);
    expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1, position: expect.stringMatching(/^\d+-\d+$/), events: [expect.any(String)] });
    expect(await addressee(response.body.id, response.body.position)).toEqual({
      id: response.body.id,
      ...mintrud,
      policyId: 'RU-59FZ',
      retired: false,
      version: 1,
      policy: expect.objectContaining({ id: 'RU-59FZ', country: 'RU', answer: { days: 30, dayKind: 'calendar', source: '59-FZ art. 12 part 1', certainty: 'confirmed' } }),
      retirementReason: null,
      registeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      retiredAt: null,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('registers an interstate body, which has no statutory period, under an expected answer date', async () => {
    const { id, position } = await registered({ ...named('Межпарламентская Ассамблея государств — участников СНГ'), country: 'interstate', kind: 'interstate_body' });
    expect(await addressee(id, position)).toMatchObject({ country: 'interstate', kind: 'interstate_body', policyId: 'EXPECTED-DATE', name: { en: null } });
  });

  it('registers a body under the policy chosen', async () => {
    const { id, position } = await registered({ policyId: 'RU-59FZ-MIGRATION' });
    expect((await addressee(id, position)).policyId).toBe('RU-59FZ-MIGRATION');
  });

  it('trims the names and stores a blank English name as none', async () => {
    const { id, position } = await registered(named('  Минтруд России  ', '  '));
    expect((await addressee(id, position)).name).toEqual({ ru: 'Минтруд России', en: null });
  });

  it('is open to administrators', async () => {
    await client(testApp, await testApp.tokenFor(['admin'])).post('/api/v1/addressees', mintrud).expect(201);
  });

  it('refuses a policy of another country’s law with 422 POLICY_COUNTRY_MISMATCH and records nothing', async () => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/addressees', { ...mintrud, policyId: 'UZ-ZRU-445' }).expect(422);
    expect(response.body).toMatchObject({ code: 'POLICY_COUNTRY_MISMATCH', details: { policyId: 'UZ-ZRU-445', policyCountry: 'UZ', country: 'RU' } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each([
    ['no Russian name', { name: { en: 'Ministry' } }, 'name.ru'],
    ['a blank Russian name', { name: { ru: '   ' } }, 'name.ru'],
    ['no name at all', { name: undefined }, 'name'],
    ['a country by its name', { country: 'Russia' }, 'country'],
    ['a country code in lower case', { country: 'ru' }, 'country'],
    ['a country code that ISO 3166 does not assign', { country: 'XX' }, 'country'],
    ['no country', { country: undefined }, 'country'],
    ['an unknown kind', { kind: 'court' }, 'kind'],
    ['a policy the table does not have', { policyId: 'RU-OLD' }, 'policyId'],
    ['an unknown field', { region: 'Москва' }, 'region'],
  ])('refuses %s with 400 naming the field, and records nothing', async (_, overrides, field) => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/addressees', { ...mintrud, ...overrides }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers a repeated commandId with the first answer and records nothing more', async () => {
    const body = { ...mintrud, commandId: randomUUID() };
    const first = await secretariat.post('/api/v1/addressees', body).expect(201);
    const before = await eventCount(testApp);
    const again = await secretariat.post('/api/v1/addressees', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each(['representative', 'committee', 'auditor'] as const)('is refused to the %s role, and records nothing', async (role) => {
    const before = await eventCount(testApp);
    const response = await client(testApp, await testApp.tokenFor([role], role === 'representative' ? randomUUID() : null))
      .post('/api/v1/addressees', mintrud)
      .expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('revising an addressee', () => {
  it('changes only what is given', async () => {
    const { id } = await registered();
    const revised = await secretariat.post(`/api/v1/addressees/${id}/revision`, { kind: 'agency', policyId: 'RU-59FZ-MIGRATION' }).expect(201);
    expect(revised.body).toMatchObject({ id, version: 2, events: [expect.any(String)] });
    expect(await addressee(id, revised.body.position)).toMatchObject({ ...mintrud, kind: 'agency', policyId: 'RU-59FZ-MIGRATION', version: 2 });
  });

  it('moves a body on its default policy to the default of its new country', async () => {
    const { id } = await registered();
    const revised = await secretariat.post(`/api/v1/addressees/${id}/revision`, { country: 'KG' }).expect(201);
    expect(await addressee(id, revised.body.position)).toMatchObject({ country: 'KG', policyId: 'KG-67' });
  });

  it('records nothing for a revision that changes nothing', async () => {
    const { id, position } = await registered();
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/addressees/${id}/revision`, { ...mintrud, policyId: 'RU-59FZ' }).expect(201);
    expect(response.body).toEqual({ id, version: 1, position, events: [] });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses to carry a chosen policy over to another country with 422 POLICY_COUNTRY_MISMATCH', async () => {
    const { id } = await registered({ policyId: 'RU-59FZ-MIGRATION' });
    const response = await secretariat.post(`/api/v1/addressees/${id}/revision`, { country: 'TJ' }).expect(422);
    expect(response.body.code).toBe('POLICY_COUNTRY_MISMATCH');
  });

  it('refuses a stale expectedVersion with 409 CONCURRENCY_CONFLICT and records nothing', async () => {
    const { id } = await registered();
    await secretariat.post(`/api/v1/addressees/${id}/revision`, { kind: 'agency' }).expect(201);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/addressees/${id}/revision`, { kind: 'ministry', expectedVersion: 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: 1, actualVersion: 2 } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers a repeated commandId with the first answer and records nothing more', async () => {
    const { id } = await registered();
    const body = { name: { ru: 'Минтруд России' }, commandId: randomUUID() };
    const first = await secretariat.post(`/api/v1/addressees/${id}/revision`, body).expect(201);
    const before = await eventCount(testApp);
    expect((await secretariat.post(`/api/v1/addressees/${id}/revision`, body).expect(201)).body).toEqual(first.body);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a country that is not an ISO code with 400, and records nothing', async () => {
    const { id } = await registered();
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/addressees/${id}/revision`, { country: 'RUS' }).expect(400);
    expect(response.body.details).toEqual([{ field: 'country', problems: ['country must be an ISO 3166-1 alpha-2 code in capitals, such as RU, or "interstate"'] }]);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses to revise a retired body with 422 ADDRESSEE_RETIRED', async () => {
    const { id } = await registered();
    await secretariat.post(`/api/v1/addressees/${id}/retirement`).expect(201);
    const response = await secretariat.post(`/api/v1/addressees/${id}/revision`, { kind: 'agency' }).expect(422);
    expect(response.body.code).toBe('ADDRESSEE_RETIRED');
  });

  it('answers 404 for a body that was never registered', async () => {
    const response = await secretariat.post(`/api/v1/addressees/${randomUUID()}/revision`, { kind: 'agency' }).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('is refused to a representative', async () => {
    const { id } = await registered();
    const representative = client(testApp, await testApp.tokenFor(['representative'], randomUUID()));
    expect((await representative.post(`/api/v1/addressees/${id}/revision`, { kind: 'agency' }).expect(403)).body.code).toBe('ROLE_REQUIRED');
  });
});

describe('retiring an addressee', () => {
  it('retires a body with the reason given', async () => {
    const { id } = await registered();
    const reason = { ru: 'Орган упразднён', en: 'The body was abolished' };
    const retired = await secretariat.post(`/api/v1/addressees/${id}/retirement`, { reason }).expect(201);
    expect(await addressee(id, retired.body.position)).toMatchObject({ retired: true, retirementReason: reason, retiredAt: expect.stringMatching(/^\d{4}-/), version: 2 });
  });

  it('refuses to retire a body twice with 422 ADDRESSEE_RETIRED, and records nothing', async () => {
    const { id } = await registered();
    await secretariat.post(`/api/v1/addressees/${id}/retirement`).expect(201);
    const before = await eventCount(testApp);
    expect((await secretariat.post(`/api/v1/addressees/${id}/retirement`).expect(422)).body.code).toBe('ADDRESSEE_RETIRED');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a reason without Russian text with 400', async () => {
    const { id } = await registered();
    const response = await secretariat.post(`/api/v1/addressees/${id}/retirement`, { reason: { en: 'Abolished' } }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain('reason.ru');
  });

  it('answers 404 for a body that was never registered', async () => {
    await secretariat.post(`/api/v1/addressees/${randomUUID()}/retirement`).expect(404);
  });

  it('is refused to an auditor', async () => {
    const { id } = await registered();
    await client(testApp, await testApp.tokenFor(['auditor'])).post(`/api/v1/addressees/${id}/retirement`).expect(403);
  });
});

describe('the register of addressees', () => {
  it('finds bodies by a part of either name in any case, with ё as е', async () => {
    const { id } = await registered(named('Служба «Ёлка» по ВОПРОСАМ миграции', 'Spruce migration service'));
    const last = await registered(named('Служба «Сосна»', 'Pine service'));
    const response = await committee.get(`/api/v1/addressees?q=${encodeURIComponent('елка» по вопросам')}&minPosition=${last.position}`).expect(200);
    expect(response.body).toEqual({
      items: [{ id, name: { ru: 'Служба «Ёлка» по ВОПРОСАМ миграции', en: 'Spruce migration service' }, country: 'RU', kind: 'ministry', policyId: 'RU-59FZ', retired: false, version: 1 }],
      nextCursor: null,
    });
    expect(ids((await committee.get('/api/v1/addressees?q=SPRUCE').expect(200)).body)).toEqual([id]);
  });

  it('filters by country, kind, policy and retirement', async () => {
    const marker = `Фильтр ${randomUUID().slice(0, 8)}`;
    const uz = await registered({ ...named(`${marker}: агентство`), country: 'UZ', kind: 'agency' });
    const ngo = await registered({ ...named(`${marker}: союз`), kind: 'ngo' });
    const ministry = await registered({ ...named(`${marker}: министерство`), policyId: 'RU-59FZ-MIGRATION' });
    const retired = await secretariat.post(`/api/v1/addressees/${ministry.id}/retirement`).expect(201);
    const list = async (filter: string) =>
      ids((await committee.get(`/api/v1/addressees?q=${encodeURIComponent(marker)}&${filter}&minPosition=${retired.body.position}`).expect(200)).body);
    expect(await list('country=UZ')).toEqual([uz.id]);
    expect(await list('kind=ngo')).toEqual([ngo.id]);
    expect(await list('policyId=EXPECTED-DATE')).toEqual([ngo.id]);
    expect(await list('policyId=RU-59FZ-MIGRATION')).toEqual([ministry.id]);
    expect(await list('retired=true')).toEqual([ministry.id]);
    expect(await list('retired=false')).toEqual([uz.id, ngo.id]);
    expect(await list('country=RU&kind=ngo&retired=false')).toEqual([ngo.id]);
  });

  it('pages through the bodies by Russian name with a cursor', async () => {
    const marker = `Страницы ${randomUUID().slice(0, 8)}`;
    let last: CommandAnswer | undefined;
    for (const letter of ['В', 'А', 'Б']) last = await registered(named(`${marker} ${letter}`));
    const path = `/api/v1/addressees?q=${encodeURIComponent(marker)}&limit=2`;
    const first = await committee.get(`${path}&minPosition=${last?.position}`).expect(200);
    const second = await committee.get(`${path}&cursor=${first.body.nextCursor}`).expect(200);
    expect([...first.body.items, ...second.body.items].map((item: { name: { ru: string } }) => item.name.ru.slice(-1))).toEqual(['А', 'Б', 'В']);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ['an unknown kind', 'kind=court', 'kind'],
    ['a country in lower case', 'country=uz', 'country'],
    ['a policy the table does not have', 'policyId=XX', 'policyId'],
    ['retirement other than true or false', 'retired=yes', 'retired'],
    ['a cursor of another shape than it gives', `cursor=${Buffer.from(JSON.stringify(['Министерство', 'not-an-id'])).toString('base64url')}`, 'cursor'],
  ])('refuses %s with 400 naming the field', async (_, filter, field) => {
    const response = await committee.get(`/api/v1/addressees?${filter}`).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it.each(['admin', 'auditor', 'committee', 'secretariat'] as const)('is open to the %s role', async (role) => {
    await client(testApp, await testApp.tokenFor([role])).get('/api/v1/addressees').expect(200);
  });

  it('is closed to representatives', async () => {
    const response = await client(testApp, await testApp.tokenFor(['representative'], randomUUID())).get('/api/v1/addressees').expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });
});

describe('one addressee', () => {
  it('answers 404 for a body that was never registered', async () => {
    const response = await committee.get(`/api/v1/addressees/${randomUUID()}`).expect(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND', details: { kind: 'addressee' } });
  });

  it('refuses an id that is not a UUID with 400', async () => {
    await committee.get('/api/v1/addressees/mintrud').expect(400);
  });

  it('is closed to representatives', async () => {
    const { id } = await registered();
    await client(testApp, await testApp.tokenFor(['representative'], randomUUID())).get(`/api/v1/addressees/${id}`).expect(403);
  });
});

describe('the jurisdiction policy table', () => {
  it('lists every row with its periods, the articles they rest on and how sure each figure is', async () => {
    const response = await committee.get('/api/v1/addressees/policies').expect(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.map((policy: { id: string }) => policy.id)).toEqual(['RU-59FZ', 'RU-59FZ-MIGRATION', 'KZ-APPK', 'UZ-ZRU-445', 'KG-67', 'TJ-1339', 'EXPECTED-DATE']);
    expect(response.body.items[1]).toMatchObject({
      id: 'RU-59FZ-MIGRATION',
      country: 'RU',
      law: { ru: expect.stringContaining('59-ФЗ'), en: expect.stringContaining('59-FZ') },
      answer: { days: 20, dayKind: 'calendar', source: '59-FZ art. 12 part 1.1', certainty: 'recalled' },
      notes: { ru: expect.any(String), en: expect.any(String) },
    });
    expect(response.body.items[6]).toMatchObject({ id: 'EXPECTED-DATE', country: null, law: null, answer: null });
  });

  it('is open to auditors and closed to representatives', async () => {
    await client(testApp, await testApp.tokenFor(['auditor'])).get('/api/v1/addressees/policies').expect(200);
    await client(testApp, await testApp.tokenFor(['representative'], randomUUID())).get('/api/v1/addressees/policies').expect(403);
  });
});

describe('the demo addressees', () => {
  it('registers the bodies of the round table’s recommendations under their policies, then nothing the second time', async () => {
    const first = await runAsSystem('demo', () => seedDemoAddressees(testApp.app));
    expect(first).toHaveLength(DEMO_ADDRESSEES.length);
    const before = await eventCount(testApp);
    expect(await runAsSystem('demo', () => seedDemoAddressees(testApp.app))).toEqual([]);
    expect(await eventCount(testApp)).toBe(before);

    expect(await testApp.app.get(ProjectionRunner).caughtUp(10_000)).toBe(true);
    const policyOf = async (key: string) => {
      const demo = DEMO_ADDRESSEES.find((entry) => entry.key === key);
      return (await committee.get(`/api/v1/addressees/${demo?.id}`).expect(200)).body.policyId;
    };
    expect(await policyOf('ipa-cis')).toBe('EXPECTED-DATE');
    expect(await policyOf('ru-mintrud')).toBe('RU-59FZ');
    expect(await policyOf('uz-migration-agency')).toBe('UZ-ZRU-445');
    expect(await policyOf('tj-migration-service')).toBe('TJ-1339');
    expect(await policyOf('kg-mintrud')).toBe('KG-67');
    expect(await policyOf('ru-rspp')).toBe('EXPECTED-DATE');
  });
});

describe('the OpenAPI document', () => {
  async function routes() {
    const document = (await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(document.paths)
      .filter(([template]) => template.startsWith('/api/v1/addressees'))
      .flatMap(([template, operations]) => Object.keys(operations).map((method) => ({ method: method as 'get' | 'post', template })));
  }

  it('documents every route of the register of addressees', async () => {
    expect((await routes()).map((route) => `${route.method.toUpperCase()} ${route.template}`).sort()).toEqual([
      'GET /api/v1/addressees',
      'GET /api/v1/addressees/policies',
      'GET /api/v1/addressees/{id}',
      'POST /api/v1/addressees',
      'POST /api/v1/addressees/{id}/retirement',
      'POST /api/v1/addressees/{id}/revision',
    ]);
  });

  it('refuses each of them without credentials (401) and to a caller holding no role (403)', async () => {
    const server = testApp.app.getHttpServer();
    const roleless = await testApp.tokenFor([]);
    for (const { method, template } of await routes()) {
      const path = template.replace(/\{[^}]+\}/g, randomUUID());
      expect([template, (await request(server)[method](path).send({})).status]).toEqual([template, 401]);
      expect([template, (await request(server)[method](path).set('Authorization', `Bearer ${roleless}`).send({})).status]).toEqual([template, 403]);
    }
  });
});
