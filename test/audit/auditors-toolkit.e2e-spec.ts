import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DeadlineReminders } from '#accord/appeals';
import { EVENT_STORE, exportLedger, type PostgresEventStore, type RecordedEvent } from '#accord/ledger';
import { LedgerIntegrityMonitor } from '#accord/platform';
import { features, seedDemo } from '#accord/composition';
import { eventually } from '../founding/founding-support.js';
import { admittedMember, client, type Client } from '../membership/membership-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { electorateVotes, openAssemblyVote, passed, type CommandAnswer } from '../voting/voting-fixtures.js';

let testApp: TestApp;
let store: PostgresEventStore;
let secretariat: Client;
let auditor: Client;
let folder: string;
let publicKeyFile: string;
let expulsion: { resolutionId: string; closingEventId: string; memberId: string; voters: string[] };

/** Runs `accord` as an auditor does on a laptop: no DATABASE_URL, no server. */
function accord(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const environment = { ...process.env };
    delete environment.DATABASE_URL;
    const child = spawn(process.execPath, ['bin/accord.js', ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The export an auditor downloads, written to a file of its own. */
async function downloadedExport(name: string): Promise<string> {
  const response = await auditor.get('/api/v1/ledger/export').buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => done(null, text));
  });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
  const file = join(folder, name);
  await writeFile(file, response.body as string);
  return file;
}

async function ledgerEvent(eventId: string): Promise<RecordedEvent> {
  const [event] = await store.readEvents([eventId]);
  return event;
}

beforeAll(async () => {
  testApp = await createTestApp(features.filter((entry) => entry.feature.name !== 'identity'));
  store = testApp.app.get(EVENT_STORE);
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  folder = await mkdtemp(join(tmpdir(), 'accord-audit-'));
  await seedDemo(testApp.app);
  await testApp.app.get(DeadlineReminders).remind('2026-11-24');

  // An adopted motion to expel a member: the expulsion is its consequence.
  // Only the general assembly may expel (Civil Code art. 123.10 p. 2), by the demo charter's two thirds: every member votes.
  const member = await admittedMember(secretariat);
  const vote = await openAssemblyVote(secretariat, 4000, { motion: { kind: 'expel_member', memberId: member.id }, rule: 'qualified_two_thirds' });
  const { id, closesAt } = vote;
  const voters = await electorateVotes(testApp, vote, 'for');
  await passed(closesAt);
  const closing = (await secretariat.post(`/api/v1/resolutions/${id}/closing`).expect(201)).body as CommandAnswer;
  await eventually(async () => expect((await auditor.get(`/api/v1/resolutions/${id}`).expect(200)).body.consequence).toMatchObject({ status: 'carried_out' }));
  expulsion = { resolutionId: id, closingEventId: closing.events[0], memberId: member.id, voters };
  await store.seal();

  const key = (await request(testApp.app.getHttpServer()).get('/api/v1/ledger/public-key').expect(200)).body as { pem: string };
  publicKeyFile = join(folder, 'accord-ledger.pub.pem');
  await writeFile(publicKeyFile, key.pem);
}, 120_000);
afterAll(async () => {
  await testApp.close();
  await rm(folder, { recursive: true, force: true });
});

describe("the auditor's toolkit", () => {
  it('publishes the public key with its fingerprint to anyone', async () => {
    const key = (await request(testApp.app.getHttpServer()).get('/api/v1/ledger/public-key').expect(200)).body;
    expect(key).toMatchObject({ algorithm: 'Ed25519', fingerprint: store.signer!.key.fingerprint, publicKey: store.signer!.key.publicKey });
    expect(key.pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('verifies the downloaded export offline, every tally and every due date included, with exit code 0', async () => {
    const file = await downloadedExport('intact.ndjson');
    const run = await accord('verify', '--file', file, '--public-key', publicKeyFile, '--tallies', '--deadlines');
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.stdout).toMatch(/^Export intact: \d+ events in \d+ streams checked; \d+ appends signed; \d+ sealed in the global chain under \d+ signed seals\./);
    expect(run.stdout).toContain(`Signatures checked against key ${store.signer!.key.fingerprint}.`);
    expect(run.stdout).toMatch(/Tallies agree: [1-9]\d* closed votes recounted from the exported ballots with the voting domain's tally function/);
    expect(run.stdout).toMatch(/Deadlines agree: due dates of [1-9]\d* dispatched appeals recomputed with the appeals deadline engine[^;]*; [1-9]\d* recorded reminders match them\./);
    expect(run.code).toBe(0);
  }, 60_000);

  it('exits 1 naming the changed event of an export edited after download', async () => {
    const file = await downloadedExport('edited.ndjson');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const index = lines.findIndex((line) => line.includes('VotingClosed') && (JSON.parse(line) as { type?: string }).type === 'VotingClosed');
    const closing = JSON.parse(lines[index]) as { eventId: string; data: { outcome: string } };
    lines[index] = JSON.stringify({ ...closing, data: { ...closing.data, outcome: 'rejected' } });
    await writeFile(file, lines.join('\n'));
    const run = await accord('verify', '--file', file, '--public-key', publicKeyFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Export BROKEN at event ${closing.eventId}`);
    expect(run.stdout).toMatch(/content does not match its hash: the event was changed/);
    expect(run.stdout).toMatch(/Export file BROKEN: the file does not match the SHA-256 in its manifest/);
  }, 60_000);

  it('exits 2 with the usage when the public key is not given', async () => {
    const run = await accord('verify', '--file', join(folder, 'intact.ndjson'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--public-key[\s\S]*Usage: accord verify/);
  }, 60_000);

  it('follows a consequence of an adopted motion back to the closing of the vote, its ballots and the request', async () => {
    const [expelled] = (await auditor.get(`/api/v1/ledger/events?stream=member-${expulsion.memberId}&type=MemberExpelled`).expect(200)).body.items;
    const chain = (await auditor.get(`/api/v1/ledger/events/${expelled.eventId}/causes`).expect(200)).body;
    expect(chain.causes[0].event).toMatchObject({
      eventId: expulsion.closingEventId,
      type: 'VotingClosed',
      streamId: `resolution-${expulsion.resolutionId}`,
      links: { stream: `/api/v1/ledger/streams/resolution-${expulsion.resolutionId}` },
    });
    expect(chain.causes[0].grounds.map((ballot: { type: string }) => ballot.type)).toEqual(expulsion.voters.map(() => 'BallotCast'));
    expect(chain.root).toMatchObject({ kind: 'request', id: expect.any(String) });

    const tree = (await auditor.get(`/api/v1/ledger/events/${expulsion.closingEventId}/effects`).expect(200)).body;
    expect(tree.event.eventId).toBe(expulsion.closingEventId);
    expect(tree.effects.map((node: { event: { eventId: string } }) => node.event.eventId)).toContain(expelled.eventId);
  });

  it('answers 404 for the causes of an unknown event', async () => {
    await auditor.get(`/api/v1/ledger/events/${randomUUID()}/causes`).expect(404);
  });

  it('filters the log by stream kind, type, actor, correlation and legal period, paging by cursor', async () => {
    const closing = await ledgerEvent(expulsion.closingEventId);
    const closings = (await auditor.get('/api/v1/ledger/events?streamKind=resolution&type=VotingClosed').expect(200)).body.items;
    expect(closings.map((event: { eventId: string }) => event.eventId)).toContain(closing.eventId);
    expect(closings.every((event: { type: string; streamId: string }) => event.type === 'VotingClosed' && event.streamId.startsWith('resolution-'))).toBe(true);
    const byConsequences = (await auditor.get('/api/v1/ledger/events?actor=system:resolution_consequences&limit=500').expect(200)).body.items;
    expect(byConsequences.length).toBeGreaterThan(0);
    expect(byConsequences.every((event: { metadata: { actorId: string } }) => event.metadata.actorId === 'system:resolution_consequences')).toBe(true);
    const sameRequest = (await auditor.get(`/api/v1/ledger/events?correlationId=${closing.metadata.correlationId}&limit=1`).expect(200)).body;
    expect(sameRequest.items).toHaveLength(1);
    const next = (await auditor.get(`/api/v1/ledger/events?correlationId=${closing.metadata.correlationId}&limit=1&cursor=${sameRequest.nextCursor}`).expect(200)).body;
    expect(next.items[0].metadata.correlationId).toBe(closing.metadata.correlationId);
    const today = closing.recordedAt.toISOString().slice(0, 10);
    const legal = (await auditor.get(`/api/v1/ledger/events?type=VotingClosed&legalFrom=${today}&legalTo=${today}`).expect(200)).body.items;
    expect(legal.map((event: { eventId: string }) => event.eventId)).toContain(closing.eventId);
    expect(legal.every((event: { data: { closedAt: string } }) => event.data.closedAt.startsWith(today))).toBe(true);
    expect((await auditor.get('/api/v1/ledger/events?type=VotingClosed&legalTo=2020-01-01').expect(200)).body.items).toEqual([]);
  });

  it('refuses a malformed filter', async () => {
    const response = await auditor.get('/api/v1/ledger/events?streamKind=Member%20X&legalFrom=2026-02-30').expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['legalFrom', 'streamKind']);
  });

  it('catches a recorded outcome and a recorded due date that the domain functions do not give, with exit code 1', async () => {
    const closing = await ledgerEvent(expulsion.closingEventId);
    const metadata = { ...closing.metadata, causationId: null, commandId: null };
    await store.append(closing.streamId, [{ eventId: randomUUID(), type: 'VotingClosed', data: { ...(closing.data as object), outcome: 'rejected' }, metadata }], 'any');
    const [reminder] = (await auditor.get('/api/v1/ledger/events?type=AppealDeadlineReminderRecorded&limit=1').expect(200)).body.items;
    await store.append(reminder.streamId, [{ eventId: randomUUID(), type: 'AppealDeadlineReminderRecorded', data: { ...reminder.data, dueOn: '2026-01-01' }, metadata }], 'any');
    const file = join(folder, 'recorded-wrong.ndjson');
    let text = '';
    for await (const chunk of exportLedger(store.reader, { signingKey: store.signer!.key })) text += chunk;
    await writeFile(file, text);
    const run = await accord('verify', '--file', file, '--public-key', publicKeyFile, '--tallies', '--deadlines');
    expect(run.stdout).toMatch(/^Export intact/);
    expect(run.stdout).toMatch(/Tallies DISAGREE: 1 of [2-9]\d* closed votes/);
    expect(run.stdout).toMatch(/Deadlines DISAGREE: 1 of \d+ recorded reminders/);
    expect(run.code).toBe(1);
  }, 60_000);

  it('turns /health to broken and logs the break, once the background check finds an edited event', async () => {
    const monitor = testApp.app.get(LedgerIntegrityMonitor);
    await monitor.verifyFully();
    // The integrity detail is the operators' (an admin's or an auditor's); anyone else gets the status alone.
    const healthy = (await auditor.get('/health').expect(200)).body;
    expect(healthy).toMatchObject({ status: 'ok', ledger: { integrity: { status: 'intact', lastVerifiedPosition: expect.stringMatching(/^\d+-\d+$/) } } });

    const client = await testApp.database.pool.connect();
    try {
      await client.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
      await client.query(`UPDATE ledger.events SET data = data || '{"outcome": "rejected"}' WHERE event_id = $1`, [expulsion.closingEventId]);
    } finally {
      await client.query('ALTER TABLE ledger.events ENABLE TRIGGER USER');
      client.release();
    }
    await monitor.verifyIncrementally();
    expect((await request(testApp.app.getHttpServer()).get('/health').expect(200)).body.status).toBe('ok');
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await monitor.verifyFully();
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'the ledger is broken', firstBreak: expect.objectContaining({ eventId: expulsion.closingEventId }) }));
    logged.mockRestore();
    const broken = (await auditor.get('/health').expect(503)).body;
    expect(broken).toMatchObject({ status: 'broken', ledger: { integrity: { status: 'broken' } } });
    expect((await request(testApp.app.getHttpServer()).get('/health').expect(503)).body).toEqual({ status: 'broken' });
    const verification = (await auditor.get('/api/v1/ledger/verification').expect(200)).body;
    expect(verification).toMatchObject({ status: 'broken', intact: false, firstBreak: { eventId: expulsion.closingEventId, reason: expect.stringMatching(/changed/) } });
  });
});
