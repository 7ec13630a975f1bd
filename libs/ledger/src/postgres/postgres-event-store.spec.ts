import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { contentHash, linkHash } from '../hashing.js';
import { describeLedgerContract, newEvent, testMetadata } from '../testing/ledger-contract.js';
import { UpcasterRegistry } from '../upcasting.js';
import { ledgerMigrations } from './ledger.migrations.js';
import { PostgresEventStore } from './postgres-event-store.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
});
afterAll(() => database.drop());

async function emptyLedger(upcasters = new UpcasterRegistry()) {
  await database.pool.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
  await database.pool.query('ALTER TABLE ledger.global_chain DISABLE TRIGGER USER');
  await database.pool.query('TRUNCATE ledger.events, ledger.global_chain');
  await database.pool.query('ALTER TABLE ledger.events ENABLE TRIGGER USER');
  await database.pool.query('ALTER TABLE ledger.global_chain ENABLE TRIGGER USER');
  return await PostgresEventStore.open(database.pool, { upcasters, pollMilliseconds: 20 });
}

describeLedgerContract('PostgreSQL', async (upcasters) => {
  const store = await emptyLedger(upcasters);
  return { store, close: () => store.close() };
});

describe('PostgreSQL ledger: the global log never skips a late commit', () => {
  let store: PostgresEventStore;
  beforeEach(async () => {
    store = await emptyLedger();
  });
  afterEach(() => store.close());

  /** Given an event inserted by a transaction that commits after a later-numbered one. */
  async function withSlowTransaction(work: (commitSlow: () => Promise<void>) => Promise<void>) {
    const slow = await database.pool.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(
        `INSERT INTO ledger.events (transaction_id, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, content_hash, hash)
         VALUES (pg_current_xact_id()::text::bigint, $1, $2, 1, 'Noted', 1, '{}', $3, now(), '\\x00', '\\x00')`,
        [randomUUID(), `slow-${randomUUID()}`, JSON.stringify(testMetadata)],
      );
      await work(async () => void (await slow.query('COMMIT')));
    } finally {
      slow.release();
    }
  }

  it('holds back a committed event while an earlier transaction is still open, then delivers both in order', async () => {
    await withSlowTransaction(async (commitSlow) => {
      const fast = await store.append(`fast-${randomUUID()}`, [newEvent()], 'no_stream');
      expect(await store.readAll({ maxCount: 10 })).toEqual([]);
      await commitSlow();
      const all = await store.readAll({ maxCount: 10 });
      expect(all.map((event) => event.streamId.split('-')[0])).toEqual(['slow', 'fast']);
      expect(all[1].position).toEqual(fast.position);
    });
  });

  it('names an acknowledged append as appended while its position is not yet the head readers see', async () => {
    await withSlowTransaction(async (commitSlow) => {
      const fast = await store.append(`fast-${randomUUID()}`, [newEvent()], 'no_stream');
      expect(await store.headPosition()).toEqual({ commit: 0n, sequence: 0n });
      expect(await store.appendedPosition()).toEqual(fast.position);
      await commitSlow();
      expect(await store.headPosition()).toEqual(fast.position);
    });
  });

  it('would skip that event if it read by sequence alone (the naive approach this design avoids)', async () => {
    await withSlowTransaction(async (commitSlow) => {
      await store.append(`fast-${randomUUID()}`, [newEvent()], 'no_stream');
      const naiveRead = (after: string) =>
        database.pool.query<{ sequence: string; stream_id: string }>(
          'SELECT sequence, stream_id FROM ledger.events WHERE sequence > $1 ORDER BY sequence',
          [after],
        );
      const firstPass = await naiveRead('0');
      const naiveCheckpoint = firstPass.rows[firstPass.rows.length - 1].sequence;
      await commitSlow();
      const secondPass = await naiveRead(naiveCheckpoint);
      const naiveSeen = [...firstPass.rows, ...secondPass.rows].map((row) => row.stream_id.split('-')[0]);
      expect(naiveSeen).toEqual(['fast']);
      expect((await store.readAll({ maxCount: 10 })).map((event) => event.streamId.split('-')[0])).toEqual(['slow', 'fast']);
    });
  });
});

describe('PostgreSQL ledger: tamper evidence', () => {
  let store: PostgresEventStore;
  let streams: string[];

  beforeEach(async () => {
    store = await emptyLedger();
    streams = [`org-${randomUUID()}`, `org-${randomUUID()}`, `org-${randomUUID()}`];
    for (let round = 0; round < 3; round += 1) {
      for (const id of streams) await store.append(id, [newEvent('Noted', { round, id })], round === 0 ? 'no_stream' : round);
    }
    await store.seal();
  });
  afterEach(() => store.close());

  async function tamper(sql: string, params: unknown[]) {
    const client = await database.pool.connect();
    try {
      await client.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
      await client.query(sql, params);
    } finally {
      await client.query('ALTER TABLE ledger.events ENABLE TRIGGER USER');
      client.release();
    }
  }

  const eventAt = async (streamId: string, version: number) => (await store.readStream(streamId, { fromVersion: version, maxCount: 1 }))[0];

  it('verifies the untouched ledger and seals all of it', async () => {
    const report = await store.verify();
    expect(report).toMatchObject({ intact: true, eventsChecked: 9, eventsSealed: 9, firstBreak: null });
    expect(report.sealHead).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses updates and deletes of stored events outright', async () => {
    await expect(database.pool.query('DELETE FROM ledger.events')).rejects.toThrow(/append-only/);
    await expect(database.pool.query(`UPDATE ledger.events SET type = 'X'`)).rejects.toThrow(/append-only/);
  });

  it('names an event whose data was changed', async () => {
    const victim = await eventAt(streams[1], 2);
    await tamper(`UPDATE ledger.events SET data = '{"round": 99}' WHERE event_id = $1`, [victim.eventId]);
    const report = await store.verify();
    expect(report.intact).toBe(false);
    expect(report.firstBreak).toMatchObject({ eventId: victim.eventId, reason: expect.stringMatching(/changed/) });
  });

  it('names the author of a rewrite that recomputed the stream hashes to match', async () => {
    const victim = await eventAt(streams[0], 3);
    const forged = { ...victim, metadata: { ...victim.metadata, actorId: 'intruder' } };
    const content = contentHash(forged);
    const previous = Buffer.from((await eventAt(streams[0], 2)).hash, 'hex');
    await tamper('UPDATE ledger.events SET metadata = $2, content_hash = $3, hash = $4 WHERE event_id = $1', [
      victim.eventId,
      JSON.stringify(forged.metadata),
      content,
      linkHash(previous, content),
    ]);
    const report = await store.verify();
    expect(report.firstBreak).toMatchObject({ eventId: victim.eventId, reason: expect.stringMatching(/global seal/) });
  });

  it('names an event deleted from the middle of its stream', async () => {
    const victim = await eventAt(streams[2], 2);
    await tamper('DELETE FROM ledger.events WHERE event_id = $1', [victim.eventId]);
    const report = await store.verify();
    expect(report.firstBreak).toMatchObject({ eventId: victim.eventId, streamId: streams[2], version: 2 });
  });

  it('names the last event of a stream when it was deleted', async () => {
    const victim = await eventAt(streams[0], 3);
    await tamper('DELETE FROM ledger.events WHERE event_id = $1', [victim.eventId]);
    const report = await store.verify();
    expect(report.firstBreak).toMatchObject({ eventId: victim.eventId, reason: expect.stringMatching(/deleted/) });
  });

  it('names the first of two events of a stream whose order was swapped', async () => {
    const [first, second] = [await eventAt(streams[1], 1), await eventAt(streams[1], 2)];
    for (const [eventId, version] of [[first.eventId, 1000], [second.eventId, 1], [first.eventId, 2]] as const) {
      await tamper('UPDATE ledger.events SET version = $2 WHERE event_id = $1', [eventId, version]);
    }
    const report = await store.verify();
    expect(report.intact).toBe(false);
    expect([first.eventId, second.eventId]).toContain(report.firstBreak?.eventId);
  });

  it('names the moved event when two events of different streams swap places in the global log', async () => {
    const [a, b] = [await eventAt(streams[0], 2), await eventAt(streams[2], 2)];
    await tamper(
      `UPDATE ledger.events SET transaction_id = CASE event_id WHEN $1::uuid THEN $3::bigint ELSE $4::bigint END
       WHERE event_id IN ($1, $2)`,
      [a.eventId, b.eventId, b.position.commit.toString(), a.position.commit.toString()],
    );
    const report = await store.verify();
    expect(report.intact).toBe(false);
    expect(report.firstBreak?.position).toEqual(a.position);
  });
});

describe('PostgreSQL ledger: more streams than it keeps the heads of', () => {
  it('appends to a stream whose head it forgot and to one it remembers, each after its stored head, and the ledger verifies', async () => {
    await emptyLedger();
    const store = await PostgresEventStore.open(database.pool, { headCacheSize: 10 });
    try {
      const streams = Array.from({ length: 25 }, () => `org-${randomUUID()}`);
      for (const id of streams) await store.append(id, [newEvent('Noted', { id })], 'no_stream');

      const forgotten = await store.append(streams[0], [newEvent('Noted', { again: true })], 1);
      const remembered = await store.append(streams[24], [newEvent('Noted', { again: true })], 'any');

      expect([forgotten.version, remembered.version]).toEqual([2, 2]);
      expect(await store.verify()).toMatchObject({ intact: true, eventsChecked: 27, firstBreak: null });
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL ledger: restored into another cluster', () => {
  it('moves its clock ahead of restored history, so that history stays readable and new events follow it', async () => {
    const before = await emptyLedger();
    const { rows } = await database.pool.query<{ current: string }>('SELECT pg_current_xact_id()::text AS current');
    const restoredFrom = (BigInt(rows[0].current) + 1_000_000n).toString();
    const restored = await before.append(`org-${randomUUID()}`, [newEvent('Noted', { restored: true })], 'no_stream');
    await before.close();
    // A dump restored into a younger cluster: the stored ids are ahead of the new counter.
    await database.pool.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
    await database.pool.query('UPDATE ledger.events SET transaction_id = $1', [restoredFrom]);
    await database.pool.query('ALTER TABLE ledger.events ENABLE TRIGGER USER');

    const store = await PostgresEventStore.open(database.pool);
    try {
      const history = await store.readAll({ maxCount: 10 });
      expect(history.map((event) => event.eventId)).toEqual(restored.eventIds);
      const next = await store.append(`org-${randomUUID()}`, [newEvent()], 'no_stream');
      const all = await store.readAll({ maxCount: 10 });
      expect(all.map((event) => event.eventId)).toEqual([...restored.eventIds, ...next.eventIds]);
    } finally {
      await store.close();
      await database.pool.query('UPDATE ledger.clock SET xid_offset = 0');
    }
  });
});
