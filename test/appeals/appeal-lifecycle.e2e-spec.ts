import { randomUUID } from 'node:crypto';
import { client, eventCount, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import {
  appealHistory,
  appeals,
  contentBody,
  dispatchedAppeal,
  draftedAppeal,
  INTER_PARLIAMENTARY_ASSEMBLY,
  registeredAddressee,
  RUSSIAN_INTERIOR,
  signatureBody,
  signedAppeal,
  type CommandAnswer,
} from './appeal-fixtures.js';

let testApp: TestApp;
let secretariat: Client;
let auditor: Client;
let ministry: string;
let interior: string;
let assembly: string;

beforeAll(async () => {
  testApp = await createTestApp([appeals]);
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  ministry = await registeredAddressee(secretariat);
  interior = await registeredAddressee(secretariat, RUSSIAN_INTERIOR);
  assembly = await registeredAddressee(secretariat, INTER_PARLIAMENTARY_ASSEMBLY);
});
afterAll(() => testApp.close());

const typesOf = async (appealId: string) => (await appealHistory(auditor, appealId)).map((event) => event.type);

/** Expects the request to change nothing in the ledger and returns the response. */
async function refusedWithoutWriting(send: () => Promise<{ status: number; body: { code: string } }>) {
  const before = await eventCount(testApp);
  const response = await send();
  expect(await eventCount(testApp)).toBe(before);
  return response;
}

describe('the life of an appeal', () => {
  it('goes from draft to approval, signature, dispatch, registration, extension, answer and closing', async () => {
    const { id } = await draftedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${id}/approval`).expect(201);
    await secretariat.post(`/api/v1/appeals/${id}/signature`, signatureBody).expect(201);
    await secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-04-17', channel: 'post' }).expect(201);
    await secretariat.post(`/api/v1/appeals/${id}/registration`, { registeredOn: '2026-04-20', incomingNumber: 'ОГ-12345' }).expect(201);
    await secretariat.post(`/api/v1/appeals/${id}/extension`, { dueOn: '2026-06-19', noticeOn: '2026-05-15' }).expect(201);
    const answer = { answeredOn: '2026-06-10', reference: '15-4/10/В-3456', outcome: 'supported', summary: { ru: 'Предложения поддержаны' } };
    await secretariat.post(`/api/v1/appeals/${id}/answer`, answer).expect(201);
    const closed = (await secretariat.post(`/api/v1/appeals/${id}/closure`).expect(201)).body as CommandAnswer;

    expect(closed.version).toBe(8);
    expect(await typesOf(id)).toEqual([
      'AppealDrafted',
      'AppealApproved',
      'AppealSigned',
      'AppealDispatched',
      'AppealRegistered',
      'AppealExtended',
      'AppealAnswered',
      'AppealClosed',
    ]);
  });

  it('records the dispatch with the addressee’s jurisdiction policy and a platform-given outgoing number', async () => {
    const { id } = await dispatchedAppeal(secretariat, ministry, '2026-05-04');
    const dispatch = (await appealHistory(auditor, id)).find((event) => event.type === 'AppealDispatched');
    expect(dispatch?.data).toMatchObject({
      addresseeId: ministry,
      policyId: 'RU-59FZ',
      dispatchedOn: '2026-05-04',
      channel: 'official_portal',
      outgoingNumber: expect.stringMatching(/^2026-\d{4}$/),
      expectedAnswerOn: null,
    });
  });

  it('records the forwarding to another body under that body’s policy', async () => {
    const { id } = await dispatchedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${id}/forwarding`, { forwardedOn: '2026-04-24', addresseeId: interior }).expect(201);
    const forwarding = (await appealHistory(auditor, id)).find((event) => event.type === 'AppealForwarded');
    expect(forwarding?.data).toEqual({
      addresseeId: interior,
      fromAddresseeId: ministry,
      policyId: 'RU-59FZ',
      expectedAnswerOn: null,
      forwardedOn: '2026-04-24',
    });
  });

  it('sends an appeal to an interstate body with the answer date the secretariat expects', async () => {
    const { id } = await dispatchedAppeal(secretariat, assembly, '2026-04-17', { expectedAnswerOn: '2026-06-30' });
    await secretariat.post(`/api/v1/appeals/${id}/expected-answer`, { expectedAnswerOn: '2026-07-15' }).expect(201);
    expect(await typesOf(id)).toContain('ExpectedAnswerDateSet');
  });

  it('opens a follow-up appeal linked to the first', async () => {
    const { id } = await dispatchedAppeal(secretariat, ministry);
    const followUp = (await secretariat.post(`/api/v1/appeals/${id}/follow-ups`, contentBody(ministry)).expect(201)).body as CommandAnswer;
    expect(followUp.id).not.toBe(id);
    expect((await appealHistory(auditor, id)).at(-1)).toMatchObject({ type: 'AppealFollowUpOpened', data: { followUpAppealId: followUp.id } });
    expect((await appealHistory(auditor, followUp.id))[0]).toMatchObject({ type: 'AppealDrafted', data: { followUpOf: id } });
  });

  it('revises a draft', async () => {
    const { id } = await draftedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${id}/revision`, contentBody(interior)).expect(201);
    expect((await appealHistory(auditor, id)).at(-1)).toMatchObject({ type: 'AppealRevised', data: { addresseeId: interior } });
  });
});

describe('outgoing numbers', () => {
  it('numbers the dispatches of each year from one, in the order they are recorded', async () => {
    const first = await dispatchedAppeal(secretariat, ministry, '2025-12-29');
    const second = await dispatchedAppeal(secretariat, ministry, '2025-12-30');
    const numberOf = async (id: string) => (await appealHistory(auditor, id)).find((event) => event.type === 'AppealDispatched')?.data.outgoingNumber;
    expect([await numberOf(first.id), await numberOf(second.id)]).toEqual(['2025-0001', '2025-0002']);
  });

  it('gives concurrent dispatches different numbers', async () => {
    const ready = await Promise.all(Array.from({ length: 8 }, () => signedAppeal(secretariat, ministry)));
    await Promise.all(ready.map(({ id }) => secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2024-03-01', channel: 'email' }).expect(201)));
    const numbers = await Promise.all(
      ready.map(async ({ id }) => (await appealHistory(auditor, id)).find((event) => event.type === 'AppealDispatched')?.data.outgoingNumber),
    );
    expect([...numbers].sort()).toEqual(Array.from({ length: 8 }, (_, index) => `2024-${String(index + 1).padStart(4, '0')}`));
  });

  it('takes a number the secretariat gives by hand', async () => {
    const { id } = await signedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-03-02', channel: 'courier', outgoingNumber: '17/ИСХ' }).expect(201);
    expect((await appealHistory(auditor, id)).at(-1)?.data.outgoingNumber).toBe('17/ИСХ');
  });

  it('refuses a duplicate outgoing number with 409, and neither sends the appeal nor takes a number', async () => {
    const { id: first } = await signedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${first}/dispatch`, { dispatchedOn: '2026-03-03', channel: 'post', outgoingNumber: '18/ИСХ' }).expect(201);
    const { id } = await signedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() =>
      secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-03-03', channel: 'post', outgoingNumber: '18/ИСХ' }),
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'OUTGOING_NUMBER_TAKEN', details: { outgoingNumber: '18/ИСХ', appealId: first } });
  });

  it('answers a repeated dispatch with the first answer and takes no second number', async () => {
    const { id } = await signedAppeal(secretariat, ministry);
    const body = { dispatchedOn: '2026-03-04', channel: 'post', commandId: randomUUID() };
    const first = (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, body).expect(201)).body;
    const before = await eventCount(testApp);
    const again = (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, body).expect(201)).body;
    expect(again).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a dispatch at a stale version with 409 before taking a number', async () => {
    const { id } = await signedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() =>
      secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-03-05', channel: 'post', expectedVersion: 2 }),
    );
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CONCURRENCY_CONFLICT');
  });
});

describe('steps out of order', () => {
  it('refuses to dispatch an appeal that was not approved, naming the stage it needs, and writes nothing', async () => {
    const { id } = await draftedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-04-17', channel: 'post' }));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'APPEAL_SIGNED_REQUIRED', details: { stage: 'draft' } });
  });

  it('refuses an answer before the dispatch', async () => {
    const { id } = await signedAppeal(secretariat, ministry);
    const answer = { answeredOn: '2026-05-10', reference: '1', outcome: 'declined', summary: { ru: 'Отказано' } };
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/answer`, answer));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('APPEAL_DISPATCHED_REQUIRED');
  });

  it('refuses an extension beyond what 59-FZ allows', async () => {
    const { id } = await dispatchedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${id}/registration`, { registeredOn: '2026-04-20', incomingNumber: 'ОГ-1' }).expect(201);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/extension`, { dueOn: '2026-07-01', noticeOn: '2026-05-15' }));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'EXTENSION_EXCEEDS_LIMIT', details: { latestDueOn: '2026-06-19' } });
  });

  it('requires the expected answer date of an interstate body', async () => {
    const { id } = await signedAppeal(secretariat, assembly);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-04-17', channel: 'email' }));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('EXPECTED_ANSWER_DATE_REQUIRED');
  });

  it('refuses a date in the future', async () => {
    const { id } = await signedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2099-01-01', channel: 'post' }));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('DATE_IN_FUTURE');
  });
});

describe('references to other records', () => {
  it('refuses a draft to an unknown addressee', async () => {
    const response = await refusedWithoutWriting(() => secretariat.post('/api/v1/appeals', contentBody(randomUUID())));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('UNKNOWN_ADDRESSEE');
  });

  it('refuses a forwarding to an unknown addressee', async () => {
    const { id } = await dispatchedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/forwarding`, { forwardedOn: '2026-04-24', addresseeId: randomUUID() }));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('UNKNOWN_ADDRESSEE');
  });

  it('refuses a draft to a retired addressee', async () => {
    const retired = await registeredAddressee(secretariat, { ...RUSSIAN_INTERIOR, name: { ru: 'ФМС России', en: 'Federal Migration Service' } });
    await secretariat.post(`/api/v1/addressees/${retired}/retirement`, { reason: { ru: 'Упразднена в 2016 году' } }).expect(201);
    const response = await refusedWithoutWriting(() => secretariat.post('/api/v1/appeals', contentBody(retired)));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('ADDRESSEE_RETIRED');
  });

  it('refuses to cite a resolution that was not adopted', async () => {
    const response = await refusedWithoutWriting(() => secretariat.post('/api/v1/appeals', contentBody(ministry, { resolutionId: randomUUID() })));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'RESOLUTION_NOT_ADOPTED', details: { status: 'none' } });
  });

  it('answers 404 for an act on an unknown appeal', async () => {
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${randomUUID()}/approval`));
    expect(response.status).toBe(404);
  });
});

describe('bad input and access', () => {
  it('lists each malformed field with 400 and writes nothing', async () => {
    const { id } = await signedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() =>
      secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-02-30', channel: 'pigeon', outgoingNumber: '' }),
    );
    expect(response.status).toBe(400);
    const fields = (response.body as unknown as { details: { field: string }[] }).details.map((detail) => detail.field).sort();
    expect(fields).toEqual(['channel', 'dispatchedOn', 'outgoingNumber']);
  });

  it('refuses a draft without its Russian subject', async () => {
    const response = await refusedWithoutWriting(() => secretariat.post('/api/v1/appeals', contentBody(ministry, { subject: { ru: '  ', en: 'Subject' } })));
    expect(response.status).toBe(400);
    expect((response.body as unknown as { details: { field: string }[] }).details.map((detail) => detail.field)).toEqual(['subject.ru']);
  });

  it('lets only the secretariat act on appeals', async () => {
    const { id } = await draftedAppeal(secretariat, ministry);
    for (const roles of [['representative'], ['auditor'], ['committee']] as const) {
      const outsider = client(testApp, await testApp.tokenFor([...roles], randomUUID()));
      await outsider.post(`/api/v1/appeals/${id}/approval`).expect(403);
    }
  });
});
