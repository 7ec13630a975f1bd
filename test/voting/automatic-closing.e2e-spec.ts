import { AutomaticClosing } from '#accord/voting';
import { eventually } from '../founding/founding-support.js';
import { client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { openGroupVote, passed, voting, votingGroup } from './voting-fixtures.js';

let testApp: TestApp;
let secretariat: Client;
let auditor: Client;

beforeAll(async () => {
  testApp = await createTestApp([membership, workingGroups, voting]);
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});
afterAll(() => testApp.close());

const closingsOf = async (resolutionId: string) =>
  (
    await testApp.database.pool.query(`SELECT metadata FROM ledger.events WHERE stream_id = $1 AND type = 'VotingClosed'`, [
      `resolution-${resolutionId}`,
    ])
  ).rows as { metadata: { actorId: string } }[];

describe('automatic closing', () => {
  it('closes a vote on its own once the closing time has passed, as the system', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    // Signed in before the vote opens: it is open for a second and a half.
    await Promise.all(members.map((organizationId) => testApp.tokenFor(['representative'], organizationId)));
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 1500);
    for (const organizationId of members) {
      await client(testApp, await testApp.tokenFor(['representative'], organizationId)).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(201);
    }
    await passed(closesAt);
    const record = await eventually(async () => {
      const response = (await auditor.get(`/api/v1/resolutions/${id}`).expect(200)).body;
      expect(response.status).toBe('closed');
      return response;
    }, 20_000);
    expect(record.result).toMatchObject({ outcome: 'adopted', participants: 2 });
    expect(await closingsOf(id)).toEqual([{ metadata: expect.objectContaining({ actorId: 'system:automatic_closing' }) }]);
  }, 30_000);

  it('leaves a vote the secretariat has closed as it is', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 1500);
    await passed(closesAt);
    const closing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body;
    await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200);
    const closed = await testApp.app.get(AutomaticClosing).closeDueVotes(new Date(Date.now() + 60_000));
    expect(closed).not.toContain(id);
    expect(await closingsOf(id)).toHaveLength(1);
  });

  it('does not close a vote before its closing time', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60 * 60_000);
    const closed = await testApp.app.get(AutomaticClosing).closeDueVotes();
    expect(closed).not.toContain(id);
    expect(await closingsOf(id)).toEqual([]);
  });
});
