import { randomUUID } from 'node:crypto';
import { client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { openGroupVote, passed, voting, votingGroup, type CommandAnswer } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;
let voter: string;
let proxy: string;
let principal: string;
let powerOfAttorneyId: string;
let adopted: string;
let rejected: string;
let open: string;
let last: CommandAnswer;

const representativeOf = async (organizationId: string) => client(testApp, await testApp.tokenFor(['representative'], organizationId));

async function vote(organizationId: string, resolutionId: string, choice: string, extra: Record<string, unknown> = {}): Promise<CommandAnswer> {
  return (await (await representativeOf(organizationId)).post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice, ...extra }).expect(201)).body;
}

/**
 * Given a group of three: the principal gives the proxy a power for the group's votes. On the first
 * vote (adopted) the proxy votes for the principal; on the second (rejected) the principal does not
 * vote; the third is still open.
 */
const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  const group = await votingGroup(secretariat, 3);
  [voter, proxy, principal] = group.members;
  const grant = {
    proxyOrganizationId: proxy,
    documentSha256: 'b'.repeat(64),
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    scope: { kind: 'body', body: { kind: 'working_group', workingGroupId: group.groupId } },
  };
  powerOfAttorneyId = (await (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grant).expect(201)).body.id;
  // Signed in before the votes open: their windows are short.
  await Promise.all([voter, proxy, principal].map((member) => representativeOf(member)));
  const first = await openGroupVote(secretariat, group.groupId, 1500);
  const second = await openGroupVote(secretariat, group.groupId, 1500);
  const third = await openGroupVote(secretariat, group.groupId, 60_000);
  await vote(voter, first.id, 'for');
  await vote(proxy, first.id, 'for');
  await vote(proxy, first.id, 'against', { organizationId: principal, powerOfAttorneyId });
  await vote(voter, second.id, 'against');
  await vote(proxy, second.id, 'against');
  await vote(principal, third.id, 'abstain');
  await passed(second.closesAt);
  await secretariat.post(`/api/v1/resolutions/${first.id}/closing`).expect(201);
  last = (await secretariat.post(`/api/v1/resolutions/${second.id}/closing`).expect(201)).body;
  [adopted, rejected, open] = [first.id, second.id, third.id];
});

describe('the voting record of a member organization', () => {
  it('lists every vote it was entitled to, with its final choice, any proxy and the outcome', async () => {
    const record = (await auditor.get(`/api/v1/resolutions/voting-record/${principal}?minPosition=${last.position}`).expect(200)).body;
    expect(record.items).toEqual([
      expect.objectContaining({
        resolutionId: adopted,
        title: expect.objectContaining({ ru: expect.any(String) }),
        body: expect.objectContaining({ kind: 'working_group' }),
        status: 'closed',
        closedAt: expect.any(String),
        choice: 'against',
        byProxy: true,
        proxy: { proxyOrganizationId: proxy, powerOfAttorneyId },
        outcome: 'adopted',
      }),
      expect.objectContaining({ resolutionId: rejected, choice: 'did_not_vote', byProxy: false, proxy: null, outcome: 'rejected' }),
      expect.objectContaining({ resolutionId: open, status: 'voting', closedAt: null, choice: 'abstain', byProxy: false, outcome: null }),
    ]);
  });

  it('shows a representative its own organization’s record', async () => {
    const record = (await (await representativeOf(voter)).get(`/api/v1/resolutions/voting-record/${voter}?minPosition=${last.position}`).expect(200)).body;
    expect(record.items.map((item: { resolutionId: string; choice: string }) => [item.resolutionId, item.choice])).toEqual([
      [adopted, 'for'],
      [rejected, 'against'],
      [open, 'did_not_vote'],
    ]);
  });

  it('pages with a cursor', async () => {
    const first = (await secretariat.get(`/api/v1/resolutions/voting-record/${principal}?limit=2`).expect(200)).body;
    expect(first.items).toHaveLength(2);
    const second = (await secretariat.get(`/api/v1/resolutions/voting-record/${principal}?limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second).toMatchObject({ items: [expect.objectContaining({ resolutionId: open })], nextCursor: null });
  });

  it('is empty for an organization that was in no electorate', async () => {
    const record = (await auditor.get(`/api/v1/resolutions/voting-record/${randomUUID()}`).expect(200)).body;
    expect(record).toEqual({ items: [], nextCursor: null });
  });

  it('refuses a representative another organization’s record with 403 OWN_ORGANIZATION_ONLY', async () => {
    const response = await (await representativeOf(proxy)).get(`/api/v1/resolutions/voting-record/${principal}`).expect(403);
    expect(response.body.code).toBe('OWN_ORGANIZATION_ONLY');
  });

  it('refuses an organization id that is not a UUID with 400', async () => {
    await auditor.get('/api/v1/resolutions/voting-record/not-an-id').expect(400);
  });
});
