import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { formatPosition, ledgerMigrations, PostgresEventStore, START, type GlobalPosition, type NewEvent, type RecordedEvent } from '#accord/ledger';
import type { DataSource, EntityManager } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { NoticeBoardRow, noticeBoardMigrations, noticeBoardProjection } from '../../../test/fixtures/notices/notice-board.projection.js';
import { seedNotices } from '../../../test/fixtures/notices/seed-notices.js';
import type { Projection } from './projection.js';
import { BatchReader, LIVE_LOCK } from './projection-batch.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRunner } from './projection-runner.js';
import { ReadModelsAdvanced } from './read-models-advanced.js';
import { createReadModelDataSource } from './read-model-data-source.js';
import { readModelMigrations } from './read-model.migrations.js';

let database: TestDatabase;
let dataSource: DataSource;
let store: PostgresEventStore;
let runners: ProjectionRunner[];

/** Given a runner of these projections, stopped after each test whatever happens. */
function runnerOf(projections: Projection[], options: ConstructorParameters<typeof ProjectionRunner>[3] = {}) {
  const runner = new ProjectionRunner(dataSource, store, projections, options);
  runners.push(runner);
  return runner;
}

beforeEach(async () => {
  runners = [];
  database = await createTestDatabase([...ledgerMigrations, ...readModelMigrations, ...noticeBoardMigrations]);
  dataSource = await createReadModelDataSource(database.url, [NoticeBoardRow]).initialize();
  store = await PostgresEventStore.open(database.pool, { pollMilliseconds: 10 });
});
afterEach(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  await store.close();
  await dataSource.destroy();
  await database.drop();
});

const board = () => dataSource.query('SELECT * FROM notice_board ORDER BY id');
const ledgerEventIds = async () => (await store.readAll({ maxCount: 100_000 })).map((event) => event.eventId);

/**
 * A projection that keeps one row per event it applied (a second apply of an event breaks its primary
 * key) and fails on the event `failOn` names while it does.
 */
async function eventJournal(failOn: { eventId: string | null }): Promise<Projection> {
  await dataSource.query('CREATE TABLE read.event_journal (event_id uuid PRIMARY KEY, commit_position bigint NOT NULL, sequence_position bigint NOT NULL)');
  return {
    name: 'event_journal',
    tables: ['event_journal'],
    async apply(events: readonly RecordedEvent[], manager: EntityManager) {
      for (const event of events) {
        if (event.eventId === failOn.eventId) throw new Error('journal disk full');
        await manager.query('INSERT INTO event_journal VALUES ($1, $2, $3)', [
          event.eventId,
          event.position.commit.toString(),
          event.position.sequence.toString(),
        ]);
      }
    },
  };
}
const journal = async () => (await dataSource.query('SELECT event_id FROM event_journal ORDER BY commit_position, sequence_position')).map((row: { event_id: string }) => row.event_id);
const checkpointOf = async (name: string) =>
  (await dataSource.query('SELECT commit_position, sequence_position FROM projection_checkpoints WHERE projection = $1', [name]))[0];

describe('projection runner', () => {
  it('catches up from the start, then follows new events live', async () => {
    await seedNotices(store, 30);
    const runner = runnerOf([noticeBoardProjection], { batchSize: 7 });
    runner.start();
    expect(await runner.caughtUp()).toBe(true);
    expect(await board()).toHaveLength(30);
    await seedNotices(store, 5);
    expect(await runner.caughtUp()).toBe(true);
    const rows = await board();
    expect(rows).toHaveLength(35);
    expect(rows.filter((row: { status: string }) => row.status === 'archived')).toHaveLength(6 + 1);
    const [status] = await runner.status();
    expect(status).toMatchObject({ name: 'notice_board', lag: 0, state: 'live', lastError: null });
  });

  it('rolls a failing batch back whole and retries it without skipping the event that failed', async () => {
    await seedNotices(store, 4);
    let failing = true;
    const errors: unknown[] = [];
    const flaky: Projection = {
      ...noticeBoardProjection,
      async apply(events: readonly RecordedEvent[], manager: EntityManager) {
        await noticeBoardProjection.apply(events, manager);
        if (failing && events.some((event) => event.type === 'NoticeArchived')) throw new Error('disk full');
      },
    };
    const runner = runnerOf([flaky], { batchSize: 100, onError: (_, error) => errors.push(error) });
    runner.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await board()).toEqual([]);
    expect(await checkpointOf('notice_board')).toBeUndefined();
    expect((await runner.status())[0]).toMatchObject({ state: 'failing', lastError: 'disk full' });
    failing = false;
    expect(await runner.caughtUp(5_000)).toBe(true);
    expect(await board()).toHaveLength(4);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('given one projection failing on an event, when the runner goes on, then the others keep up and the failing one resumes exactly where it stopped', async () => {
    await seedNotices(store, 20);
    const ids = await ledgerEventIds();
    const failOn = { eventId: ids[30] as string | null };
    const journalProjection = await eventJournal(failOn);
    const runner = runnerOf([journalProjection, noticeBoardProjection], { batchSize: 8 });
    runner.start();
    expect(await runner.waitFor((await store.headPosition()), 5_000, ['notice_board'])).toBe(true);
    expect(await board()).toHaveLength(20);
    const failing = (await runner.status()).find((status) => status.name === 'event_journal');
    expect(failing).toMatchObject({ state: 'failing', lastError: 'journal disk full' });
    expect(failing!.lag).toBeGreaterThan(0);
    // Whole batches of eight before the one that failed, nothing of that batch.
    expect(await journal()).toEqual(ids.slice(0, 24));

    await seedNotices(store, 3);
    expect(await runner.waitFor(await store.headPosition(), 5_000, ['notice_board'])).toBe(true);
    expect(await board()).toHaveLength(23);

    failOn.eventId = null;
    expect(await runner.caughtUp(10_000)).toBe(true);
    expect(await journal()).toEqual(await ledgerEventIds());
    expect((await runner.status()).map((status) => status.lag)).toEqual([0, 0]);
  });

  it('given two processes, when one applies the events, then a wait in the other resolves on the signal and not on its idle look', async () => {
    const follower = runnerOf([noticeBoardProjection], { idleMilliseconds: 60_000 });
    const applier = runnerOf([noticeBoardProjection], { announce: () => follower.wake() });
    follower.start('follow');
    applier.start();
    await seedNotices(store, 1);
    const head = await store.headPosition();
    const started = Date.now();
    expect(await follower.waitFor(head, 5_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(follower.applies('notice_board')).toBe(false);
    expect(applier.applies('notice_board')).toBe(true);
  });

  it('given no process applying the events, when a client waits for its write, then the wait ends unanswered at its timeout', async () => {
    const follower = runnerOf([noticeBoardProjection]);
    follower.start('follow');
    await seedNotices(store, 1);
    const started = Date.now();
    expect(await follower.waitFor(await store.headPosition(), 300)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await board()).toEqual([]);
  });

  it('given a projection that handles none of the events, when the runner goes on, then its checkpoint passes them without an apply, unless another process holds it', async () => {
    await seedNotices(store, 5);
    const applied: string[] = [];
    const uninterested = (name: string): Projection => ({
      name,
      tables: [],
      eventTypes: ['NeverRecorded'],
      async apply(events: readonly RecordedEvent[]) {
        applied.push(...events.map((event) => event.type));
      },
    });
    const held = await dataSource.createQueryRunner();
    await held.connect();
    await held.startTransaction();
    await held.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LIVE_LOCK, 'held_elsewhere']);
    try {
      const runner = runnerOf([noticeBoardProjection, uninterested('uninterested'), uninterested('held_elsewhere')]);
      runner.start();
      const head = await store.headPosition();
      expect(await runner.waitFor(head, 5_000, ['notice_board', 'uninterested'])).toBe(true);
      expect(applied).toEqual([]);
      expect(await checkpointOf('uninterested')).toEqual({ commit_position: head.commit.toString(), sequence_position: head.sequence.toString() });
      expect(await checkpointOf('held_elsewhere')).toBeUndefined();
    } finally {
      await held.rollbackTransaction();
      await held.release();
    }
  });

  it('given a live batch just applied, when appends arrive within the batch interval, then the next batch applies them all at once', async () => {
    const batches: number[] = [];
    const counting: Projection = {
      ...noticeBoardProjection,
      async apply(events: readonly RecordedEvent[], manager: EntityManager) {
        batches.push(events.length);
        await noticeBoardProjection.apply(events, manager);
      },
    };
    const runner = runnerOf([counting], { batchIntervalMilliseconds: 400 });
    runner.start();
    await seedNotices(store, 1);
    expect(await runner.caughtUp(5_000)).toBe(true);
    const before = batches.length;
    // Three appends, each waking the runner: without the interval, each could be a batch of its own.
    await seedNotices(store, 3);
    expect(await runner.caughtUp(5_000)).toBe(true);
    expect(batches.slice(before)).toHaveLength(1);
    expect(await board()).toHaveLength(4);
  });

  it('given a backlog of full batches, when the runner catches up, then no batch waits for the interval', async () => {
    await seedNotices(store, 30);
    const runner = runnerOf([noticeBoardProjection], { batchSize: 7, batchIntervalMilliseconds: 60_000 });
    runner.start();
    expect(await runner.caughtUp(5_000)).toBe(true);
    expect(await board()).toHaveLength(30);
  });

  /**
   * A live runner with an idle look of a minute, one notice applied, then `append` made while an
   * older transaction is open, that transaction ended 100 ms later: resolves how many notices the
   * board showed before the end, and whether the signal alone (`runner.waitFor` would wake the
   * runner itself) told of the append within 5 s.
   */
  async function appliedOnceOlderTransactionEnds(append: (runner: ProjectionRunner, title: string) => Promise<GlobalPosition>) {
    const runner = runnerOf([noticeBoardProjection], { idleMilliseconds: 60_000 });
    runner.start();
    await seedNotices(store, 1);
    expect(await runner.caughtUp(5_000)).toBe(true);
    // Any writer's open transaction holds back what the log shows after it, the ledger's or not.
    const older = await database.pool.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      const written = await append(runner, 'Задержано');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = (await board()).length;
      await older.query('COMMIT');
      return { before, applied: await runner.advanced.waitFor([noticeBoardProjection.name], written, 5_000) };
    } finally {
      older.release();
    }
  }

  const notice = (title: string): NewEvent => ({
    eventId: randomUUID(),
    type: 'NoticePosted',
    data: { title: { ru: title, en: null } },
    metadata: { actorId: 'a', onBehalfOf: null, correlationId: 'c', causationId: null, commandId: null },
  });

  it('given an append committed while an older transaction is still open, when that one ends, then the runner applies the append without waiting for its idle look', async () => {
    const outcome = await appliedOnceOlderTransactionEnds(async (_runner, title) => (await store.append(`notice-${randomUUID()}`, [notice(title)], 'no_stream')).position);

    expect(outcome).toEqual({ before: 1, applied: true });
    expect(await board()).toHaveLength(2);
  });

  it('given another process\'s append committed while an older transaction is still open, when the runner is told where it ended and that transaction ends, then the runner applies it without waiting for its idle look', async () => {
    const otherProcess = await PostgresEventStore.open(database.pool);
    try {
      const outcome = await appliedOnceOlderTransactionEnds(async (runner, title) => {
        const { position } = await otherProcess.append(`notice-${randomUUID()}`, [notice(title)], 'no_stream');
        // As the other process's announcement would.
        runner.wake(position);
        return position;
      });

      expect(outcome).toEqual({ before: 1, applied: true });
      expect(await board()).toHaveLength(2);
    } finally {
      await otherProcess.close();
    }
  });

  it('waits for a position a client wrote, to read its own write', async () => {
    const runner = runnerOf([noticeBoardProjection]);
    runner.start();
    const written = await store.append(`notice-${randomUUID()}`, [notice('Новое')], 'no_stream');
    expect(await runner.waitFor(written.position, 5_000)).toBe(true);
    expect(await board()).toHaveLength(1);
  });
});

describe('read models advanced', () => {
  const at = (commit: bigint) => ({ commit, sequence: 1n });

  it('given a wait for a position, when a checkpoint moves past it, then the wait resolves true; a move backwards is ignored', async () => {
    const signal = new ReadModelsAdvanced();
    const moves: string[] = [];
    signal.subscribe((move) => moves.push(`${move.projection}@${move.position.commit}`));
    const waiting = signal.waitFor(['a', 'b'], at(5n), 5_000);
    signal.publish('a', at(6n));
    signal.publish('b', at(4n));
    expect(signal.waiting).toBe(true);
    signal.publish('b', at(5n));
    signal.publish('b', at(3n));
    expect(await waiting).toBe(true);
    expect(signal.waiting).toBe(false);
    expect(moves).toEqual(['a@6', 'b@4', 'b@5']);
  });

  it('given a wait for a position no checkpoint reaches, when the timeout passes, then it resolves false', async () => {
    const signal = new ReadModelsAdvanced();
    signal.publish('a', at(1n));
    expect(await signal.waitFor(['a'], at(2n), 30)).toBe(false);
    expect(signal.waiting).toBe(false);
  });
});

describe('batch reader', () => {
  /** The store, telling where each read of the log started. */
  const watchedStore = (reads: string[]) => ({
    readAll: (options: { after: GlobalPosition; maxCount: number }) => {
      reads.push(formatPosition(options.after));
      return store.readAll(options);
    },
  });

  it('given full batches, when the caller reads on from where each ended, then each next batch was read ahead, and a short read ahead is read again', async () => {
    await seedNotices(store, 4);
    const ledger = await store.readAll({ maxCount: 100 });
    const size = Math.ceil(ledger.length / 3) + 1;
    const reads: string[] = [];
    const reader = new BatchReader(watchedStore(reads), size);
    const first = await reader.read(START);
    const second = await reader.read(first[size - 1].position);
    const third = await reader.read(second[size - 1].position);
    expect([...first, ...second, ...third]).toEqual(ledger);
    const at = (batch: RecordedEvent[]) => formatPosition(batch[batch.length - 1].position);
    expect(reads).toEqual([formatPosition(START), at(first), at(second), at(second)]);
  });

  it('given a batch read ahead, when the caller asks from another position, then the log is read from there', async () => {
    await seedNotices(store, 4);
    const reads: string[] = [];
    const reader = new BatchReader(watchedStore(reads), 5);
    const first = await reader.read(START);
    expect(await reader.read(START)).toEqual(first);
    expect(reads).toEqual([formatPosition(START), formatPosition(first[4].position), formatPosition(START), formatPosition(first[4].position)]);
    await reader.settle();
  });
});

describe('projection rebuild', () => {
  it('gives the same read model as the live runner, and the same again when replayed twice', async () => {
    await seedNotices(store, 40);
    const runner = runnerOf([noticeBoardProjection]);
    runner.start();
    await runner.caughtUp();
    const live = await board();
    const rebuilder = new ProjectionRebuilder(dataSource, store, 9);
    const first = await rebuilder.rebuild(noticeBoardProjection);
    expect(await board()).toEqual(live);
    await rebuilder.rebuild(noticeBoardProjection);
    expect(await board()).toEqual(live);
    expect(first).toMatchObject({ projection: 'notice_board', events: 40 * 2 + 14 + 8, resumed: false });
  });

  it('given several projections, when they are rebuilt together from one read of each batch, then each ends equal to its live tables', async () => {
    await seedNotices(store, 30);
    const journalProjection = await eventJournal({ eventId: null });
    const runner = runnerOf([noticeBoardProjection, journalProjection], { batchSize: 11 });
    runner.start();
    await runner.caughtUp();
    await runner.stop();
    const live = { board: await board(), journal: await journal() };
    const results = await new ProjectionRebuilder(dataSource, store, 13).rebuildAll([noticeBoardProjection, journalProjection]);
    expect(results.map((result) => [result.projection, result.events])).toEqual([
      ['notice_board', 30 * 2 + 10 + 6],
      ['event_journal', 30 * 2 + 10 + 6],
    ]);
    expect({ board: await board(), journal: await journal() }).toEqual(live);
    expect(await dataSource.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name LIKE 'rebuild_%'`)).toEqual([]);
  });

  it('given a projection that handles the events of only some batches, when rebuilt with others, then it applies each of its events once and its checkpoint passes every batch', async () => {
    await seedNotices(store, 30);
    const archived: string[] = [];
    const archiveWatch: Projection = {
      name: 'archive_watch',
      tables: [],
      eventTypes: ['NoticeArchived'],
      async apply(events) {
        archived.push(...events.map((event) => event.eventId));
      },
    };
    const results = await new ProjectionRebuilder(dataSource, store, 5).rebuildAll([noticeBoardProjection, archiveWatch]);
    const ledger = await store.readAll({ maxCount: 100_000 });
    expect(archived).toEqual(ledger.filter((event) => event.type === 'NoticeArchived').map((event) => event.eventId));
    expect(results.map((result) => [result.projection, result.events])).toEqual([
      ['notice_board', ledger.length],
      ['archive_watch', ledger.length],
    ]);
    const last = ledger[ledger.length - 1].position;
    expect(await checkpointOf('archive_watch')).toEqual({ commit_position: last.commit.toString(), sequence_position: last.sequence.toString() });
  });

  it('keeps serving the live tables while it replays, and reports its progress', async () => {
    await seedNotices(store, 20);
    const runner = runnerOf([noticeBoardProjection]);
    runner.start();
    await runner.caughtUp();
    const liveDuringRebuild: number[] = [];
    const phases: string[] = [];
    await new ProjectionRebuilder(dataSource, store, 5).rebuild(noticeBoardProjection, async (progress) => {
      phases.push(progress.phase);
      if (progress.phase === 'replaying') liveDuringRebuild.push((await board()).length);
    });
    expect(phases[0]).toBe('replaying');
    expect(phases.slice(-2)).toEqual(['swapping', 'done']);
    expect(await board()).toHaveLength(20);
    expect(await dataSource.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'rebuild_notice_board'`)).toEqual([]);
  });

  it('resumes after its process is killed mid-rebuild and ends equal to a clean rebuild', async () => {
    await seedNotices(store, 150);
    const child = spawn(process.execPath, ['--import', './bin/typescript-loader.mjs', 'test/fixtures/notices/rebuild-slowly.ts'], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const applied = chunk.toString().trim().split('\n').map((line) => JSON.parse(line).applied as number);
        if (Math.max(...applied) >= 150) resolve();
      });
      child.on('exit', () => reject(new Error('the rebuild finished before it could be killed')));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const copied = await dataSource.query('SELECT count(*)::int AS count FROM rebuild_notice_board.notice_board');
    expect(copied[0].count).toBeGreaterThan(0);
    expect(copied[0].count).toBeLessThan(150);
    const resumed = await new ProjectionRebuilder(dataSource, store, 50).rebuild(noticeBoardProjection);
    expect(resumed.resumed).toBe(true);
    const afterCrash = await board();

    await new ProjectionRebuilder(dataSource, store, 50).rebuild(noticeBoardProjection);
    expect(await board()).toEqual(afterCrash);
    expect(afterCrash).toHaveLength(150);
  });
});
