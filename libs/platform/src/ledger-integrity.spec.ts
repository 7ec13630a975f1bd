import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { generateSigningKeyPem, ledgerMigrations, LedgerSigner, PostgresEventStore, type NewEvent } from '#accord/ledger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { LedgerIntegrityMonitor, TRUNCATED_TAIL } from './ledger-integrity.js';

let database: TestDatabase;
let store: PostgresEventStore;
let monitor: LedgerIntegrityMonitor;

beforeAll(async () => {
  database = await createTestDatabase(ledgerMigrations);
  store = await PostgresEventStore.open(database.pool, { signer: new LedgerSigner(generateSigningKeyPem()) });
  monitor = new LedgerIntegrityMonitor(store, database.pool, { incrementalSeconds: 0, fullSeconds: 0 });
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

const noted = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'Noted',
  data: { text: 'Заседание совета' },
  metadata: { actorId: 'account-1', onBehalfOf: null, correlationId: randomUUID(), causationId: null, commandId: null },
});

describe('the background verification of the ledger', () => {
  it('checks only what was appended since its last pass, picking the chains up where it stopped', async () => {
    const stream = `note-${randomUUID()}`;
    await store.append(stream, [noted(), noted()], 'no_stream');
    await store.seal();
    const full = await monitor.verifyFully();
    expect(full).toMatchObject({ status: 'intact', pass: 'full', report: { eventsChecked: 2 } });
    const appended = await store.append(stream, [noted()], 2);
    await store.seal();
    const incremental = await monitor.verifyIncrementally();
    expect(incremental).toMatchObject({ status: 'intact', pass: 'incremental', report: { eventsChecked: 1, intact: true } });
    expect(incremental.lastVerifiedPosition).toBe(`${appended.position.commit}-${appended.position.sequence}`);
  });

  it('notices an unsealed tail it had verified being cut off, logs it, and stays broken after a full pass', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const tail = await store.append(`note-${randomUUID()}`, [noted()], 'no_stream');
    expect(await monitor.verifyIncrementally()).toMatchObject({ status: 'intact' });
    const client = await database.pool.connect();
    try {
      await client.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
      await client.query('DELETE FROM ledger.events WHERE event_id = $1', [tail.eventIds[0]]);
    } finally {
      await client.query('ALTER TABLE ledger.events ENABLE TRIGGER USER');
      client.release();
    }
    const broken = await monitor.verifyIncrementally();
    expect(broken).toMatchObject({ status: 'broken', report: { intact: false, firstBreak: { eventId: tail.eventIds[0], reason: TRUNCATED_TAIL } } });
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'the ledger is broken' }));
    expect(await monitor.verifyFully()).toMatchObject({ status: 'broken', report: { firstBreak: { eventId: tail.eventIds[0] } } });
    logged.mockRestore();
  });
});
