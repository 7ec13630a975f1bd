import { randomUUID } from 'node:crypto';
import { client, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { drafted, draftBody, openGroupVote, openingBody, passed, voting, votingGroup, type CommandAnswer } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});

const representativeOf = async (organizationId: string, accountId?: string) =>
  client(testApp, await testApp.tokenFor(['representative'], organizationId, accountId));

async function vote(organizationId: string, resolutionId: string, choice: string, extra: Record<string, unknown> = {}): Promise<CommandAnswer> {
  return (await (await representativeOf(organizationId)).post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice, ...extra }).expect(201)).body;
}

/** Given a power of attorney the principal's representative registered for the proxy, valid from a minute ago for an hour. */
async function grantedPower(principal: string, proxy: string, scope: Record<string, unknown>): Promise<CommandAnswer> {
  const grant = {
    proxyOrganizationId: proxy,
    documentSha256: 'a'.repeat(64),
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    scope,
  };
  return (await (await representativeOf(principal)).post('/api/v1/powers-of-attorney', grant).expect(201)).body;
}

async function closed(resolutionId: string, closesAt: string): Promise<CommandAnswer> {
  await passed(closesAt);
  return (await secretariat.post(`/api/v1/resolutions/${resolutionId}/closing`).expect(201)).body;
}

describe('the life of a resolution', () => {
  it('drafts, amends, opens, takes ballots and a change of one, closes and records an adopted outcome', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const [first, second, third] = members;
    const { id } = await drafted(secretariat, { body: { kind: 'working_group', workingGroupId: groupId } });
    const amendedText = { ru: 'Утвердить программу стажировок на 2027–2028 годы.', en: 'To approve the internship programme for 2027–2028.' };
    const amended = await secretariat.post(`/api/v1/resolutions/${id}/amendments`, { text: amendedText, expectedVersion: 1 }).expect(201);
    expect(amended.body.version).toBe(2);
    const opening = openingBody(2500);
    await secretariat.post(`/api/v1/resolutions/${id}/voting`, opening).expect(201);
    const firstAccount = randomUUID();
    await (await representativeOf(first, firstAccount)).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(201);
    await vote(second, id, 'against');
    const change = await vote(second, id, 'for');
    expect(change.version).toBe(2);
    await vote(third, id, 'against', { recordAgainst: true });
    const closing = await closed(id, opening.closesAt);

    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200)).body;
    expect(record).toMatchObject({
      id,
      status: 'closed',
      body: { kind: 'working_group', workingGroupId: groupId },
      text: amendedText,
      textVersion: 2,
      versions: [expect.objectContaining({ version: 1 }), expect.objectContaining({ version: 2, text: amendedText })],
      voting: { closesAt: opening.closesAt, textVersion: 2, venue: opening.venue, countedBy: opening.countedBy },
      result: { outcome: 'adopted', participants: 3, for: 2, against: 1, abstain: 0, quorumReached: true, recordedAgainstIds: [third] },
      consequence: null,
    });
    expect(record.electorate.map((entry: { organizationId: string }) => entry.organizationId).sort()).toEqual([...members].sort());
    const firstBallot = record.ballots.find((ballot: { organizationId: string }) => ballot.organizationId === first);
    expect(firstBallot).toMatchObject({ choice: 'for', actorId: firstAccount, onBehalfOf: first, proxy: null, name: { ru: 'ООО «Кадровое агентство Пример»' } });
    const secondBallot = record.ballots.find((ballot: { organizationId: string }) => ballot.organizationId === second);
    expect(secondBallot.history.map((entry: { type: string; choice: string }) => [entry.type, entry.choice])).toEqual([
      ['BallotCast', 'against'],
      ['BallotChanged', 'for'],
    ]);
  });

  it('rejects a resolution that does not win more than half of the participants', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 2000);
    await vote(members[0], id, 'for');
    await vote(members[1], id, 'against');
    await vote(members[2], id, 'abstain');
    const closing = await closed(id, closesAt);
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200)).body;
    expect(record.result).toMatchObject({ outcome: 'rejected', participants: 3, for: 1, against: 1, abstain: 1 });
  });

  it('fails for lack of quorum when no more than half of the electorate takes part', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 2000);
    await vote(members[0], id, 'for');
    const closing = await closed(id, closesAt);
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200)).body;
    expect(record.result).toMatchObject({ outcome: 'failed_quorum', quorumReached: false, participants: 1, electorateSize: 3 });
  });

  it('shows the live tally while voting is open', async () => {
    const { groupId, members } = await votingGroup(secretariat, 4);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    await vote(members[0], id, 'for');
    await vote(members[1], id, 'against');
    const last = await vote(members[2], id, 'for');
    const tally = (await auditor.get(`/api/v1/resolutions/${id}/tally?minPosition=${last.position}`).expect(200)).body;
    expect(tally).toMatchObject({
      status: 'voting',
      electorateSize: 4,
      participants: 3,
      participation: 0.75,
      quorum: { numerator: 1, denominator: 2, comparison: 'more_than', reached: true },
      for: 2,
      against: 1,
      abstain: 0,
      outcome: 'adopted',
      final: false,
    });
  });

  it('draws up the minutes of a closed vote with the participants’ names in Russian and English', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 2000);
    await vote(members[0], id, 'for');
    await vote(members[1], id, 'against', { recordAgainst: true });
    await closed(id, closesAt);
    const minutes = (await (await representativeOf(members[0])).get(`/api/v1/resolutions/${id}/minutes`).expect(200)).body;
    expect(minutes.heading).toEqual({ ru: 'Протокол', en: 'Minutes' });
    expect(minutes.participants.value).toHaveLength(2);
    expect(minutes.participants.value[0].name).toEqual({ ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' });
    expect(minutes.result.value).toMatchObject({ outcome: 'rejected', for: 1, against: 1, outcomeTitle: { ru: 'Решение не принято', en: 'Rejected' } });
    expect(minutes.recordedAgainst.value).toEqual([{ organizationId: members[1], name: expect.objectContaining({ ru: expect.any(String) }) }]);
    expect(minutes.countedBy.value).toEqual(openingBody(0).countedBy);
  });

  it('refuses minutes before voting has closed with 422 VOTING_NOT_CLOSED', async () => {
    const { id } = await drafted(secretariat);
    const response = await auditor.get(`/api/v1/resolutions/${id}/minutes`).expect(422);
    expect(response.body.code).toBe('VOTING_NOT_CLOSED');
  });

  it('opens a vote of the general assembly to every full member that is not suspended', async () => {
    const { members } = await votingGroup(secretariat, 2);
    const { id } = await drafted(secretariat);
    const opened = (await secretariat.post(`/api/v1/resolutions/${id}/voting`, openingBody(60_000)).expect(201)).body;
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${opened.position}`).expect(200)).body;
    const electorate = record.electorate.map((entry: { organizationId: string }) => entry.organizationId);
    expect(electorate).toEqual(expect.arrayContaining(members));
  });

  it('withdraws a draft with its reason', async () => {
    const { id } = await drafted(secretariat);
    const withdrawn = (await secretariat.post(`/api/v1/resolutions/${id}/withdrawal`, { reason: { ru: 'Вопрос снят с повестки' } }).expect(201)).body;
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${withdrawn.position}`).expect(200)).body;
    expect(record).toMatchObject({ status: 'withdrawn', withdrawal: { reason: { ru: 'Вопрос снят с повестки', en: null } } });
  });
});

describe('refusals', () => {
  it('refuses a ballot of an organization outside the electorate with 422 NOT_IN_ELECTORATE and writes nothing', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(randomUUID())).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(422);
    expect(response.body.code).toBe('NOT_IN_ELECTORATE');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a ballot for another organization without a power of attorney with 403 and writes nothing', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(members[0]))
      .post(`/api/v1/resolutions/${id}/ballots`, { choice: 'against', organizationId: members[1] })
      .expect(403);
    expect(response.body.code).toBe('OWN_ORGANIZATION_ONLY');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a ballot for another organization under a power of attorney that does not exist with 422 PROXY_NOT_VALID', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(members[0]))
      .post(`/api/v1/resolutions/${id}/ballots`, { choice: 'against', organizationId: members[1], powerOfAttorneyId: randomUUID() })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'PROXY_NOT_VALID', details: { reason: 'not_granted' } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a ballot once voting has closed with 422 VOTING_CLOSED', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 1500);
    await closed(id, closesAt);
    const response = await (await representativeOf(members[0])).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(422);
    expect(response.body.code).toBe('VOTING_CLOSED');
  });

  it('refuses a ballot before voting opens with 422 VOTING_NOT_OPEN', async () => {
    const { id } = await drafted(secretariat);
    const response = await (await representativeOf(randomUUID())).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(422);
    expect(response.body.code).toBe('VOTING_NOT_OPEN');
  });

  it('refuses an amendment once voting has opened with 422 VOTING_IN_PROGRESS and writes nothing', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/resolutions/${id}/amendments`, { text: { ru: 'Новый текст' } }).expect(422);
    expect(response.body.code).toBe('VOTING_IN_PROGRESS');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses to close before the closing time with 422 CLOSING_TIME_NOT_REACHED', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const response = await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(422);
    expect(response.body.code).toBe('CLOSING_TIME_NOT_REACHED');
  });

  it('refuses a stale expectedVersion with 409 CONCURRENCY_CONFLICT and writes nothing', async () => {
    const { id } = await drafted(secretariat);
    await secretariat.post(`/api/v1/resolutions/${id}/amendments`, { text: { ru: 'Вторая редакция' } }).expect(201);
    const before = await eventCount(testApp);
    const response = await secretariat.post(`/api/v1/resolutions/${id}/amendments`, { text: { ru: 'Третья редакция' }, expectedVersion: 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expectedVersion: 1, actualVersion: 2 } });
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers a repeated commandId with the first answer and writes nothing more', async () => {
    const commandId = randomUUID();
    const first = (await secretariat.post('/api/v1/resolutions', draftBody({ commandId })).expect(201)).body;
    const before = await eventCount(testApp);
    const again = (await secretariat.post('/api/v1/resolutions', draftBody({ commandId })).expect(201)).body;
    expect(again).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('answers a repeated ballot commandId with the first answer and writes nothing more', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const commandId = randomUUID();
    const representative = await representativeOf(members[0]);
    const first = (await representative.post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for', commandId }).expect(201)).body;
    const before = await eventCount(testApp);
    const again = (await representative.post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for', commandId }).expect(201)).body;
    expect(again).toEqual(first);
    expect(await eventCount(testApp)).toBe(before);
  });

  it.each([
    ['no title', { title: undefined }, 'title'],
    ['a blank Russian text', { text: { ru: '  ' } }, 'text.ru'],
    ['an unknown rule', { rule: 'plurality' }, 'rule'],
    ['a working group body without the group', { body: { kind: 'working_group' } }, 'body.workingGroupId'],
  ])('refuses a draft with %s with 400 naming the field and writes nothing', async (_, overrides, field) => {
    const before = await eventCount(testApp);
    const response = await secretariat.post('/api/v1/resolutions', draftBody(overrides)).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses an invalid motion with 422 INVALID_MOTION', async () => {
    const response = await secretariat.post('/api/v1/resolutions', draftBody({ motion: { kind: 'expel_member' } })).expect(422);
    expect(response.body.code).toBe('INVALID_MOTION');
  });

  it('refuses a closing time in the past with 422 CLOSING_TIME_NOT_IN_FUTURE', async () => {
    const { id } = await drafted(secretariat);
    const response = await secretariat.post(`/api/v1/resolutions/${id}/voting`, openingBody(-60_000)).expect(422);
    expect(response.body.code).toBe('CLOSING_TIME_NOT_IN_FUTURE');
  });

  it('answers 404 for acts on a resolution that does not exist', async () => {
    const id = randomUUID();
    await secretariat.post(`/api/v1/resolutions/${id}/amendments`, { text: { ru: 'Текст' } }).expect(404);
    await secretariat.post(`/api/v1/resolutions/${id}/voting`, openingBody(60_000)).expect(404);
    await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(404);
    await (await representativeOf(randomUUID())).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(404);
    await auditor.get(`/api/v1/resolutions/${id}`).expect(404);
  });

  it('lets only the secretariat draft and only a representative vote', async () => {
    await (await representativeOf(randomUUID())).post('/api/v1/resolutions', draftBody()).expect(403);
    await auditor.post('/api/v1/resolutions', draftBody()).expect(403);
    const { id } = await drafted(secretariat);
    const response = await secretariat.post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });
});

describe('voting by proxy', () => {
  it('records a ballot cast for another organization under its valid power of attorney, naming the proxy and the power', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const [principal, proxy] = members;
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const { id: powerOfAttorneyId } = await grantedPower(principal, proxy, { kind: 'resolution', resolutionId: id });
    const proxyAccount = randomUUID();
    const cast = await (await representativeOf(proxy, proxyAccount))
      .post(`/api/v1/resolutions/${id}/ballots`, { choice: 'against', organizationId: principal, powerOfAttorneyId })
      .expect(201);
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${cast.body.position}`).expect(200)).body;
    expect(record.ballots).toEqual([
      expect.objectContaining({
        organizationId: principal,
        choice: 'against',
        actorId: proxyAccount,
        onBehalfOf: proxy,
        proxy: { proxyOrganizationId: proxy, powerOfAttorneyId },
        history: [expect.objectContaining({ type: 'BallotCast', proxy: { proxyOrganizationId: proxy, powerOfAttorneyId } })],
      }),
    ]);
  });

  it('takes a proxy ballot under a power for the whole body and counts it when voting closes', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const [principal, proxy] = members;
    const { id: powerOfAttorneyId } = await grantedPower(principal, proxy, { kind: 'body', body: { kind: 'working_group', workingGroupId: groupId } });
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 2000);
    await vote(proxy, id, 'for', { organizationId: principal, powerOfAttorneyId });
    await vote(proxy, id, 'for');
    const closing = await closed(id, closesAt);
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200)).body;
    expect(record.result).toMatchObject({ outcome: 'adopted', participants: 2, for: 2 });
    const minutes = (await auditor.get(`/api/v1/resolutions/${id}/minutes`).expect(200)).body;
    const participant = minutes.participants.value.find((entry: { organizationId: string }) => entry.organizationId === principal);
    expect(participant.proxy).toMatchObject({ proxyOrganizationId: proxy, powerOfAttorneyId });
  });

  it('lets the principal’s own ballot override the one its proxy cast', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const [principal, proxy] = members;
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const { id: powerOfAttorneyId } = await grantedPower(principal, proxy, { kind: 'resolution', resolutionId: id });
    await vote(proxy, id, 'against', { organizationId: principal, powerOfAttorneyId });
    const own = await vote(principal, id, 'for');
    const record = (await auditor.get(`/api/v1/resolutions/${id}?minPosition=${own.position}`).expect(200)).body;
    const ballot = record.ballots.find((entry: { organizationId: string }) => entry.organizationId === principal);
    expect(ballot).toMatchObject({ choice: 'for', onBehalfOf: principal, proxy: null });
    expect(ballot.history.map((entry: { choice: string; proxy: unknown }) => [entry.choice, entry.proxy])).toEqual([
      ['against', { proxyOrganizationId: proxy, powerOfAttorneyId }],
      ['for', null],
    ]);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(proxy))
      .post(`/api/v1/resolutions/${id}/ballots`, { choice: 'against', organizationId: principal, powerOfAttorneyId })
      .expect(422);
    expect(response.body.code).toBe('PROXY_OVERRIDDEN_BY_PRINCIPAL');
    expect(await eventCount(testApp)).toBe(before);
  });

  it('refuses a ballot under a revoked power of attorney with 422 PROXY_NOT_VALID and writes nothing', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const [principal, proxy] = members;
    const { id } = await openGroupVote(secretariat, groupId, 60_000);
    const { id: powerOfAttorneyId } = await grantedPower(principal, proxy, { kind: 'resolution', resolutionId: id });
    await (await representativeOf(principal))
      .post(`/api/v1/powers-of-attorney/${powerOfAttorneyId}/revocation`, { reason: { ru: 'Доверенность отозвана' } })
      .expect(201);
    const before = await eventCount(testApp);
    const response = await (await representativeOf(proxy))
      .post(`/api/v1/resolutions/${id}/ballots`, { choice: 'against', organizationId: principal, powerOfAttorneyId })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'PROXY_NOT_VALID', details: { reason: 'revoked' } });
    expect(await eventCount(testApp)).toBe(before);
  });
});

describe('the list of resolutions', () => {
  it('filters by status and body and pages with a cursor', async () => {
    const { groupId } = await votingGroup(secretariat, 2);
    await drafted(secretariat, { body: { kind: 'working_group', workingGroupId: groupId } });
    const { opened } = await openGroupVote(secretariat, groupId, 60_000);
    const voting = (await auditor.get(`/api/v1/resolutions?status=voting&workingGroupId=${groupId}&minPosition=${opened.position}`).expect(200)).body;
    expect(voting.items).toHaveLength(1);
    expect(voting.items[0]).toMatchObject({ status: 'voting', body: { kind: 'working_group', workingGroupId: groupId } });
    const firstPage = (await auditor.get(`/api/v1/resolutions?body=working_group&workingGroupId=${groupId}&limit=1`).expect(200)).body;
    expect(firstPage.items).toHaveLength(1);
    const secondPage = (await auditor.get(`/api/v1/resolutions?body=working_group&workingGroupId=${groupId}&limit=1&cursor=${firstPage.nextCursor}`).expect(200)).body;
    expect(secondPage).toMatchObject({ items: [expect.any(Object)], nextCursor: null });
    expect(secondPage.items[0].id).not.toBe(firstPage.items[0].id);
  });

  it('refuses a cursor it did not return with 400', async () => {
    const response = await auditor.get('/api/v1/resolutions?cursor=bm90LWEtY3Vyc29y').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});
