import { randomUUID } from 'node:crypto';
import { CommandProcessor, newRecordId, runWithContext } from '#accord/eventsourcing';
import { memberAggregate, MemberRegistration, type MembershipApplication } from '#accord/membership';
import { ProjectionRebuilder } from '#accord/projections';
import { resolutionsProjection } from '#accord/voting';
import { russianApplication } from '../../libs/membership/src/domain/testing/applications.js';
import { client, assemblyDecision, membership, russianIdentifier, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { drafted, openingBody, voting, type CommandAnswer } from './voting-fixtures.js';

const ORGANIZATIONS = 300;
const IN_FLIGHT = 50;

let testApp: TestApp;
let secretariat: Client;
let auditor: Client;

beforeAll(async () => {
  testApp = await createTestApp([membership, workingGroups, voting]);
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
});
afterAll(() => testApp.close());

async function inChunks<Item, Result>(items: readonly Item[], work: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += IN_FLIGHT) {
    results.push(...(await Promise.all(items.slice(start, start + IN_FLIGHT).map(work))));
  }
  return results;
}

/** Given full members admitted straight through the command path: their ids and the position of the last admission. */
async function admittedMembers(count: number): Promise<{ ids: string[]; position: string }> {
  const registration = testApp.app.get(MemberRegistration);
  const processor = testApp.app.get(CommandProcessor);
  const context = { actorId: 'account-secretariat', onBehalfOf: null, correlationId: randomUUID(), causationId: null };
  const admissions = await inChunks(
    Array.from({ length: count }, () => randomUUID()),
    (commandId) =>
      runWithContext(context, async () => {
        const application: MembershipApplication = {
          ...russianApplication,
          nationalIdentifier: { country: 'RU', scheme: 'RU_OGRN_INN', values: russianIdentifier() },
        };
        await registration.apply(application, { commandId });
        const id = newRecordId(commandId);
        return processor.execute(memberAggregate, id, { type: 'AdmitMember', data: { membership: 'full', decision: assemblyDecision } });
      }),
  );
  const position = admissions.map((admission) => admission.position).sort(byPosition).at(-1)!;
  return { ids: admissions.map((admission) => admission.id), position };
}

const byPosition = (left: string, right: string) => {
  const [leftCommit, leftSequence] = left.split('-').map(BigInt);
  const [rightCommit, rightSequence] = right.split('-').map(BigInt);
  if (leftCommit !== rightCommit) return leftCommit < rightCommit ? -1 : 1;
  return leftSequence < rightSequence ? -1 : leftSequence > rightSequence ? 1 : 0;
};

const snapshot = async () => ({
  resolutions: (await testApp.database.pool.query('SELECT * FROM read.resolutions ORDER BY id')).rows,
  ballots: (await testApp.database.pool.query('SELECT * FROM read.resolution_ballots ORDER BY resolution_id, organization_id')).rows,
  history: (await testApp.database.pool.query('SELECT * FROM read.resolution_ballot_history ORDER BY resolution_id, organization_id, version')).rows,
  tallies: (await testApp.database.pool.query('SELECT * FROM read.resolution_tallies ORDER BY resolution_id')).rows,
});

/** A read with `minPosition`, asked again while it answers stale: on a busy machine hundreds of events can take longer than one wait. */
async function caughtUp(reader: Client, path: string) {
  for (let read = 1; ; read += 1) {
    const response = await reader.get(path).expect(200);
    if (!response.headers['stale-read'] || read === 20) return response;
  }
}

describe(`${ORGANIZATIONS} organizations voting at once`, () => {
  let resolutionId: string;
  let lastPosition: string;

  it('records every ballot of the electorate, each in its own stream, with no conflict and no server error', async () => {
    const { ids, position } = await admittedMembers(ORGANIZATIONS);
    const representatives = await inChunks(ids, async (organizationId) => client(testApp, await testApp.tokenFor(['representative'], organizationId)));
    await caughtUp(secretariat, `/api/v1/members?minPosition=${position}`);
    resolutionId = (await drafted(secretariat)).id;
    await secretariat.post(`/api/v1/resolutions/${resolutionId}/voting`, openingBody(10 * 60_000)).expect(201);
    const choices = ['for', 'against', 'abstain'] as const;
    const responses = await inChunks(ids, async (organizationId) => {
      const index = ids.indexOf(organizationId);
      return representatives[index].post(`/api/v1/resolutions/${resolutionId}/ballots`, { choice: choices[index % 3] });
    });
    expect(responses.filter((response) => response.status >= 500)).toEqual([]);
    expect(responses.map((response) => response.status)).toEqual(Array(ORGANIZATIONS).fill(201));
    lastPosition = responses.map((response) => (response.body as CommandAnswer).position).sort(byPosition).at(-1)!;

    const tally = (await caughtUp(auditor, `/api/v1/resolutions/${resolutionId}/tally?minPosition=${lastPosition}`)).body;
    expect(tally).toMatchObject({ electorateSize: ORGANIZATIONS, participants: ORGANIZATIONS, for: 100, against: 100, abstain: 100 });
    const record = (await auditor.get(`/api/v1/resolutions/${resolutionId}`).expect(200)).body;
    const voters = record.ballots.map((ballot: { organizationId: string }) => ballot.organizationId);
    expect(new Set(voters).size).toBe(ORGANIZATIONS);
    expect([...voters].sort()).toEqual([...ids].sort());
  }, 180_000);

  it('reads the same resolutions, ballots, histories and tallies after the read model is rebuilt from the ledger', async () => {
    await caughtUp(auditor, `/api/v1/resolutions/${resolutionId}?minPosition=${lastPosition}`);
    const before = await snapshot();
    expect(before.ballots).toHaveLength(ORGANIZATIONS);
    await testApp.app.get(ProjectionRebuilder).rebuild(resolutionsProjection);
    expect(await snapshot()).toEqual(before);
    const tally = (await auditor.get(`/api/v1/resolutions/${resolutionId}/tally`).expect(200)).body;
    expect(tally.participants).toBe(ORGANIZATIONS);
  }, 60_000);
});
