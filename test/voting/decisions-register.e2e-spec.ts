import { randomUUID } from 'node:crypto';
import { client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { openAssemblyVote, passed, voting, votingGroup, type CommandAnswer } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;
let adoptedWithoutMotion: string;
let adoptedAppeal: string;
let lastClosing: CommandAnswer;
let closedOn: string;

const representativeOf = async (organizationId: string) => client(testApp, await testApp.tokenFor(['representative'], organizationId));

/** The calendar date `offsetDays` away from the UTC date the votes closed on. */
const day = (offsetDays: number) => new Date(Date.parse(`${closedOn}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Given three votes of the general assembly (the group's members), closed in this order: adopted without a motion, adopted with a motion, rejected. */
const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  const group = await votingGroup(secretariat, 2);
  // Signed in before the votes open: their windows are short.
  await Promise.all(group.members.map((member) => representativeOf(member)));
  const plain = await openAssemblyVote(secretariat, 4000);
  const appeal = await openAssemblyVote(secretariat, 4000, { motion: { kind: 'authorize_appeal', appealId: randomUUID() } });
  const rejected = await openAssemblyVote(secretariat, 4000);
  for (const member of group.members) {
    await (await representativeOf(member)).post(`/api/v1/resolutions/${plain.id}/ballots`, { choice: 'for' }).expect(201);
    await (await representativeOf(member)).post(`/api/v1/resolutions/${appeal.id}/ballots`, { choice: 'for' }).expect(201);
    await (await representativeOf(member)).post(`/api/v1/resolutions/${rejected.id}/ballots`, { choice: 'against' }).expect(201);
  }
  await passed(rejected.closesAt);
  for (const id of [plain.id, appeal.id, rejected.id]) {
    lastClosing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body;
  }
  const record = (await auditor.get(`/api/v1/resolutions/${appeal.id}?minPosition=${lastClosing.position}`).expect(200)).body;
  closedOn = String(record.result.closedAt).slice(0, 10);
  adoptedWithoutMotion = plain.id;
  adoptedAppeal = appeal.id;
});

const idsOf = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

describe('the register of decisions', () => {
  it('lists the adopted resolutions in the order they were taken, with their result and motion', async () => {
    const page = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&minPosition=${lastClosing.position}`).expect(200)).body;
    expect(idsOf(page)).toEqual([adoptedWithoutMotion, adoptedAppeal]);
    expect(page.items[1]).toMatchObject({
      body: { kind: 'general_assembly' },
      motionKind: 'authorize_appeal',
      closedOn: day(0),
      result: { outcome: 'adopted', participants: 2, for: 2, outcomeTitle: expect.objectContaining({ ru: expect.any(String) }) },
    });
  });

  it('filters by the kind of motion, "none" giving the decisions without one', async () => {
    const appeals = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&motion=authorize_appeal`).expect(200)).body;
    expect(idsOf(appeals)).toEqual([adoptedAppeal]);
    const plain = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&motion=none`).expect(200)).body;
    expect(idsOf(plain)).toEqual([adoptedWithoutMotion]);
    const expulsions = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&motion=expel_member`).expect(200)).body;
    expect(idsOf(expulsions)).toEqual([]);
  });

  it('filters by a period of closing dates, both ends included', async () => {
    const today = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&closedFrom=${day(0)}&closedTo=${day(0)}`).expect(200)).body;
    expect(idsOf(today)).toEqual([adoptedWithoutMotion, adoptedAppeal]);
    const untilYesterday = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&closedTo=${day(-1)}`).expect(200)).body;
    expect(idsOf(untilYesterday)).toEqual([]);
    const fromTomorrow = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&closedFrom=${day(1)}`).expect(200)).body;
    expect(idsOf(fromTomorrow)).toEqual([]);
  });

  it('filters by the body that decided', async () => {
    const council = (await auditor.get('/api/v1/resolutions/decisions?body=council').expect(200)).body;
    expect(idsOf(council)).toEqual([]);
    const assembly = (await auditor.get('/api/v1/resolutions/decisions?body=general_assembly').expect(200)).body;
    expect(idsOf(assembly)).toEqual([adoptedWithoutMotion, adoptedAppeal]);
  });

  it('pages with a cursor', async () => {
    const first = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&limit=1`).expect(200)).body;
    expect(idsOf(first)).toEqual([adoptedWithoutMotion]);
    const second = (await auditor.get(`/api/v1/resolutions/decisions?body=general_assembly&limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second).toMatchObject({ items: [expect.objectContaining({ id: adoptedAppeal })], nextCursor: null });
  });

  it('is open to representatives as well as readers', async () => {
    const page = (await (await representativeOf(randomUUID())).get(`/api/v1/resolutions/decisions?body=general_assembly`).expect(200)).body;
    expect(idsOf(page)).toEqual([adoptedWithoutMotion, adoptedAppeal]);
  });

  it.each([
    ['a month that does not exist', 'closedFrom=2026-13-01', 'closedFrom'],
    ['a day that does not exist', 'closedTo=2026-02-30', 'closedTo'],
    ['a timestamp instead of a date', 'closedFrom=2026-01-01T00:00:00Z', 'closedFrom'],
    ['a period that ends before it starts', 'closedFrom=2026-03-02&closedTo=2026-03-01', 'closedTo'],
    ['an unknown kind of motion', 'motion=rename_association', 'motion'],
    ['an unknown body', 'body=presidium', 'body'],
  ])('refuses %s with 400 naming the field', async (_, parameters, field) => {
    const response = await auditor.get(`/api/v1/resolutions/decisions?${parameters}`).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });
});

describe('the OpenAPI document', () => {
  it('describes the register of decisions, the voting record and the powers of attorney', async () => {
    const document = (await auditor.get('/api/docs-json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/resolutions/decisions',
        '/api/v1/resolutions/voting-record/{organizationId}',
        '/api/v1/powers-of-attorney',
        '/api/v1/powers-of-attorney/{id}',
        '/api/v1/powers-of-attorney/{id}/revocation',
      ]),
    );
    const motion = document.paths['/api/v1/resolutions/decisions'].get.parameters.find((parameter: { name: string }) => parameter.name === 'motion');
    expect(motion.schema.enum).toEqual(expect.arrayContaining(['admit_member', 'authorize_appeal', 'none']));
  });
});
