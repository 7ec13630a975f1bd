import { admittedMember, client, assemblyDecision, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { drafted, openingBody, voting } from './voting-fixtures.js';

let secretariat: Client;

const testApp = testAppForSuite(() => createTestApp([membership, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  // A member that stays, so that no electorate is empty.
  await admittedMember(secretariat);
});

const reason = { ru: 'Неуплата взносов', en: 'Unpaid dues' };

/** The electorate frozen in the ledger when voting opened. */
async function frozenElectorate(resolutionId: string): Promise<string[]> {
  const { rows } = await testApp.database.pool.query<{ data: { electorate: string[] } }>(
    `SELECT data FROM ledger.events WHERE stream_id = $1 AND type = 'VotingOpened'`,
    [`resolution-${resolutionId}`],
  );
  return rows[0].data.electorate;
}

/** Drafts a general-assembly resolution, then performs the act and opens voting right after its answer. */
async function openRightAfter(act: () => Promise<unknown>): Promise<string> {
  const { id } = await drafted(secretariat);
  await act();
  await secretariat.post(`/api/v1/resolutions/${id}/voting`, openingBody(60_000)).expect(201);
  return id;
}

describe('the electorate frozen when voting opens', () => {
  it('leaves out a member suspended just before, every time, and refuses its ballot', async () => {
    const member = (await admittedMember(secretariat)).id;
    const representative = client(testApp, await testApp.tokenFor(['representative'], member));
    for (let round = 0; round < 12; round += 1) {
      const suspended = await openRightAfter(() => secretariat.post(`/api/v1/members/${member}/suspension`, { reason, decision: assemblyDecision }).expect(201));
      expect(await frozenElectorate(suspended)).not.toContain(member);
      const ballot = await representative.post(`/api/v1/resolutions/${suspended}/ballots`, { choice: 'for' }).expect(422);
      expect(ballot.body.code).toBe('NOT_IN_ELECTORATE');

      const reinstated = await openRightAfter(() => secretariat.post(`/api/v1/members/${member}/reinstatement`, { decision: assemblyDecision }).expect(201));
      expect(await frozenElectorate(reinstated)).toContain(member);
    }
  });

  it('takes in a member admitted just before and leaves out one expelled or withdrawn just before', async () => {
    for (let round = 0; round < 5; round += 1) {
      let admitted = '';
      const afterAdmission = await openRightAfter(async () => {
        admitted = (await admittedMember(secretariat)).id;
      });
      expect(await frozenElectorate(afterAdmission)).toContain(admitted);

      const afterExpulsion = await openRightAfter(() => secretariat.post(`/api/v1/members/${admitted}/expulsion`, { decision: assemblyDecision }).expect(201));
      expect(await frozenElectorate(afterExpulsion)).not.toContain(admitted);

      const leaving = (await admittedMember(secretariat)).id;
      const afterWithdrawal = await openRightAfter(() => secretariat.post(`/api/v1/members/${leaving}/withdrawal`, { noticeDate: '2026-11-30' }).expect(201));
      expect(await frozenElectorate(afterWithdrawal)).not.toContain(leaving);
    }
  });

  it('answers 503 with Retry-After and records nothing when the register cannot catch up in time', async () => {
    // Its own server with a short wait, so the transaction held open below stalls other work briefly.
    const shortWait = await createTestApp([membership, voting], { READ_WAIT_MS: '300' });
    const secretariat = client(shortWait, await shortWait.tokenFor(['secretariat']));
    await admittedMember(secretariat);
    const member = (await admittedMember(secretariat)).id;
    const { id } = await drafted(secretariat);
    const blocker = await shortWait.database.pool.connect();
    try {
      // An open transaction that already wrote holds every later event back from the read models.
      await blocker.query('BEGIN');
      await blocker.query('SELECT pg_current_xact_id()');
      await secretariat.post(`/api/v1/members/${member}/suspension`, { reason, decision: assemblyDecision }).expect(201);
      const refused = await secretariat.post(`/api/v1/resolutions/${id}/voting`, openingBody(60_000)).expect(503);
      expect(refused.body).toMatchObject({ code: 'READ_MODEL_BEHIND', details: { projections: ['members'] } });
      expect(refused.headers['retry-after']).toBe('1');
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    const { rows } = await shortWait.database.pool.query(`SELECT 1 FROM ledger.events WHERE stream_id = $1 AND type = 'VotingOpened'`, [`resolution-${id}`]);
    await shortWait.close();
    expect(rows).toHaveLength(0);
  });
});
