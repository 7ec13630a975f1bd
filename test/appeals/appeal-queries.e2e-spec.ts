import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AssociationCalendar } from '#accord/kernel';
import { EVENT_STORE, formatPosition, type EventMetadata, type EventStore } from '#accord/ledger';
import { ProjectionRebuilder } from '#accord/projections';
import { ADDRESSEES, answered, dispatchedAppeal, registered, registeredAddressees } from '../../libs/appeals/src/application/testing/appeal-histories.js';
import { parseCsv } from '../../libs/appeals/src/application/testing/rfc4180.js';
import { client, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { appealsProjection } from '#accord/appeals';
import { appeals } from './appeal-fixtures.js';

const SECRETARY = randomUUID();
const CORRELATION = randomUUID();
const METADATA: EventMetadata = { actorId: SECRETARY, onBehalfOf: null, correlationId: CORRELATION, causationId: null, commandId: null };

/** Registered with the ministry: due 20 May 2026, overdue on 25 May. */
const AT_MVD = randomUUID();
/** Forwarded from the ministry to the Kazakh committee; its subject holds what CSV must quote. */
const FORWARDED = randomUUID();
/** Sent to the IPA CIS in 2025 and answered before the date expected. */
const ANSWERED = randomUUID();
const DRAFT = randomUUID();
const SEEDED: readonly string[] = [AT_MVD, FORWARDED, ANSWERED, DRAFT];
const AWKWARD_SUBJECT = { ru: 'О квотах, "оргнаборе" и\r\nЁЛКАХ', en: 'On quotas' };

let store: EventStore;
let secretariat: Client;
let auditor: Client;
let seededAt: string;

/** Appends a stream's events as the command side would record them. */
async function recordStream(streamId: string, events: readonly { readonly type: string; readonly data: unknown }[]) {
  return store.append(streamId, events.map((event) => ({ eventId: randomUUID(), type: event.type, data: event.data, metadata: METADATA })), 'no_stream');
}

const testApp = testAppForSuite(() => createTestApp([appeals]));
beforeAll(async () => {
  store = testApp.app.get<EventStore>(EVENT_STORE);
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  for (const event of registeredAddressees()) await recordStream(event.streamId, [event]);
  await recordStream(`appeal-${AT_MVD}`, [...dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: '9/ИСХ' }), registered('2026-04-20', '3/2261045')]);
  await recordStream(`appeal-${FORWARDED}`, [
    ...dispatchedAppeal({ dispatchedOn: '2026-04-20', outgoingNumber: '10/ИСХ', channel: 'post' }, AWKWARD_SUBJECT),
    {
      type: 'AppealForwarded',
      data: { addresseeId: ADDRESSEES.kz, policyId: 'KZ-APPK', expectedAnswerOn: null, forwardedOn: '2026-05-15', fromAddresseeId: ADDRESSEES.mvd },
    },
  ]);
  await recordStream(`appeal-${ANSWERED}`, [
    ...dispatchedAppeal({ addresseeId: ADDRESSEES.ipa, policyId: 'EXPECTED-DATE', expectedAnswerOn: '2026-01-31', dispatchedOn: '2025-12-01', outgoingNumber: '2025-0040' }),
    answered('2026-01-20'),
  ]);
  const last = await recordStream(`appeal-${DRAFT}`, dispatchedAppeal({ addresseeId: ADDRESSEES.kz, dispatchedOn: '2026-05-01', outgoingNumber: '-' }).slice(0, 1));
  seededAt = formatPosition(last.position);
  await auditor.get(`/api/v1/appeals?minPosition=${seededAt}`).expect(200);
});

const idsOf = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const list = async (query: string) => (await auditor.get(`/api/v1/appeals?${query}`).expect(200)).body;

describe('the register of appeals over HTTP', () => {
  it('lists the appeals with their stage and status on the day asked', async () => {
    const page = await list(`asOf=2026-05-25&minPosition=${seededAt}`);
    expect(new Set(idsOf(page))).toEqual(new Set(SEEDED));
    expect(page.items.find((item: { id: string }) => item.id === AT_MVD)).toMatchObject({
      stage: 'registered',
      stageTitle: { ru: 'Зарегистрировано адресатом', en: 'Registered by the addressee' },
      status: 'overdue',
      statusTitle: { en: 'Overdue' },
      addressee: { id: ADDRESSEES.mvd, name: { ru: 'МВД России' }, country: 'RU' },
      outgoingNumber: '9/ИСХ',
      deadlines: { dueOn: '2026-05-20', dueOnBasis: 'statute', isEstimate: false },
    });
  });

  it('filters by the status on the day asked', async () => {
    expect(idsOf(await list('status=overdue&asOf=2026-05-25'))).toEqual([AT_MVD]);
    expect(idsOf(await list('status=due_soon&asOf=2026-05-14'))).toEqual([AT_MVD]);
    expect(idsOf(await list('status=answered_on_time'))).toEqual([ANSWERED]);
  });

  it('filters by stage, addressee, country, due date, year and subject', async () => {
    expect(idsOf(await list('stage=draft'))).toEqual([DRAFT]);
    expect(new Set(idsOf(await list(`addresseeId=${ADDRESSEES.mvd}`)))).toEqual(new Set([AT_MVD, FORWARDED]));
    expect(new Set(idsOf(await list('country=KZ')))).toEqual(new Set([FORWARDED, DRAFT]));
    expect(new Set(idsOf(await list('dueBefore=2026-05-21')))).toEqual(new Set([AT_MVD, ANSWERED]));
    expect(idsOf(await list('outgoingYear=2025'))).toEqual([ANSWERED]);
    expect(idsOf(await list(`q=${encodeURIComponent('ёлках')}`))).toEqual([FORWARDED]);
  });

  it('pages through the register with the cursor it returns', async () => {
    const first = await list('limit=3');
    expect(first.items).toHaveLength(3);
    const second = await list(`limit=3&cursor=${first.nextCursor}`);
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual([...SEEDED].sort());
    expect(second.nextCursor).toBeNull();
  });

  it('tags a page with its entity tag, answers 304 to a reader that holds it already, and tags a changed page anew', async () => {
    const page = await auditor.get('/api/v1/appeals?limit=2&asOf=2026-05-25').expect(200);
    expect(page.headers.etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(page.headers.etag).toContain(`"${Buffer.byteLength(page.text).toString(16)}-`);
    await auditor.get('/api/v1/appeals?limit=2&asOf=2026-05-25').set('If-None-Match', page.headers.etag).expect(304);
    const otherDay = await auditor.get('/api/v1/appeals?limit=2&asOf=2026-07-01').set('If-None-Match', page.headers.etag).expect(200);
    expect(otherDay.headers.etag).not.toBe(page.headers.etag);
  });

  it('compares entity tags weakly, in a list or as *, as a cache sends them back', async () => {
    const page = await auditor.get('/api/v1/appeals?limit=2&asOf=2026-05-25').expect(200);
    const strong = page.headers.etag.replace(/^W\//, '');
    for (const held of [strong, `"elsewhere", ${page.headers.etag}`, '*']) {
      const answer = await auditor.get('/api/v1/appeals?limit=2&asOf=2026-05-25').set('If-None-Match', held).expect(304);
      expect(answer.text).toBe('');
    }
    await auditor.get('/api/v1/appeals?limit=2&asOf=2026-05-25').set('If-None-Match', '"elsewhere"').expect(200);
  });

  it('refuses an unknown status or a date that is not on the calendar with the field named', async () => {
    const status = await auditor.get('/api/v1/appeals?status=late').expect(400);
    expect(status.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'status' })] });
    const asOf = await auditor.get('/api/v1/appeals?asOf=2026-02-30').expect(400);
    expect(asOf.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'asOf' })] });
  });

  it('gives the full record of an appeal with both bodies and every event of its timeline', async () => {
    const record = (await secretariat.get(`/api/v1/appeals/${FORWARDED}?asOf=2026-05-25`).expect(200)).body;
    expect(record).toMatchObject({
      id: FORWARDED,
      stage: 'dispatched',
      subject: AWKWARD_SUBJECT,
      addressee: { id: ADDRESSEES.mvd, country: 'RU' },
      holder: { id: ADDRESSEES.kz, name: { ru: 'Комитет миграции МТСЗН РК' }, country: 'KZ' },
      forwardedCount: 1,
      lastForwardedOn: '2026-05-15',
      signatory: { name: 'Иванова А. П.' },
      reminders: [],
      deadlines: { policyId: 'KZ-APPK', isEstimate: true },
    });
    expect(record.timeline.map((entry: { type: string }) => entry.type)).toEqual(['AppealDrafted', 'AppealApproved', 'AppealSigned', 'AppealDispatched', 'AppealForwarded']);
    expect(record.timeline[4]).toMatchObject({
      version: 5,
      actorId: SECRETARY,
      onBehalfOf: null,
      correlationId: CORRELATION,
      causationId: null,
      position: expect.stringMatching(/^\d+-\d+$/),
      data: { addresseeId: ADDRESSEES.kz, forwardedOn: '2026-05-15' },
    });
  });

  it('answers 404 for an appeal it does not know and 400 for an id that is not a uuid', async () => {
    const missing = await auditor.get(`/api/v1/appeals/${randomUUID()}`).expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    await auditor.get('/api/v1/appeals/not-an-id').expect(400);
  });
});

describe('the appeals dashboard over HTTP', () => {
  it('counts by status and stage and lists what is overdue and due soon on the day asked', async () => {
    const dashboard = (await auditor.get('/api/v1/dashboards/appeals?asOf=2026-05-25').expect(200)).body;
    expect(dashboard.asOf).toBe('2026-05-25');
    expect(dashboard.byStatus.find((entry: { status: string }) => entry.status === 'overdue')).toEqual({
      status: 'overdue',
      title: { ru: 'Срок ответа пропущен', en: 'Overdue' },
      count: 1,
    });
    expect(dashboard.byStage.find((entry: { stage: string }) => entry.stage === 'draft').count).toBe(1);
    expect(idsOf({ items: dashboard.overdue })).toEqual([AT_MVD]);
    expect(dashboard.byCountry).toContainEqual({ country: 'interstate', open: 0, overdue: 0, answered: 1, answeredLate: 0, medianDaysToAnswer: 50, answeredLateRate: 0 });
  });

  it('places the same records against another day', async () => {
    const dashboard = (await auditor.get('/api/v1/dashboards/appeals?asOf=2026-05-14&top=5').expect(200)).body;
    expect(dashboard.overdue).toEqual([]);
    expect(idsOf({ items: dashboard.dueSoon })).toEqual([AT_MVD]);
  });

  it('is placed against today in the Association’s time zone when no day is asked', async () => {
    const dashboard = (await auditor.get('/api/v1/dashboards/appeals').expect(200)).body;
    expect(dashboard.asOf).toBe(new AssociationCalendar().today());
  });
});

describe('the journal of outgoing correspondence over HTTP', () => {
  it('lists the year’s letters in the order of their outgoing numbers', async () => {
    const page = (await auditor.get('/api/v1/appeals/journal?year=2026').expect(200)).body;
    expect(page.items.map((entry: { outgoingNumber: string }) => entry.outgoingNumber)).toEqual(['9/ИСХ', '10/ИСХ']);
    expect(page.items[1]).toMatchObject({
      appealId: FORWARDED,
      dispatchedOn: '2026-04-20',
      addressee: { id: ADDRESSEES.mvd, name: { ru: 'МВД России' } },
      channel: 'post',
      channelTitle: { ru: 'Почта', en: 'Post' },
      signedBy: 'Иванова А. П.',
      dueOnIsEstimate: true,
    });
    expect(page.nextCursor).toBeNull();
  });

  it('requires the year', async () => {
    const response = await auditor.get('/api/v1/appeals/journal').expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'year' })] });
  });

  it('downloads the year as a CSV file that reads back to the same letters', async () => {
    const response = await auditor
      .get('/api/v1/appeals/journal.csv?year=2026')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="journal-2026.csv"');
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [headers, ...rows] = parseCsv(text.slice(1));
    expect(headers[0]).toBe('Исходящий номер (Outgoing number)');
    expect(rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['9/ИСХ', 'МВД России', 'Об оргнаборе трудовых мигрантов', 'Официальный портал'],
      ['10/ИСХ', 'МВД России', AWKWARD_SUBJECT.ru, 'Почта'],
    ]);
  });

  it('describes every read of appeals in the OpenAPI document', async () => {
    const document = (await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200)).body as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/appeals', '/api/v1/appeals/journal', '/api/v1/appeals/journal.csv', '/api/v1/appeals/{id}', '/api/v1/dashboards/appeals']),
    );
  });
});

describe('access to the reads of appeals', () => {
  const ROUTES = ['/api/v1/appeals', `/api/v1/appeals/${AT_MVD}`, '/api/v1/appeals/journal?year=2026', '/api/v1/appeals/journal.csv?year=2026', '/api/v1/dashboards/appeals'];

  it('refuses every read without credentials', async () => {
    for (const route of ROUTES) {
      const response = await request(testApp.app.getHttpServer()).get(route);
      expect([route, response.status, response.body.code]).toEqual([route, 401, 'UNAUTHENTICATED']);
    }
  });

  it('refuses a representative', async () => {
    const representative = client(testApp, await testApp.tokenFor(['representative'], randomUUID()));
    for (const route of ROUTES) expect([route, (await representative.get(route)).status]).toEqual([route, 403]);
  });

  it('lets every reader role read', async () => {
    for (const role of ['admin', 'secretariat', 'committee', 'auditor'] as const) {
      const reader = client(testApp, await testApp.tokenFor([role]));
      for (const route of ROUTES) expect([role, route, (await reader.get(route)).status]).toEqual([role, route, 200]);
    }
  });
});

describe('rebuilding the appeals read model', () => {
  it('gives the same rows when replayed from the ledger into fresh tables', async () => {
    const dataSource = testApp.app.get(DataSource);
    const tables = async () => ({
      appeals: await dataSource.query('SELECT * FROM appeals ORDER BY id'),
      timeline: await dataSource.query('SELECT * FROM appeal_timeline ORDER BY appeal_id, version'),
      counts: await dataSource.query('SELECT * FROM appeal_counts ORDER BY holder_id, stage, dispatched, closed, answered, answered_late, settled_status, due_soon_from, due_on, very_overdue_from, days_to_answer'),
    });
    const live = await tables();
    await new ProjectionRebuilder(dataSource, store, 3).rebuild(appealsProjection);
    expect(await tables()).toEqual(live);
  });
});
