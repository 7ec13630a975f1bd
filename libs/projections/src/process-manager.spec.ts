import { randomUUID } from 'node:crypto';
import { CommandProcessor, runWithContext } from '#accord/eventsourcing';
import { ledgerMigrations, PostgresEventStore } from '#accord/ledger';
import type { DataSource } from 'typeorm';
import { noticeAggregate } from '../../../test/fixtures/notices/notice.decide.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { consequenceId, processManager } from './process-manager.js';
import { ProjectionRunner } from './projection-runner.js';
import { createReadModelDataSource } from './read-model-data-source.js';
import { readModelMigrations } from './read-model.migrations.js';

let database: TestDatabase;
let dataSource: DataSource;
let store: PostgresEventStore;
let processor: CommandProcessor;

beforeEach(async () => {
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations]);
  dataSource = await createReadModelDataSource(database.url, []).initialize();
  store = await PostgresEventStore.open(database.pool, { pollMilliseconds: 10 });
  processor = new CommandProcessor(store);
});
afterEach(async () => {
  await store.close();
  await dataSource.destroy();
  await database.drop();
});

/** Given a process manager that posts a follow-up notice whenever a notice is archived. */
const followUps = processManager({
  name: 'follow_ups',
  eventTypes: ['NoticeArchived'],
  async handle(event) {
    const followUpId = consequenceId(event, 'follow-up');
    await processor.execute(
      noticeAggregate,
      followUpId,
      { type: 'PostNotice', data: { title: { ru: 'Итоги', en: 'Outcome' } } },
      { commandId: consequenceId(event, 'post-follow-up') },
    );
  },
});

async function archivedNotice() {
  const id = randomUUID();
  const context = { actorId: 'secretary-1', onBehalfOf: null, correlationId: 'request-9', causationId: 'request-9' };
  await runWithContext(context, async () => {
    await processor.execute(noticeAggregate, id, { type: 'PostNotice', data: { title: { ru: 'Собрание', en: null } } });
    await processor.execute(noticeAggregate, id, { type: 'ArchiveNotice', data: { reason: 'held' } });
  });
  const [, archived] = await store.readStream(`notice-${id}`);
  return archived;
}

async function runOnce() {
  const runner = new ProjectionRunner(dataSource, store, [followUps]);
  runner.start();
  expect(await runner.caughtUp()).toBe(true);
  await runner.stop();
}

describe('process managers', () => {
  it('carry out a consequence caused by the event, correlated with its request, as a system actor', async () => {
    const archived = await archivedNotice();
    await runOnce();
    const [posted] = await store.readStream(`notice-${consequenceId(archived, 'follow-up')}`);
    expect(posted.type).toBe('NoticePosted');
    expect(posted.metadata).toMatchObject({ actorId: 'system:follow_ups', correlationId: 'request-9', causationId: archived.eventId });
  });

  it('record each consequence once even when the events are handled again after a crash', async () => {
    const archived = await archivedNotice();
    await runOnce();
    await dataSource.query('DELETE FROM projection_checkpoints');
    await runOnce();
    expect(await store.readStream(`notice-${consequenceId(archived, 'follow-up')}`)).toHaveLength(1);
  });
});
