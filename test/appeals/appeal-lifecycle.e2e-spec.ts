import { randomUUID } from 'node:crypto';
import { client, eventCount, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';
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

const testApp = suiteApp([appeals]);
let secretariat: Client;
let auditor: Client;
let ministry: string;
let interior: string;
let assembly: string;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  ministry = await registeredAddressee(secretariat);
  interior = await registeredAddressee(secretariat, RUSSIAN_INTERIOR);
  assembly = await registeredAddressee(secretariat, INTER_PARLIAMENTARY_ASSEMBLY);
});

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
    const { id } = await dispatchedAppeal(secretariat, ministry, '2026-05-04', { outgoingNumber: undefined });
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
    const dispatched = async (dispatchedOn: string) => {
      const { id } = await signedAppeal(secretariat, ministry);
      return (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn, channel: 'post' }).expect(201)).body as CommandAnswer;
    };
    const first = await dispatched('2025-12-29');
    const second = await dispatched('2025-12-30');
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
    const body = { dispatchedOn: '2026-05-05', channel: 'post', commandId: randomUUID() };
    const first = (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, body).expect(201)).body;
    const before = await eventCount(testApp);
    const again = (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, body).expect(201)).body;
    expect(again).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses the next running number to a letter dated before the latest numbered one with 422, and records nothing', async () => {
    const sent = async (dispatchedOn: string, outgoingNumber?: string) => {
      const { id } = await signedAppeal(secretariat, ministry);
      return { id, response: await secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn, channel: 'post', outgoingNumber }) };
    };
    expect((await sent('2023-05-10')).response.status).toBe(201);
    const { id: late } = await signedAppeal(secretariat, ministry);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${late}/dispatch`, { dispatchedOn: '2023-05-01', channel: 'post' }));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'BACKDATED_DISPATCH_NEEDS_NUMBER',
      details: { dispatchedOn: '2023-05-01', latestOutgoingNumber: '2023-0001', latestDispatchedOn: '2023-05-10' },
    });
    // The same letter with the number it really had goes in; the next running number follows the dates again.
    await secretariat.post(`/api/v1/appeals/${late}/dispatch`, { dispatchedOn: '2023-05-01', channel: 'post', outgoingNumber: '14/ИСХ' }).expect(201);
    const last = (await sent('2023-05-12')).response;
    expect(last.status).toBe(201);
    const journal = (await auditor.get(`/api/v1/appeals/journal?year=2023&minPosition=${last.body.position}`).expect(200)).body.items as { outgoingNumber: string; dispatchedOn: string }[];
    const run = journal.filter((entry) => /^2023-\d{4}$/.test(entry.outgoingNumber));
    expect(run.map((entry) => [entry.outgoingNumber, entry.dispatchedOn])).toEqual([
      ['2023-0001', '2023-05-10'],
      ['2023-0002', '2023-05-12'],
    ]);
    expect(journal.map((entry) => entry.outgoingNumber)).toContain('14/ИСХ');
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

describe('legal dates of the steps before the dispatch', () => {
  it('records the draft, the approval and the signature on their own dates and shows them beside the recording times', async () => {
    const { id } = await draftedAppeal(secretariat, ministry, { draftedOn: '2026-04-06' });
    await secretariat.post(`/api/v1/appeals/${id}/approval`, { approvedOn: '2026-04-08' }).expect(201);
    await secretariat.post(`/api/v1/appeals/${id}/signature`, { ...signatureBody, signedOn: '2026-04-09' }).expect(201);
    const sent = (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: '2026-04-10', channel: 'post', outgoingNumber: `${id.slice(0, 8)}/ИСХ` }).expect(201)).body;
    const record = (await auditor.get(`/api/v1/appeals/${id}?minPosition=${sent.position}`).expect(200)).body;
    expect(record).toMatchObject({ draftedOn: '2026-04-06', approvedOn: '2026-04-08', signedOn: '2026-04-09' });
    expect(record.timeline[1]).toMatchObject({ type: 'AppealApproved', data: { approvedOn: '2026-04-08' }, recordedAt: expect.not.stringMatching(/^2026-04-08/) });
  });

  it.each([
    ['an approval dated in the future', 'approval', { approvedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['an approval dated before the draft', 'approval', { approvedOn: '2026-04-05' }, 'APPROVAL_BEFORE_DRAFT'],
  ])('refuses %s with 422 and records nothing', async (_case, step, body, code) => {
    const { id } = await draftedAppeal(secretariat, ministry, { draftedOn: '2026-04-06' });
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/${step}`, body));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(code);
  });

  it.each([
    ['a signature dated in the future', { signedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a signature dated before the approval', { signedOn: '2026-04-07' }, 'SIGNATURE_BEFORE_APPROVAL'],
  ])('refuses %s with 422 and records nothing', async (_case, body, code) => {
    const { id } = await draftedAppeal(secretariat, ministry, { draftedOn: '2026-04-06' });
    await secretariat.post(`/api/v1/appeals/${id}/approval`, { approvedOn: '2026-04-08' }).expect(201);
    const response = await refusedWithoutWriting(() => secretariat.post(`/api/v1/appeals/${id}/signature`, { ...signatureBody, ...body }));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(code);
  });

  it('refuses a draft dated in the future with 422 and records nothing', async () => {
    const response = await refusedWithoutWriting(() => secretariat.post('/api/v1/appeals', contentBody(ministry, { draftedOn: '2099-01-01' })));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('DATE_IN_FUTURE');
  });

  it('answers 400 for an approval date that is not a calendar date', async () => {
    const { id } = await draftedAppeal(secretariat, ministry);
    const response = await secretariat.post(`/api/v1/appeals/${id}/approval`, { approvedOn: '2026-02-30' }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(['approvedOn']);
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
