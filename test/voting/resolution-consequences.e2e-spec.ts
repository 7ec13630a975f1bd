import { assemblyDecision, admittedMember, client, membership, type Client } from '../membership/membership-fixtures.js';
import { eventually } from '../founding/founding-support.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { BALLOTING_MILLISECONDS, electorateVotes, openAssemblyVote, passed, voting, votingGroup, type CommandAnswer } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});

/** Given a general assembly vote on expelling `memberId` that the whole electorate supports; answers the closing. */
async function adoptedExpulsion(memberId: string, beforeClosing: () => Promise<void> = async () => {}) {
  await votingGroup(secretariat, 2);
  const vote = await openAssemblyVote(secretariat, BALLOTING_MILLISECONDS, { motion: { kind: 'expel_member', memberId } });
  const { id, closesAt } = vote;
  await electorateVotes(testApp, vote, 'for');
  await beforeClosing();
  await passed(closesAt);
  const closing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body as CommandAnswer;
  return { resolutionId: id, closing };
}

describe('the consequences of an adopted resolution', () => {
  it('expels the member the motion names, caused by the closing of the vote and citing the resolution', async () => {
    const member = await admittedMember(secretariat);
    const { resolutionId, closing } = await adoptedExpulsion(member.id);
    const record = await eventually(async () => {
      const response = (await auditor.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
      expect(response.consequence).toMatchObject({ status: 'carried_out' });
      return response;
    });
    expect(record.result.outcome).toBe('adopted');
    const card = (await auditor.get(`/api/v1/members/${member.id}`).expect(200)).body;
    const expulsion = card.history.find((event: { type: string }) => event.type === 'MemberExpelled');
    expect(card.status).toBe('expelled');
    expect(expulsion).toMatchObject({
      causationId: closing.events[0],
      actorId: 'system:resolution_consequences',
      decision: { kind: 'resolution', resolutionId },
    });
    expect(record.consequence.eventIds).toEqual([expulsion.eventId]);
  });

  it('records the failure on the resolution when the member was already expelled', async () => {
    const member = await admittedMember(secretariat);
    const { resolutionId } = await adoptedExpulsion(member.id, async () => {
      await secretariat.post(`/api/v1/members/${member.id}/expulsion`, { decision: assemblyDecision }).expect(201);
    });
    const record = await eventually(async () => {
      const response = (await auditor.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
      expect(response.consequence).toMatchObject({ status: 'failed' });
      return response;
    });
    expect(record.consequence).toMatchObject({ code: 'MEMBER_STATUS_REQUIRED', text: { ru: expect.any(String), en: expect.any(String) } });
  });

  it('carries out nothing for a resolution that was not adopted', async () => {
    const member = await admittedMember(secretariat);
    await votingGroup(secretariat, 2);
    const { id, closesAt } = await openAssemblyVote(secretariat, 1000, { motion: { kind: 'expel_member', memberId: member.id } });
    await passed(closesAt);
    const closing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body as CommandAnswer;
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200)).body;
    expect(record).toMatchObject({ result: { outcome: 'failed_quorum' }, consequence: null });
    expect((await auditor.get(`/api/v1/members/${member.id}`).expect(200)).body.status).toBe('admitted');
  });
});
