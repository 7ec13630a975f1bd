import { randomUUID } from 'node:crypto';
import { CommandProcessor, newRecordId, runAsSystem } from '#accord/eventsourcing';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { memberAggregate, MemberRegistration, type MembershipApplication, type NationalIdentifier } from '#accord/membership';
import { consequenceId, ProjectionRunner } from '#accord/projections';
import type { TestApp } from '../support/test-app.js';
import { client, createFoundingApp, establish, eventCount, eventually, LETTER_IDS, letterBody, type Country } from './founding-support.js';

/** The register's application of the story's founder of `country`, with another identifier if given. */
function applicationOf(country: Country, identifier?: NationalIdentifier): MembershipApplication {
  const { organization, representative } = letterBody(country);
  return {
    name: organization.name,
    country,
    legalForm: organization.legalForm,
    category: organization.category as MembershipApplication['category'],
    nationalIdentifier: identifier ?? ({ country, ...organization.nationalIdentifier } as NationalIdentifier),
    contacts: organization.contacts,
    representatives: [{ id: 'representative-1', ...representative }],
  };
}

describe('admitting the founders when the Association is established', () => {
  let testApp: TestApp;
  let secretariat: Awaited<ReturnType<typeof client>>;
  let established: string;
  let earlierApplicant: string;

  beforeAll(async () => {
    testApp = await createFoundingApp();
    secretariat = await client(testApp, ['secretariat']);
    await runAsSystem('test', async () => {
      // Under the id of the Tajik founder's letter, the register holds another organization's application.
      const stranger = applicationOf('TJ', { country: 'TJ', scheme: 'TJ_INN', values: { inn: '598765432' } });
      await testApp.app.get(CommandProcessor).execute(memberAggregate, LETTER_IDS.TJ, { type: 'ApplyForMembership', data: { application: stranger } });
      // The Kyrgyz founder applied to the register before the founding, under a member id of its own.
      const commandId = randomUUID();
      earlierApplicant = newRecordId(commandId);
      await testApp.app.get(MemberRegistration).apply(applicationOf('KG'), { commandId });
    });
    established = await establish(secretariat, ['RU', 'UZ', 'TJ', 'KG']);
  });
  afterAll(() => testApp.close());

  const founding = () => secretariat.get('/api/v1/founding').expect(200).then((response) => response.body);
  const admissionOf = (view: { founders: { letterId: string; admission: unknown }[] }, country: Country) =>
    view.founders.find((founder) => founder.letterId === LETTER_IDS[country])?.admission;
  const settled = () =>
    eventually(async () => {
      const view = await founding();
      expect(view.stage).toBe('established');
      for (const founder of view.founders) expect(founder.admission.status).not.toBe('pending');
      return view;
    });

  it('keeps a founder the register refuses visible on the founding as failed, with the rule’s code', async () => {
    const view = await settled();
    expect(admissionOf(view, 'TJ')).toEqual({
      status: 'failed',
      memberId: LETTER_IDS.TJ,
      code: 'FOUNDER_IDENTITY_MISMATCH',
      message: expect.objectContaining({ en: 'The application on the register belongs to another organization than the founder' }),
      details: expect.any(Object),
      failedAt: expect.any(String),
    });
  });

  it('admits the other founders all the same, and goes on with later events', async () => {
    const view = await settled();
    expect(admissionOf(view, 'RU')).toMatchObject({ status: 'admitted', memberId: LETTER_IDS.RU });
    expect(admissionOf(view, 'UZ')).toMatchObject({ status: 'admitted', memberId: LETTER_IDS.UZ });
    const status = (await testApp.app.get(ProjectionRunner).status()).find((projection) => projection.name === 'founders_admission');
    expect(status).toMatchObject({ lastError: null });
    expect(status?.state).not.toBe('failing');
  });

  it('makes each founder a member from the establishment date, keeping the recording time beside it', async () => {
    const view = await settled();
    expect(view.establishedOn).toBe('2026-07-10');
    expect(admissionOf(view, 'RU')).toMatchObject({ status: 'admitted', admittedOn: '2026-07-10', admittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    const card = (await secretariat.get(`/api/v1/members/${LETTER_IDS.RU}`).expect(200)).body;
    expect(card).toMatchObject({ admittedOn: '2026-07-10', admittedAt: expect.not.stringMatching(/^2026-07-10/) });
    expect(card.statusHistory[1]).toMatchObject({ status: 'admitted', effectiveOn: '2026-07-10' });
  });

  it('admits a founder that applied before on its own application, and shows that member id', async () => {
    const view = await settled();
    expect(admissionOf(view, 'KG')).toMatchObject({ status: 'admitted', memberId: earlierApplicant });
    const history = await testApp.app.get<EventStore>(EVENT_STORE).readStream(`member-${earlierApplicant}`);
    expect(history.map((event) => event.type)).toEqual(['MembershipApplicationSubmitted', 'MemberAdmitted']);
    expect(history[1].metadata).toMatchObject({ causationId: established, commandId: consequenceId({ eventId: established }, `admit:${LETTER_IDS.KG}`) });
    expect(await testApp.app.get<EventStore>(EVENT_STORE).readStream(`member-${LETTER_IDS.KG}`)).toEqual([]);
  });

  it('records nothing twice when the establishment is handled again', async () => {
    await settled();
    const runner = testApp.app.get(ProjectionRunner);
    const before = await eventCount(testApp);
    await testApp.database.pool.query("DELETE FROM read.projection_checkpoints WHERE projection = 'founders_admission'");
    // The checkpoint comes back once the whole log, the establishment included, was handled again.
    const checkpoint = "SELECT 1 FROM read.projection_checkpoints WHERE projection = 'founders_admission'";
    await eventually(async () => expect((await testApp.database.pool.query(checkpoint)).rowCount).toBe(1));
    expect(await runner.caughtUp()).toBe(true);
    expect(await eventCount(testApp)).toBe(before);
    const failures = await testApp.database.pool.query('SELECT letter_id, code FROM founding.founder_admission_failures');
    expect(failures.rows).toEqual([{ letter_id: LETTER_IDS.TJ, code: 'FOUNDER_IDENTITY_MISMATCH' }]);
  });
});

describe('a deployment with its own founding rules', () => {
  let testApp: TestApp;
  let secretariat: Awaited<ReturnType<typeof client>>;

  beforeAll(async () => {
    testApp = await createFoundingApp({ FOUNDING_MIN_STATES: '3' });
    secretariat = await client(testApp, ['secretariat']);
  });
  afterAll(() => testApp.close());

  it('refuses to convene with founders of two states when three are required, and says so on the checklist', async () => {
    await secretariat.post('/api/v1/founding/initiative', {
      initiator: { name: { ru: 'Союз «МАТМ»' }, country: 'RU' },
      committee: [{ name: { ru: 'Ирина Тестова' }, role: { ru: 'председатель' } }],
      launchedOn: '2026-04-15',
    }).expect(201);
    await secretariat.post('/api/v1/founding/letters-of-intent', letterBody('RU')).expect(201);
    await secretariat.post('/api/v1/founding/letters-of-intent', letterBody('KZ')).expect(201);
    const draft = await secretariat.post('/api/v1/founding/charter-drafts', { content: 'Устав', draftedOn: '2026-04-20' }).expect(201);
    const response = await secretariat
      .post('/api/v1/founding/assembly', { date: '2026-05-29', venue: { kind: 'online', url: 'https://meet.test.example' }, convenedOn: '2026-05-15' })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'FOUNDER_RULES_NOT_MET', details: { founders: 2, states: 2, minStates: 3 } });
    const view = (await secretariat.get('/api/v1/founding').query({ minPosition: draft.body.position }).expect(200)).body;
    expect(view.rules.minStates).toBe(3);
    expect(view.next).toBe('founders_gathering');
    expect(view.blockers).toEqual([{ code: 'STATES_MISSING', text: { ru: 'Государств учредителей: 2, нужно не менее 3', en: 'States of the founders: 2; at least 3 are needed' } }]);
  });
});
