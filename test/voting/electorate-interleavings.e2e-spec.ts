import fc from 'fast-check';
import { appliedMember, admittedMember, client, assemblyDecision, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { establishmentBody, workingGroups } from '../working-groups/working-group-fixtures.js';
import { drafted, openingBody, voting } from './voting-fixtures.js';

/**
 * Property: whatever membership acts come before an opening, in whatever order, the electorate it
 * freezes is the one a model of those acts gives: the full, unsuspended members (of the group, for a
 * working group vote). Each act is sent over HTTP and the opening follows the last answer at once.
 */

let secretariat: Client;
let chair: string;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  // The chair of every group of the runs: a member that stays, so that no electorate is empty.
  chair = (await admittedMember(secretariat)).id;
});

type Status = 'applied' | 'admitted' | 'suspended' | 'expelled' | 'withdrawn';
interface Organization {
  readonly id: string;
  status: Status;
  full: boolean;
  seated: boolean;
}

type Act =
  | { readonly kind: 'admit'; readonly who: number; readonly full: boolean }
  | { readonly kind: 'suspend' | 'reinstate' | 'expel' | 'withdraw' | 'seat' | 'unseat'; readonly who: number }
  | { readonly kind: 'open'; readonly body: 'general_assembly' | 'working_group' };

const PARTIES = 4;
const who = fc.integer({ min: 0, max: PARTIES - 1 });
const act: fc.Arbitrary<Act> = fc.oneof(
  fc.record({ kind: fc.constant('admit' as const), who, full: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('suspend' as const, 'reinstate' as const, 'expel' as const, 'withdraw' as const, 'seat' as const, 'unseat' as const), who }),
  fc.record({ kind: fc.constant('open' as const), body: fc.constantFrom('general_assembly' as const, 'working_group' as const) }),
);

const reason = { ru: 'Неуплата взносов', en: 'Unpaid dues' };
const isMember = (organization: Organization) => organization.status === 'admitted' || organization.status === 'suspended';

/** Sends the act when the model allows it and updates the model; an opening is checked against the model. */
async function perform(step: Act, parties: Organization[], groupId: string): Promise<void> {
  if (step.kind === 'open') {
    const body = step.body === 'general_assembly' ? { kind: 'general_assembly' } : { kind: 'working_group', workingGroupId: groupId };
    const { id } = await drafted(secretariat, { body });
    await secretariat.post(`/api/v1/resolutions/${id}/voting`, openingBody(60_000)).expect(201);
    const { rows } = await testApp.database.pool.query<{ data: { electorate: string[] } }>(
      `SELECT data FROM ledger.events WHERE stream_id = $1 AND type = 'VotingOpened'`,
      [`resolution-${id}`],
    );
    const ours = new Set(parties.map((party) => party.id));
    const frozen = rows[0].data.electorate.filter((organizationId) => ours.has(organizationId)).sort();
    const expected = parties
      .filter((party) => party.status === 'admitted' && party.full && (step.body === 'general_assembly' || party.seated))
      .map((party) => party.id)
      .sort();
    expect(frozen).toEqual(expected);
    return;
  }
  const party = parties[step.who];
  const member = `/api/v1/members/${party.id}`;
  switch (step.kind) {
    case 'admit':
      if (party.status !== 'applied') return;
      await secretariat.post(`${member}/admission`, { membership: step.full ? 'full' : 'observer', decision: assemblyDecision }).expect(201);
      Object.assign(party, { status: 'admitted', full: step.full });
      return;
    case 'suspend':
      if (party.status !== 'admitted') return;
      await secretariat.post(`${member}/suspension`, { reason, decision: assemblyDecision }).expect(201);
      party.status = 'suspended';
      return;
    case 'reinstate':
      if (party.status !== 'suspended') return;
      await secretariat.post(`${member}/reinstatement`, { decision: assemblyDecision }).expect(201);
      party.status = 'admitted';
      return;
    case 'expel':
      if (!isMember(party)) return;
      await secretariat.post(`${member}/expulsion`, { decision: assemblyDecision }).expect(201);
      party.status = 'expelled';
      return;
    case 'withdraw':
      if (!isMember(party)) return;
      await secretariat.post(`${member}/withdrawal`, { noticeDate: '2026-11-30' }).expect(201);
      party.status = 'withdrawn';
      return;
    case 'seat':
      if (!isMember(party) || party.seated) return;
      await secretariat.post(`/api/v1/working-groups/${groupId}/members`, { organizationId: party.id }).expect(201);
      party.seated = true;
      return;
    case 'unseat':
      if (!isMember(party) || !party.seated) return;
      await secretariat.post(`/api/v1/working-groups/${groupId}/members/${party.id}/removal`).expect(201);
      party.seated = false;
      return;
    default:
      return step satisfies never;
  }
}

describe('the electorate over random interleavings of membership acts and openings', () => {
  it('is always the one the acts before the opening give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(act, { minLength: 4, maxLength: 14 }), async (acts) => {
        const applied = await Promise.all(Array.from({ length: PARTIES }, () => appliedMember(secretariat)));
        const parties: Organization[] = applied.map(({ id }) => ({ id, status: 'applied', full: false, seated: false }));
        const group = (await secretariat.post('/api/v1/working-groups', establishmentBody([chair])).expect(201)).body as { id: string };
        for (const step of acts) await perform(step, parties, group.id);
        // Every run ends with an opening of each kind, so each history is checked at least once.
        await perform({ kind: 'open', body: 'general_assembly' }, parties, group.id);
        await perform({ kind: 'open', body: 'working_group' }, parties, group.id);
      }),
      { numRuns: 8 },
    );
  });
});
