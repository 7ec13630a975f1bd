import request from 'supertest';
import { LedgerIntegrityMonitor } from '#accord/platform';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { suiteApp } from '../support/test-app.js';

const testApp = suiteApp([{ feature: noticesFeature, module: NoticesModule }]);
let auditor: string;

beforeAll(async () => {
  auditor = await testApp.tokenFor(['auditor']);
  const secretariat = await testApp.tokenFor(['secretariat']);
  for (const ru of ['Первое', 'Второе']) {
    await request(testApp.app.getHttpServer()).post('/api/v1/notices').set('Authorization', `Bearer ${secretariat}`).send({ title: { ru } }).expect(201);
  }
});

const asAuditor = (path: string) => request(testApp.app.getHttpServer()).get(path).set('Authorization', `Bearer ${auditor}`);

describe('the ledger for auditors', () => {
  it('pages through the global log by position, each event with its actor, causation and hash', async () => {
    const first = (await asAuditor('/api/v1/ledger/events?limit=1').expect(200)).body;
    expect(first.items).toHaveLength(1);
    expect(first.items[0]).toMatchObject({
      position: expect.stringMatching(/^\d+-\d+$/),
      metadata: { actorId: expect.any(String), correlationId: expect.any(String) },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const second = (await asAuditor(`/api/v1/ledger/events?limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items[0].eventId).not.toBe(first.items[0].eventId);
  });

  it('reads one record’s history', async () => {
    const [event] = (await asAuditor('/api/v1/ledger/events?limit=1').expect(200)).body.items;
    const history = (await asAuditor(`/api/v1/ledger/streams/${event.streamId}`).expect(200)).body;
    expect(history.items.map((item: { version: number }) => item.version)).toEqual([1]);
  });

  it('answers with the last full verification the server ran in the background', async () => {
    await testApp.app.get(LedgerIntegrityMonitor).verifyFully();
    const report = (await asAuditor('/api/v1/ledger/verification').expect(200)).body;
    // The two notices, and the registrations of the two accounts whose tokens the suite uses.
    expect(report).toMatchObject({ status: 'intact', pass: 'full', intact: true, eventsChecked: 4, firstBreak: null });
    expect(report.lastVerifiedPosition).toMatch(/^\d+-\d+$/);
  });

  it('refuses a cursor that is not a position', async () => {
    const response = await asAuditor('/api/v1/ledger/events?cursor=yesterday').expect(400);
    expect(response.body.details[0].field).toBe('cursor');
  });
});
