import { randomUUID } from 'node:crypto';
import { foundingFeature, FoundingModule } from '#accord/founding';
import { membersProjection } from '#accord/membership';
import { ProjectionRebuilder } from '#accord/projections';
import { resolutionsProjection } from '#accord/voting';
import { workingGroupsProjection } from '#accord/working-groups';
import { DRAFTS, eventually, initiativeBody, LETTER_IDS, letterBody, ministry, minutesBody } from '../founding/founding-support.js';
import { appliedMember, client, eventCount, membership, resolution, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { establishmentBody, workingGroups } from '../working-groups/working-group-fixtures.js';
import { BALLOTING_MILLISECONDS, electorateVotes, openAssemblyVote, passed, voting, type CommandAnswer } from './voting-fixtures.js';

const founding = { feature: foundingFeature, module: FoundingModule };
const { RU, UZ, TJ } = LETTER_IDS;
const ESTABLISHED_ON = '2026-07-10';

let secretariat: Client;
let auditor: Client;
let establishedEventId: string;

const representativeOf = async (organizationId: string) => client(testApp, await testApp.tokenFor(['representative'], organizationId));
/** How many events the ledger holds and its last one: a refusal leaves both as they were. */
const ledgerHead = async () =>
  (await testApp.database.pool.query('SELECT count(*)::int AS events, (SELECT event_id FROM ledger.events ORDER BY transaction_id DESC, sequence DESC LIMIT 1) AS head FROM ledger.events')).rows[0];

/** A decision recorded in minutes, by `body`, on `date` (between the establishment and today unless a test says otherwise). */
const minutes = (body: 'general_assembly' | 'council', date = '2026-09-30') => ({ kind: 'decision', body, reference: 'Протокол № 5, п. 1', date }) as const;

/**
 * Given the Association established by founders of Russia, Uzbekistan and Tajikistan, whose founding
 * assembly elected a council of the Russian and Uzbek founders and whose charter reserves expulsion for unanimity.
 */
const testApp = testAppForSuite(() => createTestApp([membership, founding, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  const post = async (path: string, body: object) => (await secretariat.post(`/api/v1/founding${path}`, body).expect(201)).body as CommandAnswer;
  await post('/initiative', initiativeBody);
  for (const country of ['RU', 'UZ', 'TJ'] as const) await post('/letters-of-intent', letterBody(country));
  for (const content of DRAFTS) await post('/charter-drafts', { content, draftedOn: '2026-05-01' });
  await post('/assembly', { date: '2026-05-29', venue: { kind: 'online', url: 'https://meet.test.example/founding' }, convenedOn: '2026-05-15' });
  const expulsionByUnanimity = { body: 'general_assembly', question: 'member_expulsion', title: { ru: 'Исключение члена' }, rule: 'unanimity' };
  const votingRules = [...minutesBody(['RU']).votingRules, expulsionByUnanimity];
  const council = [
    { name: { ru: 'Представитель RU' }, representing: RU },
    { name: { ru: 'Представитель UZ' }, representing: UZ },
  ];
  await post('/assembly/minutes', minutesBody(['RU', 'UZ', 'TJ'], { votingRules, council }));
  await post('/registration-filing', { authority: ministry, filedOn: '2026-06-05' });
  establishedEventId = (await post('/registration', { registrationNumber: 'ТЕСТ-7800-0002', registeredOn: ESTABLISHED_ON })).events[1];
  await eventually(async () => {
    const members = (await auditor.get('/api/v1/members?status=admitted').expect(200)).body.items;
    expect(members).toHaveLength(3);
    expect((await auditor.get('/api/v1/council').expect(200)).body.status).toBe('elected');
  });
});

describe('the competence of bodies', () => {
  it('is readable as a table that cites its source for each row, refined by the charter', async () => {
    const { items } = (await auditor.get('/api/v1/resolutions/competence').expect(200)).body;
    const rowOf = (subject: string, body: string) => items.find((row: { subject: string; body: string }) => row.subject === subject && row.body === body);
    expect(rowOf('admit_member', 'general_assembly')).toMatchObject({
      minimumRule: 'simple_majority',
      charterQuestion: 'member_admission',
      source: { en: expect.stringContaining('art. 65.3 p. 2'), ru: expect.stringContaining('ст. 123.10') },
    });
    expect(rowOf('admit_member', 'council')).toBeUndefined();
    expect(rowOf('expel_member', 'general_assembly')).toMatchObject({ minimumRule: 'unanimity', source: { en: expect.stringContaining('charter') } });
    expect(rowOf('establish_working_group', 'council')).toMatchObject({ minimumRule: 'simple_majority' });
    expect(rowOf('own_work', 'working_group')).toMatchObject({ charterQuestion: null });
  });

  it('refuses a working group’s resolution to expel its only member, and records nothing', async () => {
    const group = (await secretariat.post('/api/v1/working-groups', establishmentBody([TJ], { decision: minutes('council') })).expect(201)).body;
    const before = await ledgerHead();
    const response = await secretariat
      .post('/api/v1/resolutions', {
        title: { ru: 'Об исключении', en: 'On expulsion' },
        text: { ru: 'Исключить организацию из Объединения', en: 'Expel the organization' },
        body: { kind: 'working_group', workingGroupId: group.id },
        rule: 'unanimity',
        motion: { kind: 'expel_member', memberId: TJ },
      })
      .set('Accept-Language', 'ru')
      .expect(422);
    expect(response.body).toMatchObject({
      code: 'MOTION_NEEDS_GENERAL_ASSEMBLY',
      message: expect.stringContaining('исключительной компетенции общего собрания'),
      details: { subject: 'expel_member', body: 'working_group', competentBodies: ['general_assembly'] },
    });
    expect(await ledgerHead()).toEqual(before);
    expect((await auditor.get(`/api/v1/members/${TJ}`).expect(200)).body.status).toBe('admitted');
  });

  it('refuses an expulsion by a weaker rule than the charter’s unanimity, and records nothing', async () => {
    const before = await ledgerHead();
    const response = await secretariat
      .post('/api/v1/resolutions', {
        title: { ru: 'Об исключении' },
        text: { ru: 'Исключить организацию из Объединения' },
        body: { kind: 'general_assembly' },
        rule: 'qualified_two_thirds',
        motion: { kind: 'expel_member', memberId: TJ },
      })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'MOTION_NEEDS_UNANIMITY', details: { minimumRule: 'unanimity', rule: 'qualified_two_thirds' } });
    expect(await ledgerHead()).toEqual(before);
  });
});

describe('the council as a body', () => {
  let councilResolution: string;
  const newGroupId = randomUUID();

  it('takes office with the roster the founding assembly elected, caused by the establishment', async () => {
    const council = (await auditor.get('/api/v1/council').expect(200)).body;
    expect(council).toMatchObject({ status: 'elected', term: 1, electedOn: '2026-05-29', decision: { kind: 'founding', eventId: establishedEventId } });
    expect(council.members.map((member: { organizationId: string }) => member.organizationId).sort()).toEqual([RU, UZ].sort());
    const [elected] = (await auditor.get('/api/v1/ledger/streams/council-association').expect(200)).body.items;
    expect(elected.metadata).toMatchObject({ actorId: 'system:council_at_founding', causationId: establishedEventId });
  });

  it('votes with its members as the electorate, one ballot per member organization, and its adopted motion is carried out', async () => {
    const motion = {
      kind: 'establish_working_group',
      workingGroupId: newGroupId,
      name: { ru: 'Рабочая группа совета', en: 'Council working group' },
      mandate: { ru: 'Подготовить обзор практики', en: null },
      chairOrganizationId: RU,
      memberOrganizationIds: [RU, TJ],
    };
    const vote = await openAssemblyVote(secretariat, BALLOTING_MILLISECONDS, { body: { kind: 'council' }, motion });
    councilResolution = vote.id;
    const record = (await auditor.get(`/api/v1/resolutions/${vote.id}?minPosition=${vote.opened.position}`).expect(200)).body;
    expect(record.electorate.map((entry: { organizationId: string }) => entry.organizationId).sort()).toEqual([RU, UZ].sort());
    const outsider = await (await representativeOf(TJ)).post(`/api/v1/resolutions/${vote.id}/ballots`, { choice: 'for' }).expect(422);
    expect(outsider.body.code).toBe('NOT_IN_ELECTORATE');
    for (const organizationId of [RU, UZ]) await (await representativeOf(organizationId)).post(`/api/v1/resolutions/${vote.id}/ballots`, { choice: 'for' }).expect(201);
    await passed(vote.closesAt);
    await secretariat.post(`/api/v1/resolutions/${vote.id}/closing`, {}).expect(201);
    const group = await eventually(async () => (await auditor.get(`/api/v1/working-groups/${newGroupId}`).expect(200)).body);
    expect(group).toMatchObject({ establishedBy: { kind: 'resolution', resolutionId: vote.id } });
  });

  it('is re-elected by the general assembly, and the next council vote has the new roster as its electorate', async () => {
    const vote = await openAssemblyVote(secretariat, BALLOTING_MILLISECONDS, { motion: { kind: 'elect_council', memberOrganizationIds: [RU, TJ] } });
    await electorateVotes(testApp, vote, 'for');
    await passed(vote.closesAt);
    await secretariat.post(`/api/v1/resolutions/${vote.id}/closing`, {}).expect(201);
    const council = await eventually(async () => {
      const current = (await auditor.get('/api/v1/council').expect(200)).body;
      expect(current.term).toBe(2);
      return current;
    });
    expect(council).toMatchObject({ status: 'elected', decision: { kind: 'resolution', resolutionId: vote.id } });
    expect(council.members.map((member: { organizationId: string }) => member.organizationId).sort()).toEqual([RU, TJ].sort());
    const next = await openAssemblyVote(secretariat, 60_000, { body: { kind: 'council' } });
    const record = (await auditor.get(`/api/v1/resolutions/${next.id}?minPosition=${next.opened.position}`).expect(200)).body;
    expect(record.electorate.map((entry: { organizationId: string }) => entry.organizationId).sort()).toEqual([RU, TJ].sort());
  });

  it('refuses a council election put to the council itself', async () => {
    const response = await secretariat
      .post('/api/v1/resolutions', { title: { ru: 'О совете' }, text: { ru: 'Избрать совет' }, body: { kind: 'council' }, rule: 'simple_majority', motion: { kind: 'elect_council', memberOrganizationIds: [RU] } })
      .expect(422);
    expect(response.body.code).toBe('MOTION_NEEDS_GENERAL_ASSEMBLY');
  });

  describe('the basis of an admission', () => {
    let applicant: string;

    beforeAll(async () => {
      applicant = (await appliedMember(secretariat)).id;
    });

    it.each([
      ['a resolution that does not exist', () => resolution(), 'RESOLUTION_BASIS_NOT_FOUND'],
      ['an adopted resolution that carries another motion', () => ({ kind: 'resolution', resolutionId: councilResolution }), 'RESOLUTION_BASIS_OTHER_MOTION'],
      ['a decision dated in the future', () => minutes('general_assembly', '2099-01-01'), 'DECISION_DATE_IN_FUTURE'],
      ['a decision dated before the Association was established', () => minutes('general_assembly', '2026-07-09'), 'DECISION_DATE_BEFORE_ESTABLISHMENT'],
      ['a decision of the council, which may not admit under the charter', () => minutes('council'), 'DECISION_BODY_NOT_COMPETENT'],
    ])('refuses %s, and records nothing', async (_, decision, code) => {
      const before = await ledgerHead();
      const response = await secretariat.post(`/api/v1/members/${applicant}/admission`, { membership: 'full', decision: decision() }).expect(422);
      expect(response.body).toMatchObject({ code, message: expect.any(String) });
      expect(await ledgerHead()).toEqual(before);
    });

    it('admits by a decision of the general assembly dated on the day of the establishment', async () => {
      await secretariat.post(`/api/v1/members/${applicant}/admission`, { membership: 'full', decision: minutes('general_assembly', ESTABLISHED_ON) }).expect(201);
    });

    it('refuses a dissolution by a resolution about another group', async () => {
      const before = await eventCount(testApp);
      const response = await secretariat.post(`/api/v1/working-groups/${newGroupId}/dissolution`, { decision: { kind: 'resolution', resolutionId: councilResolution } }).expect(422);
      expect(response.body.code).toBe('RESOLUTION_BASIS_OTHER_MOTION');
      expect(await eventCount(testApp)).toBe(before);
    });
  });
});

describe('rebuilding the read models', () => {
  const tables = ['read.members', 'read.resolutions', 'read.resolution_ballots', 'read.working_groups', 'read.working_group_members'];
  const snapshot = async () =>
    Promise.all(tables.map(async (table) => (await testApp.database.pool.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows));

  it('gives the same tables after the members, working groups and resolutions are rebuilt from the ledger', async () => {
    const { head } = await ledgerHead();
    await eventually(async () => {
      const health = (await auditor.get('/health').expect(200)).body;
      expect(health.projections.every((projection: { lag: number }) => projection.lag === 0)).toBe(true);
    });
    const before = await snapshot();
    const rebuilder = testApp.app.get(ProjectionRebuilder);
    for (const projection of [membersProjection, workingGroupsProjection, resolutionsProjection]) await rebuilder.rebuild(projection);
    expect(await snapshot()).toEqual(before);
    expect((await ledgerHead()).head).toBe(head);
  });
});
