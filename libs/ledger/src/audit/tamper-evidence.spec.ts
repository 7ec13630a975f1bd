import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { contentHash, linkHash } from '../hashing.js';
import type { IntegrityReport, NewEvent } from '../event-store.port.js';
import { formatPosition, type GlobalPosition } from '../position.js';
import { ledgerMigrations } from '../postgres/ledger.migrations.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { LedgerSigner, parsePublicKey } from '../signing/ledger-signing.js';
import { generateSigningKeyPem } from '../signing/signing-key-file.js';
import { testMetadata } from '../testing/ledger-contract.js';
import { BREAKS } from './ledger-audit.js';
import { exportLedger, exportLines, verifyExport } from './ledger-export.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
});
afterAll(() => database.drop());

const LEDGER_TABLES = ['ledger.events', 'ledger.global_chain', 'ledger.seals'];
const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);

/** As a database superuser would: with the append-only triggers switched off. */
async function asSuperuser(work: (query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<void>) {
  const client = await database.pool.connect();
  try {
    for (const table of LEDGER_TABLES) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await work((sql, params) => client.query(sql, params));
  } finally {
    for (const table of LEDGER_TABLES) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    client.release();
  }
}

async function signedLedger(signer: LedgerSigner): Promise<PostgresEventStore> {
  await asSuperuser(async (query) => void (await query(`TRUNCATE ${LEDGER_TABLES.join(', ')}`)));
  return PostgresEventStore.open(database.pool, { signer });
}

const event = (round: number, recordedAt = AN_HOUR_AGO): NewEvent => ({
  eventId: randomUUID(),
  type: 'Noted',
  data: { round, text: 'Протокол заседания' },
  metadata: testMetadata,
  recordedAt,
});

/** The export as the lines an auditor's file would hold. */
async function exportedLines(store: PostgresEventStore, from?: GlobalPosition): Promise<string[]> {
  let text = '';
  for await (const chunk of exportLedger(store.reader, { from, signingKey: store.signer!.key })) text += chunk;
  return text.split('\n');
}

/** The lines as a file holding them would be read. */
const linesOf = (lines: readonly string[]) => exportLines([lines.join('\n')]);

describe('a signed ledger, checked online and from an export', () => {
  let signer: LedgerSigner;
  let store: PostgresEventStore;
  const streams = [`member-${randomUUID()}`, `resolution-${randomUUID()}`, `account-${randomUUID()}`];

  beforeEach(async () => {
    signer = new LedgerSigner(generateSigningKeyPem());
    store = await signedLedger(signer);
    for (let round = 0; round < 3; round += 1) {
      for (const id of streams) await store.append(id, [event(round)], round === 0 ? 'no_stream' : round);
    }
    await store.append(streams[0], [event(3), event(4)], 3);
    await store.seal();
  });
  afterEach(() => store.close());

  const eventAt = async (streamId: string, version: number) => (await store.readStream(streamId, { fromVersion: version, maxCount: 1 }))[0];

  /** Runs the check online and on an export taken now; both must name the same event for the same reason. */
  async function bothChecks(): Promise<IntegrityReport[]> {
    const online = await store.verify();
    const offline = await verifyExport(linesOf(await exportedLines(store)), { trustedKey: signer.publicKey });
    return [online, offline];
  }

  async function expectBreak(eventId: string, reason: string | RegExp) {
    for (const report of await bothChecks()) {
      expect(report.intact).toBe(false);
      expect(report.firstBreak).toMatchObject({ eventId, reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) });
    }
  }

  it('verifies the untouched ledger with every append and seal signed, online and offline', async () => {
    for (const report of await bothChecks()) {
      expect(report).toMatchObject({ intact: true, eventsChecked: 11, eventsSealed: 11, firstBreak: null, appendsSigned: 10, signaturesChecked: true });
    }
  });

  it('names an event whose data was edited', async () => {
    const victim = await eventAt(streams[1], 2);
    await asSuperuser(async (query) => void (await query(`UPDATE ledger.events SET data = '{"round": 99}' WHERE event_id = $1`, [victim.eventId])));
    await expectBreak(victim.eventId, BREAKS.changed);
  });

  it('names an event whose metadata was edited', async () => {
    const victim = await eventAt(streams[2], 3);
    await asSuperuser(async (query) => void (await query(`UPDATE ledger.events SET metadata = metadata || '{"actorId": "intruder"}' WHERE event_id = $1`, [victim.eventId])));
    await expectBreak(victim.eventId, BREAKS.changed);
  });

  it('names an event deleted from the middle of its stream', async () => {
    const victim = await eventAt(streams[0], 2);
    await asSuperuser(async (query) => void (await query('DELETE FROM ledger.events WHERE event_id = $1', [victim.eventId])));
    await expectBreak(victim.eventId, BREAKS.deletedSealed);
  });

  it('names the sealed tail of a stream when it was cut off', async () => {
    const victim = await eventAt(streams[0], 5);
    await asSuperuser(async (query) => void (await query('DELETE FROM ledger.events WHERE event_id = $1', [victim.eventId])));
    await expectBreak(victim.eventId, BREAKS.deletedSealed);
  });

  it('names two events of a stream that swapped places', async () => {
    const [first, second] = [await eventAt(streams[1], 1), await eventAt(streams[1], 2)];
    await asSuperuser(async (query) => {
      for (const [eventId, version] of [[first.eventId, 1000], [second.eventId, 1], [first.eventId, 2]] as const) {
        await query('UPDATE ledger.events SET version = $2 WHERE event_id = $1', [eventId, version]);
      }
    });
    await expectBreak(first.eventId, BREAKS.missingVersion(2, 0));
  });

  it('sees that the whole seal chain was deleted once its events are older than the grace period', async () => {
    const first = await eventAt(streams[0], 1);
    await asSuperuser(async (query) => void (await query('DELETE FROM ledger.global_chain; DELETE FROM ledger.seals')));
    await expectBreak(first.eventId, BREAKS.unsealedTooLong(10));
  });

  it('names a forged seal by its signature', async () => {
    await asSuperuser(async (query) => void (await query(`UPDATE ledger.seals SET sealed_at = sealed_at - interval '1 day'`)));
    const last = await eventAt(streams[0], 5);
    await expectBreak(last.eventId, BREAKS.sealForged);
  });

  it('names an event a superuser inserted after the last seal, with hashes that link', async () => {
    const head = await eventAt(streams[2], 3);
    const forged = { eventId: randomUUID(), streamId: streams[2], type: 'AccountRolesChanged', schemaVersion: 1, data: { roles: ['admin'] }, metadata: testMetadata, recordedAt: new Date() };
    const content = contentHash(forged);
    await asSuperuser(async (query) => {
      await query(
        `INSERT INTO ledger.events (transaction_id, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, content_hash, hash)
         VALUES (pg_current_xact_id()::text::bigint, $1, $2, 4, $3, 1, $4, $5, $6, $7, $8)`,
        [forged.eventId, forged.streamId, forged.type, JSON.stringify(forged.data), JSON.stringify(forged.metadata), forged.recordedAt, content, linkHash(Buffer.from(head.hash, 'hex'), content)],
      );
    });
    await expectBreak(forged.eventId, BREAKS.unsigned);
  });

  it('names the first event of a ledger a superuser rewrote whole, hashes and global chain recomputed', async () => {
    await asSuperuser(async (query) => {
      const { rows } = await query('SELECT * FROM ledger.events ORDER BY stream_id, version');
      const heads = new Map<string, Buffer>();
      for (const row of rows) {
        const metadata = { ...(row.metadata as object), actorId: 'intruder' };
        const content = contentHash({ eventId: row.event_id as string, streamId: row.stream_id as string, type: row.type as string, schemaVersion: row.schema_version as number, data: row.data, metadata, recordedAt: row.recorded_at as Date });
        const hash = linkHash(heads.get(row.stream_id as string) ?? Buffer.alloc(32), content);
        heads.set(row.stream_id as string, hash);
        await query('UPDATE ledger.events SET metadata = $2, content_hash = $3, hash = $4 WHERE event_id = $1', [row.event_id, JSON.stringify(metadata), content, hash]);
      }
      const { rows: links } = await query('SELECT c.ordinal, e.hash FROM ledger.global_chain c JOIN ledger.events e USING (event_id) ORDER BY c.ordinal');
      let previous: Buffer = Buffer.alloc(32);
      for (const link of links) {
        previous = linkHash(previous, link.hash as Buffer);
        await query('UPDATE ledger.global_chain SET hash = $2 WHERE ordinal = $1', [link.ordinal, previous]);
      }
    });
    const [first] = await store.readAll({ maxCount: 1 });
    await expectBreak(first.eventId, BREAKS.badSignature);
  });

  it('exports from a position and verifies that part on its own', async () => {
    const [, , , fourth] = await store.readAll({ maxCount: 4 });
    const lines = await exportedLines(store, fourth.position);
    const report = await verifyExport(linesOf(lines), { trustedKey: signer.publicKey });
    expect(report.firstBreak).toBeNull();
    expect(report).toMatchObject({ intact: true, eventsChecked: 7, fileProblem: null });
    expect(report.header?.from).toBe(formatPosition(fourth.position));
  });

  it('names the changed line of an edited export and the manifest it no longer matches', async () => {
    const lines = await exportedLines(store);
    const victim = JSON.parse(lines[3]) as { eventId: string; data: { round: number } };
    lines[3] = JSON.stringify({ ...victim, data: { ...victim.data, round: 42 } });
    const report = await verifyExport(linesOf(lines), { trustedKey: signer.publicKey });
    expect(report).toMatchObject({ intact: false, firstBreak: { eventId: victim.eventId, reason: BREAKS.changed } });
    expect(report.fileProblem).toMatch(/SHA-256/);
  });

  it('names a file cut short', async () => {
    const lines = await exportedLines(store);
    const report = await verifyExport(linesOf(lines.slice(0, 5)), { trustedKey: signer.publicKey });
    expect(report).toMatchObject({ intact: false, fileProblem: expect.stringMatching(/manifest is missing/) });
  });

  it('refuses the signatures under another key', async () => {
    const stranger = new LedgerSigner(generateSigningKeyPem());
    const report = await verifyExport(linesOf(await exportedLines(store)), { trustedKey: stranger.publicKey });
    expect(report).toMatchObject({ intact: false, firstBreak: { reason: BREAKS.badSignature } });
  });

  it('keeps verifying across a key rotation, trusting the old key or the new one', async () => {
    const retired = signer.publicKey;
    const rotation = await store.rotateKey(generateSigningKeyPem(), testMetadata, randomUUID());
    await store.append(streams[1], [event(3, new Date())], 3);
    await store.seal();
    const lines = await exportedLines(store);
    expect(signer.key.fingerprint).toBe(rotation.fingerprint);
    for (const trustedKey of [retired, parsePublicKey(rotation.publicKey)]) {
      expect(await verifyExport(linesOf(lines), { trustedKey })).toMatchObject({ intact: true, keyFingerprint: rotation.fingerprint });
    }
    expect(await store.verify()).toMatchObject({ intact: true });
  });

  it('names a rotation that the retiring key did not sign', async () => {
    const impostor = new LedgerSigner(generateSigningKeyPem());
    const forged = impostor.rotationTo(generateSigningKeyPem(), new Date());
    const appended = await store.append('ledger-keys', [{ eventId: randomUUID(), type: 'LedgerSigningKeyRotated', data: forged, metadata: testMetadata }], 'any');
    await store.seal();
    const report = await verifyExport(linesOf(await exportedLines(store)), { trustedKey: signer.publicKey });
    expect(report).toMatchObject({ intact: false, firstBreak: { eventId: appended.eventIds[0], reason: BREAKS.rotationForged } });
  });
});
