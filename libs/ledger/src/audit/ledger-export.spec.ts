import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { NewEvent } from '../event-store.port.js';
import { formatPosition, type GlobalPosition } from '../position.js';
import { ledgerMigrations } from '../postgres/ledger.migrations.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { LedgerSigner } from '../signing/ledger-signing.js';
import { generateSigningKeyPem } from '../signing/signing-key-file.js';
import { testMetadata } from '../testing/ledger-contract.js';
import { BREAKS } from './ledger-audit.js';
import { exportLedger, exportLines, verifyExport, type ExportedEvent, type ExportManifest } from './ledger-export.js';

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

/** The lines as a file holding them would be read. */
const linesOf = (lines: readonly string[]) => exportLines([lines.join('\n')]);

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

describe('a large export whose content hashes are checked on a worker', () => {
  // The first 1,900 events are checked in line. The next few hundred always go to a worker, as no
  // worker's queue is full yet (later ones may be checked in line when it is): the edits lie there.
  const ON_A_WORKER = { trustedKey: null, inlineContentChecks: 1_900 };
  const IN_LINE = { trustedKey: null, inlineContentChecks: Infinity };
  let lines: string[];
  beforeAll(async () => {
    lines = await exportedLines();
  });

  /** The export with the event lines at these indexes (0 is the first event) edited. */
  function edited(...edits: [index: number, edit: (event: Mutable<ExportedEvent>) => void][]): string[] {
    const copy = [...lines];
    for (const [index, edit] of edits) {
      const event = JSON.parse(copy[1 + index]) as Mutable<ExportedEvent>;
      edit(event);
      copy[1 + index] = JSON.stringify(event);
    }
    return copy;
  }
  const eventAt = (index: number) => JSON.parse(lines[1 + index]) as ExportedEvent;
  const changeData = (event: Mutable<ExportedEvent>) => (event.data = { ...(event.data as object), round: 99 });
  const unlink = (event: Mutable<ExportedEvent>) => (event.hash = '00'.repeat(32));

  it('given the data of an event deep inside changed, when verified, then that event is named as changed, as in line', async () => {
    const tampered = edited([2_000, changeData]);

    const report = await verifyExport(linesOf(tampered), { ...ON_A_WORKER, trustedKey: signer.publicKey });

    expect(report.firstBreak).toMatchObject({ eventId: eventAt(2_000).eventId, reason: BREAKS.changed });
    expect(report.firstBreak).toEqual((await verifyExport(linesOf(tampered), { ...IN_LINE, trustedKey: signer.publicKey })).firstBreak);
  });

  it('given a changed event after an unlinked one, when verified, then the unlinked one is named', async () => {
    const tampered = edited([1_500, unlink], [2_100, changeData]);

    const report = await verifyExport(linesOf(tampered), ON_A_WORKER);

    expect(report.firstBreak).toMatchObject({ eventId: eventAt(1_500).eventId, reason: BREAKS.unlinked });
    expect(report.firstBreak).toEqual((await verifyExport(linesOf(tampered), IN_LINE)).firstBreak);
  });

  it('given an unlinked event after a changed one, when verified, then the changed one is named although its worker answers later', async () => {
    const tampered = edited([2_000, changeData], [2_001, unlink]);

    const report = await verifyExport(linesOf(tampered), ON_A_WORKER);

    expect(report.firstBreak).toMatchObject({ eventId: eventAt(2_000).eventId, reason: BREAKS.changed });
    expect(report.firstBreak).toEqual((await verifyExport(linesOf(tampered), IN_LINE)).firstBreak);
  });

  it('given one event both changed and unlinked, when verified, then it is named as changed, its content checked before its link', async () => {
    const tampered = edited([2_200, (event) => (changeData(event), unlink(event))]);

    const report = await verifyExport(linesOf(tampered), ON_A_WORKER);

    expect(report.firstBreak).toMatchObject({ eventId: eventAt(2_200).eventId, reason: BREAKS.changed });
    expect(report.firstBreak).toEqual((await verifyExport(linesOf(tampered), IN_LINE)).firstBreak);
  });

  it('given the hashes of an event written in capitals, when verified, then every chain holds on the bytes they name, and only the file differs from its manifest', async () => {
    const capitals = (event: Mutable<ExportedEvent>) => {
      event.contentHash = event.contentHash.toUpperCase();
      event.hash = event.hash.toUpperCase();
      event.link = event.link && { ...event.link, hash: event.link.hash.toUpperCase() };
    };
    const tampered = edited([10, capitals], [2_000, capitals]);

    const report = await verifyExport(linesOf(tampered), { ...ON_A_WORKER, trustedKey: signer.publicKey });

    expect(report).toMatchObject({ firstBreak: null, eventsChecked: EVENTS, fileProblem: 'the file does not match the SHA-256 in its manifest: it was changed after export' });
  });

  it('given an append signature deep inside swapped for another append\'s, when verified with the workers running, then that append is named as rewritten, as in line', async () => {
    const forged = edited([2_099, (event) => (event.appendSignature = eventAt(1_999).appendSignature)]);

    const report = await verifyExport(linesOf(forged), { ...ON_A_WORKER, trustedKey: signer.publicKey });

    expect(report.firstBreak).toMatchObject({ eventId: eventAt(2_099).eventId, reason: BREAKS.badSignature });
    expect(report.appendsSigned).toBe(24);
    expect(report.firstBreak).toEqual((await verifyExport(linesOf(forged), { ...IN_LINE, trustedKey: signer.publicKey })).firstBreak);
  });

  it('given the untouched export, when verified on a worker, then it is intact with every event checked', async () => {
    const report = await verifyExport(linesOf(lines), { ...ON_A_WORKER, trustedKey: signer.publicKey });

    expect(report).toMatchObject({ intact: true, fileProblem: null, eventsChecked: EVENTS, appendsSigned: 25 });
  });
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
