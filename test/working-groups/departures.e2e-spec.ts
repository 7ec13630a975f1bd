import { randomUUID } from 'node:crypto';
import { CommandProcessor, runWithContext } from '#accord/eventsourcing';
import { ProjectionRunner } from '#accord/projections';
import { workingGroupAggregate } from '#accord/working-groups';
import { admittedMember, client, assemblyDecision, eventCount, membership, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';
import { establishedGroup, establishmentBody, workingGroups } from './working-group-fixtures.js';

const testApp = suiteApp([membership, workingGroups]);
let secretariat: Client;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
});

/** Waits until every projection and process has handled the ledger as it stands, and what that caused. */
async function settled() {
  const runner = testApp.app.get(ProjectionRunner);
  expect(await runner.caughtUp(10_000)).toBe(true);
  expect(await runner.caughtUp(10_000)).toBe(true);
}

async function streamOf(groupId: string) {
  const { rows } = await testApp.database.pool.query('SELECT type, data, metadata FROM ledger.events WHERE stream_id = $1 ORDER BY version', [
    `working-group-${groupId}`,
  ]);
  return rows as { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[];
}

async function membersOf(groupId: string) {
  const body = (await secretariat.get(`/api/v1/working-groups/${groupId}`).expect(200)).body;
  return { chair: body.chair?.organizationId ?? null, members: body.members.map((member: { organizationId: string }) => member.organizationId) };
}

describe('an organization that leaves the register', () => {
  it('leaves every working group it sits in when expelled, by events caused by its expulsion', async () => {
    const departing = await admittedMember(secretariat);
    const staying = await admittedMember(secretariat);
    const chaired = (await secretariat.post('/api/v1/working-groups', establishmentBody([departing.id, staying.id])).expect(201)).body;
    const joined = (await secretariat.post('/api/v1/working-groups', establishmentBody([staying.id, departing.id])).expect(201)).body;
    const other = (await secretariat.post('/api/v1/working-groups', establishmentBody([staying.id])).expect(201)).body;
    await settled();

    const expelled = await secretariat.post(`/api/v1/members/${departing.id}/expulsion`, { decision: assemblyDecision }).expect(201);
    await settled();

    const [expulsionEventId] = expelled.body.events;
    const consequence = { actorId: 'system:working_group_departures', causationId: expulsionEventId };
    expect((await streamOf(chaired.id)).slice(1)).toEqual([
      { type: 'WorkingGroupChairVacated', data: { organizationId: departing.id }, metadata: expect.objectContaining(consequence) },
      { type: 'WorkingGroupMemberRemoved', data: { organizationId: departing.id, cause: 'left_register' }, metadata: expect.objectContaining(consequence) },
    ]);
    expect((await streamOf(joined.id)).slice(1)).toEqual([
      { type: 'WorkingGroupMemberRemoved', data: { organizationId: departing.id, cause: 'left_register' }, metadata: expect.objectContaining(consequence) },
    ]);
    expect(await streamOf(other.id)).toHaveLength(1);
    expect(await membersOf(chaired.id)).toEqual({ chair: null, members: [staying.id] });
    expect(await membersOf(joined.id)).toEqual({ chair: staying.id, members: [staying.id] });
  });

  it('leaves its working groups when it withdraws', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    const withdrawn = await secretariat.post(`/api/v1/members/${members[1]}/withdrawal`, { noticeDate: '2026-06-15' }).expect(201);
    await settled();
    const [, removal] = await streamOf(id);
    expect(removal).toMatchObject({ type: 'WorkingGroupMemberRemoved', metadata: { causationId: withdrawn.body.events[0] } });
    expect(await membersOf(id)).toEqual({ chair: members[0], members: [members[0]] });
  });

  it('stays in its groups while only suspended', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    await secretariat.post(`/api/v1/members/${members[1]}/suspension`, { reason: { ru: 'Неуплата взносов' }, decision: assemblyDecision }).expect(201);
    await settled();
    expect(await streamOf(id)).toHaveLength(1);
  });

  it('does not sit again in a dissolved group it left no seat in', async () => {
    const { id, members } = await establishedGroup(secretariat, 2);
    await secretariat.post(`/api/v1/working-groups/${id}/dissolution`, { decision: assemblyDecision }).expect(201);
    await secretariat.post(`/api/v1/members/${members[1]}/expulsion`, { decision: assemblyDecision }).expect(201);
    await settled();
    expect((await streamOf(id)).map((event) => event.type)).toEqual(['WorkingGroupEstablished', 'WorkingGroupDissolved']);
  });

  it('is removed again when it was seated after it left, past the check on the register', async () => {
    const member = await admittedMember(secretariat);
    const departed = await admittedMember(secretariat);
    await secretariat.post(`/api/v1/members/${departed.id}/withdrawal`, { noticeDate: '2026-06-15' }).expect(201);
    const groupId = randomUUID();
    const context = { actorId: 'secretary-1', onBehalfOf: null, correlationId: 'request-late', causationId: 'request-late' };
    const established = await runWithContext(context, () =>
      testApp.app.get(CommandProcessor).execute(workingGroupAggregate, groupId, {
        type: 'EstablishWorkingGroup',
        data: {
          name: { ru: 'Группа', en: 'Group' },
          mandate: { ru: 'Мандат', en: null },
          chairId: member.id,
          memberIds: [member.id, departed.id],
          decision: assemblyDecision,
        },
      }),
    );
    await settled();
    const [, removal] = await streamOf(groupId);
    expect(removal).toMatchObject({
      type: 'WorkingGroupMemberRemoved',
      data: { organizationId: departed.id, cause: 'left_register' },
      metadata: { causationId: established.events[0], correlationId: 'request-late', actorId: 'system:working_group_departures' },
    });
  });

  it('records each removal once, even when the process handles the departures again', async () => {
    const { members } = await establishedGroup(secretariat, 2);
    await secretariat.post(`/api/v1/members/${members[1]}/expulsion`, { decision: assemblyDecision }).expect(201);
    await settled();
    const before = await eventCount(testApp);
    await testApp.database.pool.query("DELETE FROM read.projection_checkpoints WHERE projection = 'working_group_departures'");
    await settled();
    expect(await eventCount(testApp)).toBe(before);
  });
});
