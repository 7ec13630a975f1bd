import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AssociationCalendar } from '#accord/kernel';
import { ProjectionRunner } from '#accord/projections';
import { assemblyDecision, admittedMember, client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { establishedGroup, sha256, workingGroups } from './working-group-fixtures.js';

let secretariat: Client;
let committee: Client;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  committee = client(testApp, await testApp.tokenFor(['committee']));
});

async function caughtUp() {
  expect(await testApp.app.get(ProjectionRunner).caughtUp(10_000)).toBe(true);
}

const title = (ru: string) => ({ ru, en: null });
const named = (ru: string, en: string) => ({ name: { ru, en } });
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

/** Days from `from` to today in the Association’s time zone, as the server counts them. */
function daysSince(from: string): number {
  const today = Date.parse(new AssociationCalendar().today());
  return Math.round((today - Date.parse(from)) / 86_400_000);
}

describe('the list of working groups', () => {
  it('shows each group with its member count and its open and overdue deliverables', async () => {
    const { id } = await establishedGroup(secretariat, 3, named('Группа по квалификациям «Счётчик»', 'Counting group'));
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'late', title: title('Отчёт'), dueDate: '2020-03-01' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'later', title: title('Доклад'), dueDate: '2099-03-01' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: 'done', title: title('Справка'), dueDate: '2020-03-01' }).expect(201);
    const delivered = await secretariat
      .post(`/api/v1/working-groups/${id}/deliverables/done/delivery`, { documentSha256: sha256('e'), date: '2020-02-20' })
      .expect(201);
    const response = await committee.get(`/api/v1/working-groups?q=${encodeURIComponent('счётчик')}&minPosition=${delivered.body.position}`).expect(200);
    expect(response.body).toEqual({
      items: [
        {
          id,
          name: { ru: 'Группа по квалификациям «Счётчик»', en: 'Counting group' },
          status: 'active',
          chairOrganizationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          memberCount: 3,
          openDeliverables: 1,
          overdueDeliverables: 1,
          // The legal date is the council decision's; the recording time stays beside it.
          establishedOn: assemblyDecision.date,
          establishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          version: 5,
        },
      ],
      nextCursor: null,
    });
  });

  it('finds groups by a part of the Russian name in any case, with ё as е', async () => {
    const { id } = await establishedGroup(secretariat, 1, named('Группа по ОРГАНИЗОВАННОМУ набору «Ёж»', 'Hedgehog group'));
    await establishedGroup(secretariat, 1, named('Группа по трудовым правам', 'Labour rights group'));
    await caughtUp();
    const response = await committee.get(`/api/v1/working-groups?q=${encodeURIComponent('организованному НАБОРУ «еж')}`).expect(200);
    expect(ids(response.body)).toEqual([id]);
    const byEnglish = await committee.get('/api/v1/working-groups?q=HEDGEHOG').expect(200);
    expect(ids(byEnglish.body)).toEqual([id]);
  });

  it('filters by status', async () => {
    const active = await establishedGroup(secretariat, 1, named('Фильтр: действующая', 'Filter active'));
    const dissolved = await establishedGroup(secretariat, 1, named('Фильтр: распущенная', 'Filter dissolved'));
    await secretariat.post(`/api/v1/working-groups/${dissolved.id}/dissolution`, { decision: assemblyDecision }).expect(201);
    await caughtUp();
    const q = encodeURIComponent('фильтр:');
    expect(ids((await committee.get(`/api/v1/working-groups?status=dissolved&q=${q}`).expect(200)).body)).toEqual([dissolved.id]);
    expect(ids((await committee.get(`/api/v1/working-groups?status=active&q=${q}`).expect(200)).body)).toEqual([active.id]);
    await committee.get('/api/v1/working-groups?status=sleeping').expect(400);
  });

  it('pages through the groups by name with a cursor', async () => {
    for (const letter of ['В', 'А', 'Б']) await establishedGroup(secretariat, 1, named(`${letter} — страницы групп`, `${letter} pages`));
    await caughtUp();
    const first = await committee.get(`/api/v1/working-groups?q=${encodeURIComponent('страницы групп')}&limit=2`).expect(200);
    const second = await committee.get(`/api/v1/working-groups?q=${encodeURIComponent('страницы групп')}&limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect([...first.body.items, ...second.body.items].map((item: { name: { ru: string } }) => item.name.ru[0])).toEqual(['А', 'Б', 'В']);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each(['admin', 'auditor', 'committee', 'secretariat'] as const)('is open to the %s role', async (role) => {
    await client(testApp, await testApp.tokenFor([role])).get('/api/v1/working-groups').expect(200);
  });

  it('is closed to representatives', async () => {
    const response = await client(testApp, await testApp.tokenFor(['representative'], randomUUID())).get('/api/v1/working-groups').expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });
});

describe('overdue deliverables', () => {
  it('lists every undelivered deliverable past its due date across active groups, the longest overdue first', async () => {
    const first = await establishedGroup(secretariat, 1, named('Просрочка: первая', 'Overdue one'));
    const second = await establishedGroup(secretariat, 1, named('Просрочка: вторая', 'Overdue two'));
    const dissolved = await establishedGroup(secretariat, 1, named('Просрочка: распущенная', 'Overdue dissolved'));
    await secretariat.post(`/api/v1/working-groups/${first.id}/deliverables`, { id: 'a', title: title('Первый'), dueDate: '2021-05-10' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${second.id}/deliverables`, { id: 'b', title: title('Второй'), dueDate: '2021-05-01' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${second.id}/deliverables`, { id: 'c', title: title('Будущий'), dueDate: '2099-05-01' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${second.id}/deliverables`, { id: 'd', title: title('Сданный'), dueDate: '2021-04-01' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${second.id}/deliverables/d/delivery`, { documentSha256: sha256('f'), date: '2021-03-30' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${dissolved.id}/deliverables`, { id: 'e', title: title('Отменённый'), dueDate: '2021-01-01' }).expect(201);
    await secretariat.post(`/api/v1/working-groups/${dissolved.id}/dissolution`, { decision: assemblyDecision }).expect(201);
    await caughtUp();

    const response = await committee.get('/api/v1/working-groups/deliverables/overdue?limit=500').expect(200);
    const mine = response.body.items.filter((item: { workingGroupId: string }) => [first.id, second.id, dissolved.id].includes(item.workingGroupId));
    expect(mine).toEqual([
      {
        workingGroupId: second.id,
        workingGroupName: { ru: 'Просрочка: вторая', en: 'Overdue two' },
        deliverableId: 'b',
        title: { ru: 'Второй', en: null },
        dueDate: '2021-05-01',
        daysOverdue: daysSince('2021-05-01'),
      },
      {
        workingGroupId: first.id,
        workingGroupName: { ru: 'Просрочка: первая', en: 'Overdue one' },
        deliverableId: 'a',
        title: { ru: 'Первый', en: null },
        dueDate: '2021-05-10',
        daysOverdue: daysSince('2021-05-10'),
      },
    ]);
  });

  it('pages through the overdue deliverables with a cursor', async () => {
    const { id } = await establishedGroup(secretariat, 1);
    for (const day of ['01', '02', '03']) {
      await secretariat.post(`/api/v1/working-groups/${id}/deliverables`, { id: `p${day}`, title: title('Страница'), dueDate: `2019-01-${day}` }).expect(201);
    }
    await caughtUp();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { deliverableId: string; workingGroupId: string }[]; nextCursor: string | null } } = await committee
        .get(`/api/v1/working-groups/deliverables/overdue?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...page.body.items.filter((item) => item.workingGroupId === id).map((item) => item.deliverableId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['p01', 'p02', 'p03']);
  });
});

describe('cursors', () => {
  it.each([
    ['/api/v1/working-groups', ['Группа', 'not-an-id']],
    ['/api/v1/working-groups/deliverables/overdue', ['2021-02-30', randomUUID(), 'a']],
  ])('refuses on %s a cursor of another shape than it gives', async (path, key) => {
    const response = await committee.get(`${path}?cursor=${Buffer.from(JSON.stringify(key)).toString('base64url')}`).expect(400);
    expect(response.body.details).toEqual([{ field: 'cursor', problems: ['cursor is not one this API returned'] }]);
  });
});

describe('one working group', () => {
  it('answers 404 for a group that does not exist', async () => {
    const response = await committee.get(`/api/v1/working-groups/${randomUUID()}`).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('shows each member with its name and status from the register, newcomers last', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const outsider = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/working-groups/${id}/members`, { organizationId: outsider.id }).expect(201);
    await caughtUp();
    const body = (await committee.get(`/api/v1/working-groups/${id}`).expect(200)).body;
    const seats = body.members.map((member: { organizationId: string; status: string; name: { ru: string } }) => [member.organizationId, member.status, member.name.ru]);
    expect(seats.slice(0, 2).sort()).toEqual(members.map((member) => [member, 'admitted', 'ООО «Кадровое агентство Пример»']).sort());
    expect(seats[2]).toEqual([outsider.id, 'admitted', 'ООО «Кадровое агентство Пример»']);
  });
});

describe('the OpenAPI document', () => {
  async function routesOf(prefixes: readonly string[]) {
    const document = (await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(document.paths)
      .filter(([template]) => prefixes.some((prefix) => template.startsWith(prefix)))
      .flatMap(([template, operations]) => Object.keys(operations).map((method) => ({ method: method as 'get' | 'post', template })));
  }

  it('documents every route of the register and of the working groups', async () => {
    const routes = (await routesOf(['/api/v1/members', '/api/v1/working-groups'])).map((route) => `${route.method.toUpperCase()} ${route.template}`);
    expect(routes.sort()).toEqual(
      [
        'GET /api/v1/members',
        'GET /api/v1/members/statistics',
        'GET /api/v1/members/{id}',
        'GET /api/v1/working-groups',
        'GET /api/v1/working-groups/deliverables/overdue',
        'GET /api/v1/working-groups/{id}',
        'POST /api/v1/members',
        'POST /api/v1/members/{id}/admission',
        'POST /api/v1/members/{id}/details',
        'POST /api/v1/members/{id}/expulsion',
        'POST /api/v1/members/{id}/reinstatement',
        'POST /api/v1/members/{id}/rejection',
        'POST /api/v1/members/{id}/representatives',
        'POST /api/v1/members/{id}/representatives/{representativeId}/removal',
        'POST /api/v1/members/{id}/suspension',
        'POST /api/v1/members/{id}/withdrawal',
        'POST /api/v1/working-groups',
        'POST /api/v1/working-groups/{id}/chair',
        'POST /api/v1/working-groups/{id}/deliverables',
        'POST /api/v1/working-groups/{id}/deliverables/{deliverableId}/delivery',
        'POST /api/v1/working-groups/{id}/dissolution',
        'POST /api/v1/working-groups/{id}/meetings',
        'POST /api/v1/working-groups/{id}/members',
        'POST /api/v1/working-groups/{id}/members/{organizationId}/removal',
      ].sort(),
    );
  });

  it('refuses each of them without credentials (401) and to a caller holding no role (403)', async () => {
    const server = testApp.app.getHttpServer();
    const roleless = await testApp.tokenFor([]);
    for (const { method, template } of await routesOf(['/api/v1/members', '/api/v1/working-groups'])) {
      const path = template.replace(/\{[^}]+\}/g, randomUUID());
      expect([template, (await request(server)[method](path).send({})).status]).toEqual([template, 401]);
      expect([template, (await request(server)[method](path).set('Authorization', `Bearer ${roleless}`).send({})).status]).toEqual([template, 403]);
    }
  });
});
