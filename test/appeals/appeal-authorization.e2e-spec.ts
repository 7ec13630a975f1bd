import { eventually } from '../founding/founding-support.js';
import { client, membership, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';
import { electorateVotes, openAssemblyVote, passed, voting, votingGroup, type CommandAnswer } from '../voting/voting-fixtures.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { appealHistory, appeals, draftedAppeal, registeredAddressee, signatureBody } from './appeal-fixtures.js';

const testApp = suiteApp([membership, workingGroups, voting, appeals]);
let secretariat: Client;
let auditor: Client;
let ministry: string;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  ministry = await registeredAddressee(secretariat);
});

/** Given a general assembly vote authorizing `appealId` that the whole electorate supports; answers the resolution and its closing. */
async function adoptedAuthorization(appealId: string) {
  await votingGroup(secretariat, 2);
  const vote = await openAssemblyVote(secretariat, 1500, { motion: { kind: 'authorize_appeal', appealId } });
  const { id, closesAt } = vote;
  await electorateVotes(testApp, vote, 'for');
  await passed(closesAt);
  const closing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body as CommandAnswer;
  return { resolutionId: id, closing };
}

const consequenceOf = (resolutionId: string, status: string) =>
  eventually(async () => {
    const record = (await auditor.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
    expect(record.consequence).toMatchObject({ status });
    return record.consequence;
  });

describe('a resolution that authorizes an appeal', () => {
  it('approves the draft, citing the resolution, caused by the closing of the vote', async () => {
    const { id: appealId } = await draftedAppeal(secretariat, ministry);
    const { resolutionId, closing } = await adoptedAuthorization(appealId);
    const consequence = await consequenceOf(resolutionId, 'carried_out');
    const events = (await auditor.get(`/api/v1/ledger/streams/appeal-${appealId}`).expect(200)).body.items;
    const approval = events.find((event: { type: string }) => event.type === 'AppealApproved');
    expect(approval).toMatchObject({ data: { resolutionId }, metadata: { causationId: closing.events[0], actorId: 'system:resolution_consequences' } });
    expect(consequence.eventIds).toEqual([approval.eventId]);
  });

  it('records on the resolution why an appeal past its draft could not be approved', async () => {
    const { id: appealId } = await draftedAppeal(secretariat, ministry);
    await secretariat.post(`/api/v1/appeals/${appealId}/approval`).expect(201);
    await secretariat.post(`/api/v1/appeals/${appealId}/signature`, signatureBody).expect(201);
    const { resolutionId } = await adoptedAuthorization(appealId);
    expect(await consequenceOf(resolutionId, 'failed')).toMatchObject({ code: 'APPEAL_DRAFT_REQUIRED' });
    expect((await appealHistory(auditor, appealId)).map((event) => event.type)).toEqual(['AppealDrafted', 'AppealApproved', 'AppealSigned']);
  });

  it('lets a later appeal cite the adopted resolution', async () => {
    const { id: first } = await draftedAppeal(secretariat, ministry);
    const { resolutionId } = await adoptedAuthorization(first);
    await consequenceOf(resolutionId, 'carried_out');
    const { id } = await draftedAppeal(secretariat, ministry, { resolutionId });
    expect((await appealHistory(auditor, id))[0]).toMatchObject({ data: { resolutionId } });
  });
});
