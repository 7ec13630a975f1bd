import { randomUUID } from 'node:crypto';
import { ProjectionRunner } from '#accord/projections';
import { suiteApp } from '../support/test-app.js';
import { admittedMember, appliedMember, applicationBody, client, assemblyDecision, eventCount, membership, type Client } from './membership-fixtures.js';

const testApp = suiteApp([membership]);
let secretariat: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

/** Waits until the register has applied everything recorded so far. */
async function registerCaughtUp() {
  expect(await testApp.app.get(ProjectionRunner).caughtUp(5_000)).toBe(true);
}

const named = (ru: string, en: string | null, overrides: Record<string, unknown> = {}) => applicationBody({ name: { ru, en }, ...overrides });

describe('the list of members', () => {
  it('finds organizations by a part of the Russian name in any case, Cyrillic included', async () => {
    const { id } = await appliedMember(secretariat, named('Ассоциация «Трудовая Миграция Поволжья»', 'Volga Labour Migration Association'));
    await appliedMember(secretariat, named('Ассоциация работодателей Урала', null));
    await registerCaughtUp();
    const response = await secretariat.get(`/api/v1/members?q=${encodeURIComponent('ТРУДОВАЯ миграция')}`).expect(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('finds organizations by a part of the English name, and reads ё as е', async () => {
    const { id } = await appliedMember(secretariat, named('Учебный центр «Ёлки»', 'Yolki Training Centre'));
    await registerCaughtUp();
    const byEnglish = await secretariat.get('/api/v1/members?q=training%20CENTRE').expect(200);
    expect(byEnglish.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const byYo = await secretariat.get(`/api/v1/members?q=${encodeURIComponent('елки')}`).expect(200);
    expect(byYo.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('treats % and _ in the search as plain characters', async () => {
    await registerCaughtUp();
    const response = await secretariat.get('/api/v1/members?q=%25').expect(200);
    expect(response.body.items).toEqual([]);
  });

  it('filters by status, country and category, and shows each item with its bilingual status', async () => {
    const kazakh = await admittedMember(secretariat, 'observer', {
      country: 'KZ',
      category: 'employers_association',
      nationalIdentifier: { scheme: 'KZ_BIN', values: { bin: '260440000701' } },
    });
    await registerCaughtUp();
    const response = await secretariat.get('/api/v1/members?status=admitted&country=KZ&category=employers_association').expect(200);
    expect(response.body).toEqual({
      items: [
        {
          id: kazakh.id,
          name: { ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' },
          country: 'KZ',
          category: 'employers_association',
          status: 'admitted',
          statusTitle: { ru: 'член Объединения', en: 'admitted' },
          membership: 'observer',
          admittedOn: assemblyDecision.date,
          admittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          previousMemberId: null,
          version: 2,
        },
      ],
      nextCursor: null,
    });
  });

  it('pages through the register by name with a cursor, never repeating or skipping an organization', async () => {
    for (const letter of ['Я', 'Б', 'А', 'В']) await appliedMember(secretariat, named(`${letter} — организация для страниц`, null));
    await registerCaughtUp();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: { ru: string } }[]; nextCursor: string | null } } = await secretariat
        .get(`/api/v1/members?q=${encodeURIComponent('для страниц')}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...page.body.items.map((item) => item.name.ru[0]));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['А', 'Б', 'В', 'Я']);
  });

  it.each([
    ['that is not a cursor', 'bogus'],
    ['of another shape', Buffer.from(JSON.stringify(['Ассоциация', 'not-an-id'])).toString('base64url')],
  ])('refuses a cursor %s with 400', async (_, cursor) => {
    const response = await secretariat.get(`/api/v1/members?cursor=${cursor}`).expect(400);
    expect(response.body.details[0].field).toBe('cursor');
  });

  it('refuses an unknown status filter', async () => {
    const response = await secretariat.get('/api/v1/members?status=honorary').expect(400);
    expect(response.body.details[0].field).toBe('status');
  });

  it('shows a representative only its own organization', async () => {
    const own = await appliedMember(secretariat);
    await appliedMember(secretariat);
    await registerCaughtUp();
    const representative = client(testApp, await testApp.tokenFor(['representative'], own.id));
    const response = await representative.get('/api/v1/members').expect(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([own.id]);
  });

  it.each(['admin', 'committee', 'auditor'] as const)('is open to the %s role', async (role) => {
    await client(testApp, await testApp.tokenFor([role])).get('/api/v1/members').expect(200);
  });
});

describe('the card of an organization', () => {
  it('reads its own write with minPosition', async () => {
    const { id, position } = await appliedMember(secretariat);
    const response = await secretariat.get(`/api/v1/members/${id}?minPosition=${position}`).expect(200);
    expect(response.headers['stale-read']).toBeUndefined();
    expect(response.body.id).toBe(id);
  });

  it('shows every event of the record: what, when, who, for whom, why, and by which decision', async () => {
    const { id, events: [applied] } = await appliedMember(secretariat);
    const admitted = await secretariat
      .post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision, commandId: randomUUID() })
      .set('X-Request-Id', 'request-admission-1')
      .expect(201);
    const card = (await secretariat.get(`/api/v1/members/${id}?minPosition=${admitted.body.position}`).expect(200)).body;
    expect(card.history).toEqual([
      expect.objectContaining({ eventId: applied, version: 1, type: 'MembershipApplicationSubmitted', decision: null }),
      {
        eventId: admitted.body.events[0],
        version: 2,
        type: 'MemberAdmitted',
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        position: admitted.body.position,
        actorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        onBehalfOf: null,
        correlationId: 'request-admission-1',
        causationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        commandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        decision: assemblyDecision,
        data: { membership: 'full', decision: assemblyDecision, admittedOn: '2026-07-20' },
      },
    ]);
    expect(card.statusHistory).toEqual([
      expect.objectContaining({ status: 'applied', eventId: applied }),
      expect.objectContaining({
        status: 'admitted',
        effectiveOn: '2026-07-20',
        eventId: admitted.body.events[0],
        membership: 'full',
        decision: assemblyDecision,
      }),
    ]);
  });

  it('shows the history of the ledger up to the version the card shows, even while the register catches up', async () => {
    const { id, position } = await appliedMember(secretariat);
    await secretariat.post(`/api/v1/members/${id}/admission`, { membership: 'full', decision: assemblyDecision }).expect(201);
    const card = (await secretariat.get(`/api/v1/members/${id}?minPosition=${position}`).expect(200)).body;
    expect(card.history.map((event: { version: number }) => event.version)).toEqual(Array.from({ length: card.version }, (_, index) => index + 1));
  });

  it('lets a representative read its own organization', async () => {
    const { id, position } = await appliedMember(secretariat);
    await client(testApp, await testApp.tokenFor(['representative'], id)).get(`/api/v1/members/${id}?minPosition=${position}`).expect(200);
  });

  it('refuses a representative another organization with 403 OWN_ORGANIZATION_ONLY, and records nothing', async () => {
    const { id, position } = await appliedMember(secretariat);
    const before = await eventCount(testApp);
    const response = await client(testApp, await testApp.tokenFor(['representative'], randomUUID()))
      .get(`/api/v1/members/${id}?minPosition=${position}`)
      .expect(403);
    expect(response.body.code).toBe('OWN_ORGANIZATION_ONLY');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a representative bound to no organization', async () => {
    const { id } = await appliedMember(secretariat);
    await client(testApp, await testApp.tokenFor(['representative'], null)).get(`/api/v1/members/${id}`).expect(403);
  });

  it('answers 404 for an organization not on the register', async () => {
    const response = await secretariat.get(`/api/v1/members/${randomUUID()}`).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('answers 400 for an id that is not a UUID', async () => {
    await secretariat.get('/api/v1/members/not-an-id').expect(400);
  });
});

describe('statistics', () => {
  it('counts organizations by country, category and status', async () => {
    const tajik = { country: 'TJ', category: 'educational_organization', nationalIdentifier: { scheme: 'TJ_INN', values: { inn: '010000001' } } };
    const uzbek = (stir: string) => ({ country: 'UZ', category: 'educational_organization', nationalIdentifier: { scheme: 'UZ_STIR', values: { stir } } });
    await admittedMember(secretariat, 'full', tajik);
    await admittedMember(secretariat, 'full', uzbek('300000001'));
    await admittedMember(secretariat, 'full', uzbek('300000002'));
    const last = await appliedMember(secretariat, uzbek('300000003'));
    const response = await secretariat.get(`/api/v1/members/statistics?minPosition=${last.position}`).expect(200);
    const education = response.body.counts.filter((count: { category: string }) => count.category === 'educational_organization');
    expect(education).toEqual([
      { country: 'TJ', category: 'educational_organization', status: 'admitted', statusTitle: { ru: 'член Объединения', en: 'admitted' }, count: 1 },
      { country: 'UZ', category: 'educational_organization', status: 'admitted', statusTitle: { ru: 'член Объединения', en: 'admitted' }, count: 2 },
      { country: 'UZ', category: 'educational_organization', status: 'applied', statusTitle: { ru: 'заявление подано', en: 'applied' }, count: 1 },
    ]);
    const { rows } = await testApp.database.pool.query('SELECT count(*)::int AS count FROM read.members');
    expect(response.body.total).toBe(rows[0].count);
  });

  it('is not for representatives', async () => {
    await client(testApp, await testApp.tokenFor(['representative'], randomUUID())).get('/api/v1/members/statistics').expect(403);
  });
});

describe('read-your-writes', () => {
  it('waits for the register to apply the position a command answered', async () => {
    const { id, position } = await appliedMember(secretariat);
    const response = await secretariat.get(`/api/v1/members?minPosition=${position}&q=${encodeURIComponent('кадровое')}&limit=500`).expect(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });
});
