import { testAppForSuite } from '../support/test-app.js';
import { client, createFoundingApp, eventCount, initiativeBody, letterBody } from './founding-support.js';

let secretariat: Awaited<ReturnType<typeof client>>;

const testApp = testAppForSuite(() => createFoundingApp());
beforeAll(async () => {
  secretariat = await client(testApp, ['secretariat']);
  await secretariat.post('/api/v1/founding/initiative', initiativeBody).expect(201);
  for (const country of ['RU', 'KZ'] as const) await secretariat.post('/api/v1/founding/letters-of-intent', letterBody(country)).expect(201);
});

/** A command the domain refuses with 422, writing nothing; answers the error body. */
async function refused(path: string, body: object) {
  const before = await eventCount(testApp);
  const response = await secretariat.post(`/api/v1/founding${path}`, body).expect(422);
  expect(await eventCount(testApp)).toBe(before);
  return response.body;
}

describe('the legal date of a charter draft', () => {
  it('refuses a draft dated in the future', async () => {
    expect(await refused('/charter-drafts', { content: 'Устав', draftedOn: '2099-01-01' })).toMatchObject({ code: 'DATE_IN_FUTURE' });
  });

  it('refuses a draft dated before the founding initiative', async () => {
    expect(await refused('/charter-drafts', { content: 'Устав', draftedOn: '2026-04-14' })).toMatchObject({
      code: 'DATE_OUT_OF_ORDER',
      details: { field: 'draftedOn', notBefore: '2026-04-15' },
    });
  });

  it('dates the charter drafting on the checklist by the draft’s own date, and keeps when it was entered', async () => {
    const response = await secretariat.post('/api/v1/founding/charter-drafts', { content: 'Устав, редакция 1', draftedOn: '2026-05-20' }).expect(201);
    const view = (await secretariat.get(`/api/v1/founding?minPosition=${response.body.position}`).expect(200)).body;
    expect(view.steps.find((step: { step: string }) => step.step === 'charter_drafting')).toMatchObject({ done: true, date: '2026-05-20' });
    expect(view.charterDrafts).toEqual([expect.objectContaining({ number: 1, draftedOn: '2026-05-20', recordedAt: expect.not.stringMatching(/^2026-05-20/) })]);
  });

  it('refuses to convene an assembly dated before the draft it would adopt', async () => {
    const convening = { date: '2026-05-15', venue: { kind: 'online', url: 'https://meet.test.example/founding' }, convenedOn: '2026-05-10' };
    expect(await refused('/assembly', convening)).toMatchObject({ code: 'DATE_OUT_OF_ORDER', details: { field: 'date', notBefore: '2026-05-20' } });
  });
});
