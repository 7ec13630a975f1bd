import { votingFeature, VotingModule } from '#accord/voting';
import { client, type Client } from '../membership/membership-fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { establishedGroup } from '../working-groups/working-group-fixtures.js';

export const voting = { feature: votingFeature, module: VotingModule };

export type CommandAnswer = { id: string; version: number; position: string; events: string[] };

/** The body of a draft put to the general assembly, by simple majority. */
export function draftBody(overrides: Record<string, unknown> = {}) {
  return {
    title: { ru: 'О программе стажировок', en: 'On the internship programme' },
    text: { ru: 'Утвердить программу стажировок на 2027 год.', en: 'To approve the internship programme for 2027.' },
    body: { kind: 'general_assembly' },
    rule: 'simple_majority',
    ...overrides,
  };
}

/** The body that opens voting, closing `closesInMilliseconds` from now. */
export function openingBody(closesInMilliseconds: number, overrides: Record<string, unknown> = {}) {
  return {
    closesAt: new Date(Date.now() + closesInMilliseconds).toISOString(),
    venue: { kind: 'online', url: 'https://vote.accord.example/assembly' },
    countedBy: [{ ru: 'Секретарь собрания И. И. Иванова', en: 'I. I. Ivanova, secretary of the meeting' }],
    ...overrides,
  };
}

export async function drafted(secretariat: Client, overrides: Record<string, unknown> = {}): Promise<CommandAnswer> {
  return (await secretariat.post('/api/v1/resolutions', draftBody(overrides)).expect(201)).body as CommandAnswer;
}

/**
 * Given a working group of `size` full members, and the register read model caught up with them
 * (the electorate is taken from it when voting opens).
 */
export async function votingGroup(secretariat: Client, size: number) {
  const group = await establishedGroup(secretariat, size);
  await secretariat.get(`/api/v1/members?minPosition=${group.position}`).expect(200);
  return { groupId: group.id, members: group.members };
}

/** Given a resolution of the group, open until `closesInMilliseconds` from now. */
export async function openGroupVote(secretariat: Client, groupId: string, closesInMilliseconds: number, overrides: Record<string, unknown> = {}) {
  const { id } = await drafted(secretariat, { body: { kind: 'working_group', workingGroupId: groupId }, ...overrides });
  const opening = openingBody(closesInMilliseconds);
  const opened = (await secretariat.post(`/api/v1/resolutions/${id}/voting`, opening).expect(201)).body as CommandAnswer;
  return { id, closesAt: opening.closesAt, opened };
}

/**
 * Given a resolution of the general assembly (or of the body in `overrides`), open until
 * `closesInMilliseconds` from now; the register read model must already hold the members.
 */
export async function openAssemblyVote(secretariat: Client, closesInMilliseconds: number, overrides: Record<string, unknown> = {}) {
  const { id } = await drafted(secretariat, overrides);
  const opening = openingBody(closesInMilliseconds);
  const opened = (await secretariat.post(`/api/v1/resolutions/${id}/voting`, opening).expect(201)).body as CommandAnswer;
  return { id, closesAt: opening.closesAt, opened };
}

/**
 * How long a vote a test casts every ballot of stays open: each ballot signs a representative in
 * first, so a busy machine needs seconds for a whole electorate.
 */
export const BALLOTING_MILLISECONDS = 5_000;

/** Every organization of the vote's frozen electorate casts `choice`, through its own representative. */
export async function electorateVotes(testApp: TestApp, vote: { id: string; opened: CommandAnswer }, choice: 'for' | 'against' | 'abstain') {
  const reader = client(testApp, await testApp.tokenFor(['auditor']));
  const record = (await reader.get(`/api/v1/resolutions/${vote.id}?minPosition=${vote.opened.position}`).expect(200)).body;
  for (const { organizationId } of record.electorate as { organizationId: string }[]) {
    await client(testApp, await testApp.tokenFor(['representative'], organizationId)).post(`/api/v1/resolutions/${vote.id}/ballots`, { choice }).expect(201);
  }
  return record.electorate.map((entry: { organizationId: string }) => entry.organizationId) as string[];
}

/** Waits until the moment has passed on the server's clock too. */
export async function passed(moment: string): Promise<void> {
  const wait = Date.parse(moment) - Date.now() + 20;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
