// The founding through HTTP: a test application with the register and the founding, and the letters of the story.
import { createHash } from 'node:crypto';
import request from 'supertest';
import { foundingFeature, FoundingModule } from '#accord/founding';
import { membershipFeature, MembershipModule } from '#accord/membership';
import { innWith, ogrnWith } from '../../libs/membership/src/domain/testing/check-digits.js';
import { createTestApp, eventsRecorded, type TestApp } from '../support/test-app.js';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The platform with identity, the register of members and the founding, on a database of its own. */
export function createFoundingApp(environment: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp(
    [
      { feature: membershipFeature, module: MembershipModule },
      { feature: foundingFeature, module: FoundingModule },
    ],
    environment,
  );
}

export const LETTER_IDS = {
  RU: '0f0a0000-0000-4000-8000-000000000001',
  UZ: '0f0a0000-0000-4000-8000-000000000002',
  TJ: '0f0a0000-0000-4000-8000-000000000003',
  KG: '0f0a0000-0000-4000-8000-000000000004',
  KZ: '0f0a0000-0000-4000-8000-000000000005',
} as const;

export type Country = keyof typeof LETTER_IDS;

const IDENTIFIERS: Record<Country, { scheme: string; values: Record<string, string> }> = {
  RU: { scheme: 'RU_OGRN_INN', values: { ogrn: ogrnWith('126770000005'), inn: innWith('770000005') } },
  UZ: { scheme: 'UZ_STIR', values: { stir: '301234567' } },
  TJ: { scheme: 'TJ_INN', values: { inn: '512345678' } },
  KG: { scheme: 'KG_INN', values: { inn: '02004202610005' } },
  KZ: { scheme: 'KZ_BIN', values: { bin: '260440000701' } },
};

const NAMES: Record<Country, { ru: string; en: string }> = {
  RU: { ru: 'ООО «Тестовое агентство «Нева»»', en: 'Neva Test Agency LLC' },
  UZ: { ru: 'ООО «Тестовое агентство «Бухара»»', en: 'Bukhara Test Agency LLC' },
  TJ: { ru: 'ООО «Тестовое агентство «Худжанд»»', en: 'Khujand Test Agency LLC' },
  KG: { ru: 'ОсОО «Тестовое агентство «Ош»»', en: 'Osh Test Agency LLC' },
  KZ: { ru: 'Тестовое объединение работодателей «Алатау»', en: 'Alatau Test Employers Association' },
};

/** The body of a letter of intent from the story's founder of `country` (fixed letter id, valid identifier). */
export function letterBody(country: Country, receivedOn = '2026-04-20') {
  const domain = `${country.toLowerCase()}.test.example`;
  return {
    letterId: LETTER_IDS[country],
    organization: {
      name: NAMES[country],
      country,
      legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
      category: country === 'KZ' ? 'employers_association' : 'staffing_agency',
      nationalIdentifier: IDENTIFIERS[country],
      contacts: { email: `office@${domain}`, phone: null, address: null },
    },
    representative: { name: { ru: `Представитель ${country}`, en: `Representative ${country}` }, position: { ru: 'директор', en: 'director' }, email: `head@${domain}` },
    receivedOn,
  };
}

export const initiativeBody = {
  initiator: { name: { ru: 'Союз «МАТМ»', en: 'Union MATM' }, country: 'RU' },
  committee: [{ name: { ru: 'Ирина Тестова', en: 'Irina Testova' }, role: { ru: 'председатель оргкомитета', en: 'committee chair' } }],
  launchedOn: '2026-04-15',
};

export const DRAFTS = ['Устав Ассоциации. Редакция 1.', 'Устав Ассоциации. Редакция 2: правила принятия решений.'];

export const votingRules = [
  { body: 'general_assembly', question: 'charter_amendment', title: { ru: 'Изменение устава', en: 'Amending the charter' }, rule: 'qualified_majority' },
];

export function minutesBody(countries: readonly Country[], overrides: Record<string, unknown> = {}) {
  return {
    present: countries.map((country) => ({ letterId: LETTER_IDS[country], representedBy: { ru: `Представитель ${country}` }, establishmentVote: 'for' })),
    charter: { number: 2, sha256: sha256(DRAFTS[1]) },
    votingRules,
    chair: { name: { ru: 'Представитель RU' }, representing: LETTER_IDS.RU },
    council: [{ name: { ru: 'Представитель UZ' }, representing: LETTER_IDS.UZ }],
    auditCommission: [{ name: { ru: 'Ольга Ревизорова' }, representing: null }],
    ...overrides,
  };
}

export const ministry = { ru: 'Министерство юстиции Российской Федерации', en: 'Ministry of Justice of the Russian Federation' };

/** Requests of one role against the test application. */
export async function client(testApp: TestApp, roles: Parameters<TestApp['tokenFor']>[0], organizationId?: string) {
  const server = testApp.app.getHttpServer();
  const token = await testApp.tokenFor(roles, organizationId);
  return {
    get: (path: string) => request(server).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => request(server).post(path).set('Authorization', `Bearer ${token}`).send(body),
  };
}

export function eventCount(testApp: TestApp): Promise<number> {
  return eventsRecorded(testApp);
}

/** Retries `check` until it passes: for what an asynchronous process manager does. */
export async function eventually<T>(check: () => Promise<T>, timeoutMilliseconds = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Runs the founding through the API up to the established Association; answers the `AssociationEstablished` event id. */
export async function establish(secretariat: Awaited<ReturnType<typeof client>>, countries: readonly Country[]): Promise<string> {
  const post = async (path: string, body: object) => (await secretariat.post(`/api/v1/founding${path}`, body).expect(201)).body;
  await post('/initiative', initiativeBody);
  for (const country of countries) await post('/letters-of-intent', letterBody(country));
  for (const [index, content] of DRAFTS.entries()) await post('/charter-drafts', { content, draftedOn: `2026-04-2${index}` });
  await post('/assembly', { date: '2026-05-29', venue: { kind: 'online', url: 'https://meet.test.example/founding' }, convenedOn: '2026-05-15' });
  await post('/assembly/minutes', minutesBody(countries, { council: [], chair: { name: { ru: 'Председатель' }, representing: null } }));
  await post('/registration-filing', { authority: ministry, filedOn: '2026-06-05' });
  const registered = await post('/registration', { registrationNumber: 'ТЕСТ-7800-0001', registeredOn: '2026-07-10' });
  return registered.events[1];
}
