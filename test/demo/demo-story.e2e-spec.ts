import request from 'supertest';
import { features, seedDemo } from '#accord/composition';
import { createTestApp, testAppForSuite } from '../support/test-app.js';

let auditor: string;

const testApp = testAppForSuite(() => createTestApp(features.filter((entry) => entry.feature.name !== 'identity')));
beforeAll(async () => {
  auditor = await testApp.tokenFor(['auditor']);
});

const get = (path: string) => request(testApp.app.getHttpServer()).get(path).set('Authorization', `Bearer ${auditor}`).expect(200);

describe('the demo story', () => {
  it('records the founding, the founders as members, the observer, the working groups, a council vote and the appeals, then nothing the second time', async () => {
    const first = await seedDemo(testApp.app);
    expect(first.length).toBeGreaterThan(10);

    const founding = (await get('/api/v1/founding')).body;
    expect(founding.establishedOn).toMatch(/^2026-/);
    const members = (await get('/api/v1/members?limit=100')).body.items as { country: string; status: string; membership: string }[];
    expect(members.filter((member) => member.membership === 'full' && member.status === 'admitted').map((member) => member.country).sort()).toEqual([
      'KG',
      'KZ',
      'RU',
      'TJ',
      'UZ',
    ]);
    expect(members.filter((member) => member.membership === 'observer').map((member) => member.country)).toEqual(['IN']);
    // A founder is a member from the day the Association was established, not from the day that was recorded.
    const founders = members.filter((member) => member.membership === 'full') as unknown as { admittedOn: string }[];
    expect(new Set(founders.map((member) => member.admittedOn))).toEqual(new Set([founding.establishedOn]));
    const returning = members.filter((member) => member.country === 'AM') as unknown as { id: string; status: string; previousMemberId: string | null }[];
    const rejected = returning.find((member) => member.status === 'rejected')!;
    expect(returning.find((member) => member.status === 'applied')).toMatchObject({ previousMemberId: rejected.id });
    expect((await get(`/api/v1/members?identifier=${encodeURIComponent('demo-am-222.160.000001')}`)).body.items).toHaveLength(2);
    const groups = (await get('/api/v1/working-groups')).body.items as unknown[];
    expect(groups).toHaveLength(3);
    const overdue = (await get('/api/v1/working-groups/deliverables/overdue')).body.items as unknown[];
    expect(overdue.length).toBeGreaterThanOrEqual(1);

    const council = (await get('/api/v1/council')).body as { status: string; members: { organizationId: string }[] };
    expect(council).toMatchObject({ status: 'elected', decision: { kind: 'founding' } });
    const councilVotes = (await get('/api/v1/resolutions?body=council')).body.items as { id: string; status: string; outcome: string }[];
    expect(councilVotes).toEqual([expect.objectContaining({ status: 'closed', outcome: 'adopted' })]);
    const councilVote = (await get(`/api/v1/resolutions/${councilVotes[0].id}`)).body as { electorate: { organizationId: string }[] };
    expect(councilVote.electorate.map((entry) => entry.organizationId).sort()).toEqual(council.members.map((member) => member.organizationId).sort());
    const votes = (await get('/api/v1/resolutions?status=voting')).body.items as { body: { kind: string } }[];
    expect(votes.map((vote) => vote.body.kind)).toEqual(['general_assembly']);

    const addressees = (await get('/api/v1/addressees?limit=100')).body.items as { country: string }[];
    expect(new Set(addressees.map((addressee) => addressee.country))).toEqual(new Set(['interstate', 'RU', 'UZ', 'TJ', 'KG']));
    const dashboard = (await get('/api/v1/dashboards/appeals?asOf=2026-11-24')).body as { byStatus: { status: string; count: number }[] };
    const counts = Object.fromEntries(dashboard.byStatus.filter((entry) => entry.count > 0).map((entry) => [entry.status, entry.count]));
    expect(counts).toEqual({ not_dispatched: 1, due_soon: 1, overdue: 1, answered_on_time: 1, answered_late: 1 });

    const eventsBefore = Number((await testApp.database.pool.query('SELECT count(*) FROM ledger.events')).rows[0].count);
    expect(await seedDemo(testApp.app)).toEqual([]);
    expect(Number((await testApp.database.pool.query('SELECT count(*) FROM ledger.events')).rows[0].count)).toBe(eventsBefore);
  });

  it('lets the demo representative sign in and read its own organization', async () => {
    const server = testApp.app.getHttpServer();
    const session = (await request(server).post('/api/v1/auth/login').send({ email: 'representative@demo.accord.example', password: 'demo-representative-2026' }).expect(200)).body;
    const card = await request(server).get(`/api/v1/members/${session.account.organizationId}`).set('Authorization', `Bearer ${session.accessToken}`).expect(200);
    expect(card.body.country).toBe('RU');
  });
});
