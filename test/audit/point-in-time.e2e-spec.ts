import { parsePosition } from '#accord/ledger';
import { PointInTimeReadModels, ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { appeals, dispatchedAppeal, registeredAddressee } from '../appeals/appeal-fixtures.js';
import { admittedMember, appliedMember, assemblyDecision, client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';

let secretariat: Client;
let auditor: Client;

const testApp = testAppForSuite(() => createTestApp([membership, appeals]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});

/** Waits until the read models have applied `position`, so that it is final in the ledger's order. */
async function appliedUpTo(position: string) {
  expect(await testApp.app.get(ProjectionRunner).waitFor(parsePosition(position)!, 5_000)).toBe(true);
}

const views = () => testApp.app.get(PointInTimeReadModels);

async function schemasOfViews(): Promise<string[]> {
  const rows: { nspname: string }[] = await testApp.app.get(DataSource).query(
    "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, 'point_in_time_') ORDER BY nspname",
  );
  return rows.map((row) => row.nspname);
}

describe('point-in-time reads', () => {
  it('given the position of the last event, when an auditor reads the register as of it, then the answer is the live one and names that position', async () => {
    await admittedMember(secretariat);
    const last = await appliedMember(secretariat);
    await appliedUpTo(last.position);
    const live = await auditor.get('/api/v1/members?limit=500').expect(200);
    const past = await auditor.get(`/api/v1/members?limit=500&asOfPosition=${last.position}`).expect(200);
    expect(past.body).toEqual(live.body);
    expect(past.headers['as-of-position']).toBe(last.position);
    expect(live.headers['as-of-position']).toBeUndefined();
  });

  it('given later changes, when an auditor reads a record and the statistics as of an earlier position, then they are as they stood then, and the live ones are untouched', async () => {
    const applied = await appliedMember(secretariat);
    await appliedUpTo(applied.position);
    const cardThen = (await auditor.get(`/api/v1/members/${applied.id}`).expect(200)).body;
    const statisticsThen = (await auditor.get('/api/v1/members/statistics').expect(200)).body;
    const admitted = await secretariat.post(`/api/v1/members/${applied.id}/admission`, { membership: 'full', decision: assemblyDecision }).expect(201);
    await appliedUpTo(admitted.body.position);
    const cardNow = (await auditor.get(`/api/v1/members/${applied.id}`).expect(200)).body;

    const card = await auditor.get(`/api/v1/members/${applied.id}?asOfPosition=${applied.position}`).expect(200);
    const statistics = await auditor.get(`/api/v1/members/statistics?asOfPosition=${applied.position}`).expect(200);

    expect(card.body).toEqual(cardThen);
    expect(cardThen.status).not.toEqual(cardNow.status);
    expect(statistics.body).toEqual(statisticsThen);
    expect((await auditor.get(`/api/v1/members/${applied.id}`).expect(200)).body).toEqual(cardNow);
  });

  it('given a moment between two acts, when an auditor reads as of that time, then the answer stands at the last event recorded at or before it', async () => {
    const first = await appliedMember(secretariat);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await appliedMember(secretariat);
    await appliedUpTo(second.position);
    const response = await auditor.get(`/api/v1/members/${first.id}?asOfTime=${between}`).expect(200);
    expect(response.headers['as-of-position']).toBe(first.position);
    await auditor.get(`/api/v1/members/${second.id}?asOfTime=${between}`).expect(404);
  });

  it('given a view already built, when it is read again, then it is served from the cache without a second build', async () => {
    const applied = await appliedMember(secretariat);
    await appliedUpTo(applied.position);
    await auditor.get(`/api/v1/members?asOfPosition=${applied.position}`).expect(200);
    const before = views().statistics;
    const again = await auditor.get(`/api/v1/members/${applied.id}?asOfPosition=${applied.position}`).expect(200);
    expect(again.headers['as-of-position']).toBe(applied.position);
    expect(views().statistics).toMatchObject({ builds: before.builds, hits: before.hits + 1 });
  });

  it('given several requests for one new position at once, when they are answered, then one build serves them all', async () => {
    const applied = await appliedMember(secretariat);
    await appliedUpTo(applied.position);
    const builds = views().statistics.builds;
    const others = await Promise.all([testApp.tokenFor(['admin']), testApp.tokenFor(['auditor', 'admin'])]);
    const readers = [auditor, ...others.map((token) => client(testApp, token))];
    const answers = await Promise.all(readers.map((reader) => reader.get(`/api/v1/members/${applied.id}?asOfPosition=${applied.position}`)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(views().statistics.builds).toBe(builds + 1);
  });

  it('given a position between two events, when it is read, then the answer names the last event at or before it', async () => {
    const applied = await appliedMember(secretariat);
    await appliedUpTo(applied.position);
    const { commit, sequence } = parsePosition(applied.position)!;
    const later = `${commit}-${sequence + 1n}`;
    const next = await appliedMember(secretariat);
    await appliedUpTo(next.position);
    const response = await auditor.get(`/api/v1/members/${applied.id}?asOfPosition=${later}`).expect(200);
    expect(response.headers['as-of-position']).toBe(applied.position);
  });

  it('given the appeals dashboard, when an auditor reads it as of an earlier position on a given day, then the day still places the deadlines and the position the records', async () => {
    const addresseeId = await registeredAddressee(secretariat);
    const first = await dispatchedAppeal(secretariat, addresseeId, '2026-04-17');
    await appliedUpTo(first.position);
    const then = (await auditor.get('/api/v1/dashboards/appeals?asOf=2026-07-01').expect(200)).body;
    const later = await dispatchedAppeal(secretariat, addresseeId, '2026-04-20');
    await appliedUpTo(later.position);
    const now = (await auditor.get('/api/v1/dashboards/appeals?asOf=2026-07-01').expect(200)).body;

    const past = await auditor.get(`/api/v1/dashboards/appeals?asOf=2026-07-01&asOfPosition=${first.position}`).expect(200);

    expect(past.body).toEqual(then);
    expect(now).not.toEqual(then);
    expect(past.headers['as-of-position']).toBe(first.position);
  });

  it('given the register of appeals kept after a live read, when an auditor reads it as of an earlier position, then the answer is the past one and the live one stays current', async () => {
    const addresseeId = await registeredAddressee(secretariat);
    const first = await dispatchedAppeal(secretariat, addresseeId, '2026-04-17');
    await appliedUpTo(first.position);
    const then = (await auditor.get('/api/v1/appeals?limit=200&asOf=2026-07-01').expect(200)).text;
    const later = await dispatchedAppeal(secretariat, addresseeId, '2026-04-20');
    await appliedUpTo(later.position);
    const now = await auditor.get('/api/v1/appeals?limit=200&asOf=2026-07-01').expect(200);

    const past = await auditor.get(`/api/v1/appeals?limit=200&asOf=2026-07-01&asOfPosition=${first.position}`).expect(200);
    const again = await auditor.get('/api/v1/appeals?limit=200&asOf=2026-07-01').expect(200);

    expect(past.text).toBe(then);
    expect(now.text).not.toBe(then);
    expect(now.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.text).toBe(now.text);
    expect(again.headers.etag).toBe(now.headers.etag);
  });
});

describe('point-in-time refusals', () => {
  it.each([
    ['a malformed position', 'asOfPosition=yesterday', 'asOfPosition'],
    ['a moment without a time zone', 'asOfTime=2026-03-01T12:00:00', 'asOfTime'],
    ['a day instead of a moment', 'asOfTime=2026-03-01', 'asOfTime'],
    ['both bounds', 'asOfPosition=1-1&asOfTime=2026-03-01T12:00:00Z', 'asOfTime'],
    ['a wait for the current state with a past one', 'asOfPosition=1-1&minPosition=1-1', 'minPosition'],
  ])('answer %s with 400 naming the field', async (_case, query, field) => {
    const response = await auditor.get(`/api/v1/members?${query}`).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('answers a position beyond the head of the ledger with 422 POSITION_BEYOND_HEAD', async () => {
    const response = await auditor.get('/api/v1/members?asOfPosition=99999999999-1').expect(422);
    expect(response.body).toMatchObject({ code: 'POSITION_BEYOND_HEAD', details: { position: '99999999999-1' } });
  });

  it('refuses a past state to the secretariat with 403 POINT_IN_TIME_AUDITORS_ONLY, while its live reads go on', async () => {
    const response = await secretariat.get('/api/v1/members?asOfPosition=1-1').expect(403);
    expect(response.body.code).toBe('POINT_IN_TIME_AUDITORS_ONLY');
    await secretariat.get('/api/v1/members').expect(200);
  });

  it('refuses a past state of the ledger itself, whose filters narrow it to a period instead', async () => {
    const response = await auditor.get('/api/v1/ledger/events?asOfPosition=1-1').expect(400);
    expect(response.body.details[0].field).toBe('asOfPosition');
  });
});

describe('the bound on kept views', () => {
  let reader: Client;
  let writer: Client;

  const bounded = testAppForSuite(() => createTestApp([membership], { POINT_IN_TIME_CACHE_ENTRIES: '1' }));
  beforeAll(async () => {
    reader = client(bounded, await bounded.tokenFor(['auditor']));
    writer = client(bounded, await bounded.tokenFor(['secretariat']));
  });

  it('given a bound of one view, when a second position is read, then the first view is dropped with its schema', async () => {
    const first = await appliedMember(writer);
    const second = await appliedMember(writer);
    expect(await bounded.app.get(ProjectionRunner).waitFor(parsePosition(second.position)!, 5_000)).toBe(true);
    await reader.get(`/api/v1/members?asOfPosition=${first.position}`).expect(200);
    await reader.get(`/api/v1/members?asOfPosition=${second.position}`).expect(200);
    const kept: { nspname: string }[] = await bounded.app.get(DataSource).query(
      "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, 'point_in_time_')",
    );
    expect(kept.map((row) => row.nspname)).toEqual([`point_in_time_${second.position.replace('-', '_')}`]);
    expect(bounded.app.get(PointInTimeReadModels).statistics).toMatchObject({ entries: 1, evictions: 1 });
  });
});

describe('the views when the server stops', () => {
  it('are dropped with it', async () => {
    const applied = await appliedMember(secretariat);
    await appliedUpTo(applied.position);
    await auditor.get(`/api/v1/members?asOfPosition=${applied.position}`).expect(200);
    expect(await schemasOfViews()).not.toEqual([]);
    await views().close();
    expect(await schemasOfViews()).toEqual([]);
  });
});
