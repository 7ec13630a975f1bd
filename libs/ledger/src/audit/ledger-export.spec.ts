import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { NewEvent } from '../event-store.port.js';
import { formatPosition, type GlobalPosition } from '../position.js';
import { ledgerMigrations } from '../postgres/ledger.migrations.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { LedgerSigner } from '../signing/ledger-signing.js';
import { generateSigningKeyPem } from '../signing/signing-key-file.js';
import { testMetadata } from '../testing/ledger-contract.js';
import { exportLedger, verifyExport, type ExportManifest } from './ledger-export.js';

// Longer than the pages the export and the verification read (1,000 events): the chain links of each
// page, the next page read ahead, and the streams picked up across pages must all hold.
const STREAMS = 5;
const APPENDS_PER_STREAM = 5;
const EVENTS_PER_APPEND = 100;
const EVENTS = STREAMS * APPENDS_PER_STREAM * EVENTS_PER_APPEND;

let database: TestDatabase;
let signer: LedgerSigner;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
  signer = new LedgerSigner(generateSigningKeyPem());
  store = await PostgresEventStore.open(database.pool, { signer });
  const streams = Array.from({ length: STREAMS }, () => `member-${randomUUID()}`);
  const recordedAt = new Date(Date.now() - 3_600_000);
  for (let round = 0; round < APPENDS_PER_STREAM; round += 1) {
    for (const streamId of streams) {
      const events = Array.from({ length: EVENTS_PER_APPEND }, (_, index): NewEvent => ({
        eventId: randomUUID(),
        type: 'Noted',
        data: { round, index, text: 'Протокол заседания' },
        metadata: testMetadata,
        recordedAt,
      }));
      await store.append(streamId, events, round === 0 ? 'no_stream' : round * EVENTS_PER_APPEND);
    }
  }
  await store.seal();
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

async function exportedLines(from?: GlobalPosition): Promise<string[]> {
  let text = '';
  for await (const chunk of exportLedger(store.reader, { from, signingKey: signer.key })) text += chunk;
  return text.split('\n');
}

async function* linesOf(lines: readonly string[]) {
  yield* lines;
}

describe('a ledger longer than a page', () => {
  it('given the whole ledger sealed, when exported and verified offline and online, then every event, stream and seal is checked', async () => {
    const lines = await exportedLines();
    const manifest = JSON.parse(lines[lines.length - 2]) as ExportManifest;

    const offline = await verifyExport(linesOf(lines), { trustedKey: signer.publicKey });
    const online = await store.verify();

    expect(manifest).toMatchObject({ kind: 'manifest', events: EVENTS, streams: STREAMS });
    expect(offline).toMatchObject({ intact: true, fileProblem: null, eventsChecked: EVENTS, streamsChecked: STREAMS, eventsSealed: EVENTS, appendsSigned: 25 });
    expect(online).toMatchObject({ intact: true, eventsChecked: EVENTS, eventsSealed: EVENTS, appendsSigned: 25 });
  });

  it('given the end of an append in its second page, when exported from there, then the rest verifies on its own, every stream picked up where it stood', async () => {
    const [from] = (await store.readAll({ maxCount: 1_300 })).slice(-1);

    const report = await verifyExport(linesOf(await exportedLines(from.position)), { trustedKey: signer.publicKey });

    expect(report).toMatchObject({ intact: true, fileProblem: null, eventsChecked: EVENTS - 1_300, streamsChecked: STREAMS });
    expect(report.header?.from).toBe(formatPosition(from.position));
  });

  it('given a position inside an append, when exported from there, then the export starts at that append, holds it whole and verifies', async () => {
    const read = await store.readAll({ maxCount: 1_300 });
    const inside = read[read.length - 1 - EVENTS_PER_APPEND / 2];
    const appendEnd = read[read.length - 1 - EVENTS_PER_APPEND];

    const report = await verifyExport(linesOf(await exportedLines(inside.position)), { trustedKey: signer.publicKey });

    expect(report).toMatchObject({ intact: true, fileProblem: null, eventsChecked: EVENTS - 1_300 + EVENTS_PER_APPEND, streamsChecked: STREAMS });
    expect(report.header?.from).toBe(formatPosition(appendEnd.position));
  });
});
