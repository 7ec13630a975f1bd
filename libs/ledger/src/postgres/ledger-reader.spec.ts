import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { ExportedEvent } from '../audit/ledger-export.js';
import { utf8Page } from '../audit/utf8-page.js';
import { testMetadata } from '../testing/ledger-contract.js';
import { START } from '../position.js';
import { isoTime } from './iso-time.js';
import { ledgerMigrations } from './ledger.migrations.js';
import { PostgresEventStore } from './postgres-event-store.js';

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
  store = await PostgresEventStore.open(database.pool);
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

async function exportedEvents(): Promise<ExportedEvent[]> {
  const events: ExportedEvent[] = [];
  for await (const page of store.reader.exportLines()) {
    for (const line of utf8Page(page.lines).toString().split('\n').filter((text) => text !== '')) events.push(JSON.parse(line) as ExportedEvent);
  }
  return events;
}

describe('the recording times of exported events', () => {
  it('given events recorded with microseconds, before 1970, in the last year and beyond it, when exported, then each reads as to_char prints it in UTC', async () => {
    const times = [
      '2026-06-30 12:00:00.123999+03',
      '1969-12-31 23:59:59.9995+00',
      '1900-02-28 08:15:00.25+00',
      '9999-12-31 23:59:59.999999+00',
      '10000-01-01 00:00:00.001+00',
      '0044-03-15 12:00:00+00 BC',
    ];
    const streamId = `member-${randomUUID()}`;
    const eventIds = times.map(() => randomUUID());
    await store.append(
      streamId,
      eventIds.map((eventId) => ({ eventId, type: 'Noted', data: {}, metadata: testMetadata })),
      'no_stream',
    );
    // As a database superuser would: the append-only guard off while the times are rewritten.
    const client = await database.pool.connect();
    try {
      await client.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
      await client.query(`UPDATE ledger.events e SET recorded_at = t.at FROM unnest($1::uuid[], $2::timestamptz[]) AS t(id, at) WHERE e.event_id = t.id`, [eventIds, times]);
    } finally {
      await client.query('ALTER TABLE ledger.events ENABLE TRIGGER USER');
      client.release();
    }
    const { rows } = await database.pool.query<{ printed: string }>(
      `SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS printed FROM unnest($1::timestamptz[]) WITH ORDINALITY AS u(t, n) ORDER BY n`,
      [times],
    );

    const exported = await exportedEvents();

    expect(exported.map((event) => event.recordedAt)).toEqual(rows.map((row) => row.printed));
    expect(exported.map((event) => event.recordedAt).slice(0, 4)).toEqual([
      '2026-06-30T09:00:00.123Z',
      '1969-12-31T23:59:59.999Z',
      '1900-02-28T08:15:00.250Z',
      '9999-12-31T23:59:59.999Z',
    ]);
  });
});

describe('the recording time printed by node', () => {
  it('given times from 1970 to 9999, spread over days, leap days and the ends of a day, when printed, then each reads as toISOString prints it', () => {
    const times = [0, 999, 86_399_999, 86_400_000, 951_782_400_000, 1_767_225_599_999, 253_402_300_799_999];
    for (let ms = 1_700_000_000_000; ms < 1_700_000_000_000 + 400 * 86_400_000; ms += 3_599_977) times.push(ms);

    expect(times.map(isoTime)).toEqual(times.map((ms) => new Date(ms).toISOString()));
  });
});

describe('pages asked for ahead of the one read', () => {
  /** Every event of the ledger as exported in pages of three: its id and the ordinal of its link. */
  async function exportedInSmallPages(): Promise<{ eventId: string; ordinal: string | null }[]> {
    const events: { eventId: string; ordinal: string | null }[] = [];
    for await (const page of store.reader.exportLines(START, 3)) {
      for (const line of page.lines) {
        const event = JSON.parse(line) as ExportedEvent;
        events.push({ eventId: event.eventId, ordinal: event.link?.ordinal ?? null });
      }
    }
    return events;
  }

  it('given a sealed ledger whose chain is then cut in the middle, when exported in pages of three, then both times every event comes once, in log order, with the link the chain holds for it', async () => {
    for (let append = 0; append < 7; append += 1) {
      await store.append(`member-${randomUUID()}`, [1, 2, 3, 4].map((round) => ({ eventId: randomUUID(), type: 'Noted', data: { round }, metadata: testMetadata })), 'no_stream');
    }
    await store.seal();
    const inLogOrder = (await store.readAll({ maxCount: 1_000 })).map((event) => event.eventId);

    const sealed = await exportedInSmallPages();
    // As a database superuser would: one link in the middle of the chain deleted, so that the
    // chain's stretches no longer end where the pages of events do.
    const client = await database.pool.connect();
    try {
      await client.query('ALTER TABLE ledger.global_chain DISABLE TRIGGER USER');
      await client.query('DELETE FROM ledger.global_chain WHERE ordinal = (SELECT ordinal FROM ledger.global_chain ORDER BY ordinal OFFSET 10 LIMIT 1)');
    } finally {
      await client.query('ALTER TABLE ledger.global_chain ENABLE TRIGGER USER');
      client.release();
    }
    const cut = await exportedInSmallPages();

    expect(sealed.map(({ eventId }) => eventId)).toEqual(inLogOrder);
    expect(sealed.map(({ ordinal }) => ordinal)).toEqual(inLogOrder.map((_, index) => String(index + 1)));
    expect(cut.map(({ eventId }) => eventId)).toEqual(inLogOrder);
    expect(cut.map(({ ordinal }) => ordinal)).toEqual(sealed.map(({ ordinal }) => (ordinal === '11' ? null : ordinal)));
  });
});
