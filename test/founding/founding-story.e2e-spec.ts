// The founding told through the API from the initiative to the established Association, one step
// per test in the order of the story: each test starts where the one before it left the founding.
import { consequenceId } from '#accord/projections';
import { testAppForSuite } from '../support/test-app.js';
import {
  client,
  createFoundingApp,
  DRAFTS,
  eventCount,
  eventually,
  initiativeBody,
  LETTER_IDS,
  letterBody,
  ministry,
  minutesBody,
  sha256,
  type Country,
} from './founding-support.js';

let secretariat: Awaited<ReturnType<typeof client>>;
let auditor: Awaited<ReturnType<typeof client>>;

const testApp = testAppForSuite(() => createFoundingApp());
beforeAll(async () => {
  secretariat = await client(testApp, ['secretariat']);
  auditor = await client(testApp, ['auditor']);
});

/** The founding as read after the write that answered `position`. */
async function founding(position?: string) {
  const response = await secretariat.get('/api/v1/founding').query(position ? { minPosition: position } : {}).expect(200);
  expect(response.headers['stale-read']).toBeUndefined();
  return response.body;
}

const stepsOf = (view: { steps: { step: string; done: boolean; date: string | null }[] }) =>
  Object.fromEntries(view.steps.map(({ step, done, date }) => [step, done ? date : null]));

/** A command that must be refused with `status` and `code`, writing nothing. */
async function refused(path: string, body: object, status: number, code: string) {
  const before = await eventCount(testApp);
  const response = await secretariat.post(`/api/v1/founding${path}`, body).expect(status);
  expect(response.body.code).toBe(code);
  expect(await eventCount(testApp)).toBe(before);
  return response.body;
}

let established: { eventId: string; position: string };

describe('the founding from the initiative to the established Association', () => {
  it('shows a founding not started, blocked by the initiative', async () => {
    const view = await founding();
    expect(view).toMatchObject({ id: 'association', version: 0, stage: 'not_started', next: 'initiative_launched', founders: [] });
    expect(view.blockers).toEqual([
      { code: 'INITIATIVE_NOT_LAUNCHED', text: { ru: 'Инициатива учреждения не объявлена', en: 'The founding initiative has not been launched' } },
    ]);
    expect(view.rules).toEqual({ minFounders: 2, minStates: 2, assemblyQuorum: { numerator: 1, denominator: 2 } });
  });

  it('refuses a letter of intent before the initiative with the stage required and the current one', async () => {
    const body = await refused('/letters-of-intent', letterBody('RU'), 422, 'FOUNDING_STAGE_REQUIRED');
    expect(body.details).toEqual({ required: 'founders_gathering', current: 'not_started' });
  });

  it('refuses an initiative without an organizing committee', async () => {
    await refused('/initiative', { ...initiativeBody, committee: [] }, 422, 'ORGANIZING_COMMITTEE_REQUIRED');
  });

  it('launches the initiative of Union MATM with its organizing committee', async () => {
    const response = await secretariat.post('/api/v1/founding/initiative', initiativeBody).expect(201);
    expect(response.body).toMatchObject({ id: 'association', version: 1, events: [expect.any(String)] });
    const view = await founding(response.body.position);
    expect(view).toMatchObject({ stage: 'founders_gathering', version: 1, initiative: { ...initiativeBody, committee: [{ name: { ru: 'Ирина Тестова' } }] } });
    expect(stepsOf(view)).toMatchObject({ initiative_launched: '2026-04-15', founders_gathering: null });
    expect(view.blockers.map((blocker: { code: string }) => blocker.code)).toEqual(['FOUNDERS_MISSING', 'STATES_MISSING']);
  });

  it('records the first letter of intent, answering the letter’s id', async () => {
    const response = await secretariat.post('/api/v1/founding/letters-of-intent', { ...letterBody('RU'), expectedVersion: 1 }).expect(201);
    expect(response.body).toMatchObject({ id: LETTER_IDS.RU, version: 2 });
    const view = await founding(response.body.position);
    expect(view.founders).toEqual([
      expect.objectContaining({
        letterId: LETTER_IDS.RU,
        organization: expect.objectContaining({ country: 'RU', nationalIdentifier: letterBody('RU').organization.nationalIdentifier }),
        status: 'received',
        receivedOn: '2026-04-20',
        admission: null,
      }),
    ]);
    expect(view.founderCount).toEqual({ founders: 1, states: 1 });
  });

  it('records the first charter draft with the SHA-256 of its text', async () => {
    const response = await secretariat.post('/api/v1/founding/charter-drafts', { content: DRAFTS[0], draftedOn: '2026-04-20' }).expect(201);
    const view = await founding(response.body.position);
    expect(view.stage).toBe('charter_drafting');
    expect(view.charterDrafts).toEqual([{ number: 1, sha256: sha256(DRAFTS[0]), recordedAt: expect.any(String), draftedOn: '2026-04-20' }]);
    const draft = await secretariat.get('/api/v1/founding/charter-drafts/1').expect(200);
    expect(draft.body).toEqual({ number: 1, sha256: sha256(DRAFTS[0]), recordedAt: view.charterDrafts[0].recordedAt, content: DRAFTS[0] });
  });

  it('refuses to convene the assembly with one founder from one state', async () => {
    const body = await refused('/assembly', { date: '2026-05-29', venue: { kind: 'online', url: 'https://meet.test.example/founding' }, convenedOn: '2026-05-15' }, 422, 'FOUNDER_RULES_NOT_MET');
    expect(body.details).toEqual({ founders: 1, states: 1, minFounders: 2, minStates: 2 });
  });

  it('gathers the founders of five states, the rules met on the day the second state joined', async () => {
    let position = '';
    const days: Record<Exclude<Country, 'RU'>, string> = { UZ: '2026-04-22', TJ: '2026-04-24', KG: '2026-04-27', KZ: '2026-04-29' };
    for (const [country, day] of Object.entries(days)) {
      position = (await secretariat.post('/api/v1/founding/letters-of-intent', letterBody(country as Country, day)).expect(201)).body.position;
    }
    const view = await founding(position);
    expect(view.founderCount).toEqual({ founders: 5, states: 5 });
    expect(stepsOf(view)).toMatchObject({ founders_gathering: '2026-04-22', charter_drafting: expect.any(String), assembly_convened: null });
    expect(view.next).toBe('assembly_convened');
  });

  it('refuses to file the registration before the assembly, naming the stage required and the current one', async () => {
    const body = await refused('/registration-filing', { authority: ministry, filedOn: '2026-06-05' }, 422, 'FOUNDING_STAGE_REQUIRED');
    expect(body.details).toEqual({ required: 'assembly_held', current: 'charter_drafting' });
  });

  it('records the second charter draft', async () => {
    const response = await secretariat.post('/api/v1/founding/charter-drafts', { content: DRAFTS[1], draftedOn: '2026-05-04' }).expect(201);
    const view = await founding(response.body.position);
    expect(view.charterDrafts.map((draft: { number: number; sha256: string }) => [draft.number, draft.sha256])).toEqual([
      [1, sha256(DRAFTS[0])],
      [2, sha256(DRAFTS[1])],
    ]);
  });

  it('convenes the founding assembly at a place', async () => {
    const venue = { kind: 'place', address: { ru: 'Санкт-Петербург, Таврический дворец', en: 'Tauride Palace, St Petersburg' } };
    const response = await secretariat.post('/api/v1/founding/assembly', { date: '2026-05-29', venue, convenedOn: '2026-05-15' }).expect(201);
    const view = await founding(response.body.position);
    expect(view.assembly).toEqual({ convened: { date: '2026-05-29', venue, convenedOn: '2026-05-15' }, held: null });
    expect(stepsOf(view)).toMatchObject({ assembly_convened: '2026-05-15', assembly_held: null });
    expect(view.blockers).toEqual([
      { code: 'ASSEMBLY_NOT_HELD', text: { ru: 'Учредительное собрание назначено на 2026-05-29', en: 'The founding assembly is set for 2026-05-29' } },
    ]);
  });

  it('refuses minutes adopting a charter whose hash is not the draft’s', async () => {
    const body = await refused('/assembly/minutes', minutesBody(['RU', 'UZ', 'TJ', 'KG', 'KZ'], { charter: { number: 2, sha256: sha256(DRAFTS[0]) } }), 422, 'CHARTER_DRAFT_MISMATCH');
    expect(body.details).toMatchObject({ number: 2, expected: sha256(DRAFTS[1]) });
  });

  it('refuses minutes in which a founder present did not vote to establish', async () => {
    const minutes = minutesBody(['RU', 'UZ', 'TJ', 'KG', 'KZ']);
    minutes.present[4] = { ...minutes.present[4], establishmentVote: 'abstain' };
    const body = await refused('/assembly/minutes', minutes, 422, 'ESTABLISHMENT_NOT_UNANIMOUS');
    expect(body.details).toEqual({ against: [], abstained: [LETTER_IDS.KZ] });
  });

  it('records the assembly held: unanimous establishment, draft 2 adopted by its hash, the bodies elected', async () => {
    const response = await secretariat.post('/api/v1/founding/assembly/minutes', minutesBody(['RU', 'UZ', 'TJ', 'KG', 'KZ'])).expect(201);
    const view = await founding(response.body.position);
    expect(view.stage).toBe('assembly_held');
    expect(view.assembly.held).toMatchObject({
      date: '2026-05-29',
      charter: { number: 2, sha256: sha256(DRAFTS[1]) },
      votingRules: [{ body: 'general_assembly', question: 'charter_amendment', rule: 'qualified_majority' }],
      chair: { name: { ru: 'Представитель RU', en: null }, representing: LETTER_IDS.RU },
      council: [{ representing: LETTER_IDS.UZ }],
      auditCommission: [{ name: { ru: 'Ольга Ревизорова', en: null }, representing: null }],
    });
    expect(view.assembly.held.present).toHaveLength(5);
    expect(view.assembly.held.present[0]).toEqual({
      letterId: LETTER_IDS.RU,
      organizationName: letterBody('RU').organization.name,
      representedBy: { ru: 'Представитель RU', en: null },
      establishmentVote: 'for',
    });
    expect(stepsOf(view)).toMatchObject({ assembly_held: '2026-05-29', registration_filed: null });
  });

  it('records the filing and a refusal, after which the documents may be filed again', async () => {
    await secretariat.post('/api/v1/founding/registration-filing', { authority: ministry, filedOn: '2026-06-05', reference: 'ВХ-0605' }).expect(201);
    const reason = { ru: 'Ошибка в заявлении', en: 'An error in the application' };
    const refusal = await secretariat.post('/api/v1/founding/registration-refusal', { refusedOn: '2026-06-20', reason }).expect(201);
    const view = await founding(refusal.body.position);
    expect(view.stage).toBe('registration_refused');
    expect(view.registration.refusals).toEqual([{ refusedOn: '2026-06-20', reason }]);
    expect(view.blockers[0].code).toBe('REGISTRATION_REFUSED');
  });

  it('records the documents filed again with the Ministry of Justice', async () => {
    const response = await secretariat.post('/api/v1/founding/registration-filing', { authority: ministry, filedOn: '2026-06-25' }).expect(201);
    const view = await founding(response.body.position);
    expect(view.registration).toMatchObject({
      filing: { authority: ministry, filedOn: '2026-06-25', reference: null },
      filings: [{ filedOn: '2026-06-05', reference: 'ВХ-0605' }, { filedOn: '2026-06-25' }],
    });
    expect(view.blockers[0].code).toBe('REGISTRATION_PENDING');
  });

  it('records the registration: the Association is registered and established the same day', async () => {
    const response = await secretariat.post('/api/v1/founding/registration', { registrationNumber: 'ТЕСТ-7800-0001', registeredOn: '2026-07-10' }).expect(201);
    expect(response.body.events).toHaveLength(2);
    established = { eventId: response.body.events[1], position: response.body.position };
    const view = await founding(response.body.position);
    expect(view).toMatchObject({
      stage: 'established',
      stageTitle: { ru: 'Объединение создано', en: 'Association established' },
      next: null,
      blockers: [],
      establishedOn: '2026-07-10',
      registration: { registrationNumber: 'ТЕСТ-7800-0001', registeredOn: '2026-07-10' },
    });
    expect(stepsOf(view)).toEqual({
      initiative_launched: '2026-04-15',
      founders_gathering: '2026-04-22',
      // The latest draft's own date, before the assembly that adopted it, not the day it was entered.
      charter_drafting: '2026-05-04',
      assembly_convened: '2026-05-15',
      assembly_held: '2026-05-29',
      registration_filed: '2026-06-25',
      registered: '2026-07-10',
      established: '2026-07-10',
    });
  });

  it('admits every founder as a full member, caused by the establishment', async () => {
    for (const letterId of Object.values(LETTER_IDS)) {
      const history = await eventually(async () => {
        const response = await auditor.get(`/api/v1/ledger/streams/member-${letterId}`).expect(200);
        expect(response.body.items).toHaveLength(2);
        return response.body.items;
      });
      expect(history.map((event: { type: string }) => event.type)).toEqual(['MembershipApplicationSubmitted', 'MemberAdmitted']);
      expect(history[1].data).toEqual({ membership: 'full', decision: { kind: 'founding', eventId: established.eventId }, admittedOn: '2026-07-10' });
      for (const event of history) {
        expect(event.metadata).toMatchObject({
          actorId: 'system:founders_admission',
          causationId: established.eventId,
          commandId: consequenceId({ eventId: established.eventId }, `admit:${letterId}`),
        });
      }
    }
  });

  it('shows each founder admitted on the founding, with its member id', async () => {
    const view = await eventually(async () => {
      const current = await founding();
      expect(current.founders).toHaveLength(5);
      expect(current.founders.every((founder: { admission: { status: string } }) => founder.admission.status === 'admitted')).toBe(true);
      return current;
    });
    expect(view.founders.map((founder: { letterId: string; admission: { memberId: string } }) => founder.admission.memberId)).toEqual(Object.values(LETTER_IDS));
  });

  it('puts the founders on the register as full members', async () => {
    const member = await eventually(async () => (await secretariat.get(`/api/v1/members/${LETTER_IDS.KZ}`).expect(200)).body);
    expect(member).toMatchObject({ id: LETTER_IDS.KZ, status: 'admitted', membership: 'full' });
  });

  it('refuses any further step of an established founding', async () => {
    const body = await refused('/registration', { registrationNumber: 'ТЕСТ-7800-0002', registeredOn: '2026-07-11' }, 422, 'FOUNDING_STAGE_REQUIRED');
    expect(body.details).toEqual({ required: 'registration_filed', current: 'established' });
  });
});
