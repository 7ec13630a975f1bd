import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { client, membership, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, testAppForSuite } from '../support/test-app.js';
import { workingGroups } from '../working-groups/working-group-fixtures.js';
import { drafted, openGroupVote, passed, voting, votingGroup } from './voting-fixtures.js';

let secretariat: Client;
let auditor: Client;
let auditorToken: string;

const testApp = testAppForSuite(() => createTestApp([membership, workingGroups, voting]));
beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditorToken = await testApp.tokenFor(['auditor']);
  auditor = client(testApp, auditorToken);
});

const dataOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => JSON.parse(line.slice('data:'.length)));

/** Reads server-sent events from a stream until `count` have arrived. */
async function nextEvents(reader: ReadableStreamDefaultReader<Uint8Array>, count: number, pending: { text: string }) {
  const decoder = new TextDecoder();
  for (;;) {
    const messages = pending.text.split('\n\n');
    const complete = messages.slice(0, -1).filter((message) => message.includes('data:'));
    if (complete.length >= count) {
      const taken = complete.slice(0, count);
      pending.text = messages.slice(messages.indexOf(taken[count - 1]) + 1).join('\n\n');
      return taken.flatMap(dataOf);
    }
    const { value, done } = await reader.read();
    if (done) throw new Error('the stream ended');
    pending.text += decoder.decode(value, { stream: true });
  }
}

describe('the live tally stream', () => {
  it('sends the tally at once and again after each ballot while voting is open', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const { id, opened } = await openGroupVote(secretariat, groupId, 60_000);
    await auditor.get(`/api/v1/resolutions/${id}?minPosition=${opened.position}`).expect(200);
    const server = testApp.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as AddressInfo;
    const abort = new AbortController();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/resolutions/${id}/tally/stream`, {
        headers: { Authorization: `Bearer ${auditorToken}` },
        signal: abort.signal,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = response.body!.getReader();
      const pending = { text: '' };
      expect(await nextEvents(reader, 1, pending)).toEqual([expect.objectContaining({ participants: 0, electorateSize: 3, final: false })]);
      await client(testApp, await testApp.tokenFor(['representative'], members[0])).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(201);
      expect(await nextEvents(reader, 1, pending)).toEqual([expect.objectContaining({ participants: 1, for: 1 })]);
      await client(testApp, await testApp.tokenFor(['representative'], members[1])).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'against' }).expect(201);
      expect(await nextEvents(reader, 1, pending)).toEqual([expect.objectContaining({ participants: 2, for: 1, against: 1 })]);
    } finally {
      abort.abort();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('given several clients following one vote, when a ballot is counted, then each of them receives the new tally, the later one starting from the tally as it stands', async () => {
    const { groupId, members } = await votingGroup(secretariat, 3);
    const { id, opened } = await openGroupVote(secretariat, groupId, 60_000);
    await auditor.get(`/api/v1/resolutions/${id}?minPosition=${opened.position}`).expect(200);
    const server = testApp.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as AddressInfo;
    const abort = new AbortController();
    const follow = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/resolutions/${id}/tally/stream`, {
        headers: { Authorization: `Bearer ${auditorToken}` },
        signal: abort.signal,
      });
      return { reader: response.body!.getReader(), pending: { text: '' } };
    };
    try {
      const first = await follow();
      expect(await nextEvents(first.reader, 1, first.pending)).toEqual([expect.objectContaining({ participants: 0 })]);
      const ballot = await client(testApp, await testApp.tokenFor(['representative'], members[0])).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(201);
      expect(await nextEvents(first.reader, 1, first.pending)).toEqual([expect.objectContaining({ participants: 1, for: 1 })]);
      // A client that joins later starts from the tally as it stands, then shares the updates.
      await auditor.get(`/api/v1/resolutions/${id}?minPosition=${ballot.body.position}`).expect(200);
      const second = await follow();
      expect(await nextEvents(second.reader, 1, second.pending)).toEqual([expect.objectContaining({ participants: 1, for: 1 })]);
      await client(testApp, await testApp.tokenFor(['representative'], members[1])).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'abstain' }).expect(201);
      for (const each of [first, second]) {
        expect(await nextEvents(each.reader, 1, each.pending)).toEqual([expect.objectContaining({ participants: 2, for: 1, abstain: 1 })]);
      }
    } finally {
      abort.abort();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sends one final tally and ends for a closed vote', async () => {
    const { groupId, members } = await votingGroup(secretariat, 2);
    const { id, closesAt } = await openGroupVote(secretariat, groupId, 1000);
    await client(testApp, await testApp.tokenFor(['representative'], members[0])).post(`/api/v1/resolutions/${id}/ballots`, { choice: 'for' }).expect(201);
    await passed(closesAt);
    const closing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body;
    await auditor.get(`/api/v1/resolutions/${id}?minPosition=${closing.position}`).expect(200);
    const response = await auditor.get(`/api/v1/resolutions/${id}/tally/stream`).buffer(true).expect(200);
    expect(dataOf(response.text)).toEqual([expect.objectContaining({ status: 'closed', final: true, participants: 1 })]);
  });

  it('refuses the stream of a vote not yet open with 422 VOTING_NOT_OPEN', async () => {
    const { id, position } = await drafted(secretariat);
    const response = await auditor.get(`/api/v1/resolutions/${id}/tally/stream?minPosition=${position}`).expect(422);
    expect(response.body.code).toBe('VOTING_NOT_OPEN');
  });

  it('answers 404 for the stream of a resolution that does not exist', async () => {
    await auditor.get(`/api/v1/resolutions/${randomUUID()}/tally/stream`).expect(404);
  });
});
