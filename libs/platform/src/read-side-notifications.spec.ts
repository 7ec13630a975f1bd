import { formatPosition } from '#accord/ledger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { ReadSideNotifications } from './read-side-notifications.js';

let database: TestDatabase;
let processes: ReadSideNotifications[];

beforeEach(async () => {
  database = await createTestDatabase([]);
  processes = [];
});
afterEach(async () => {
  await Promise.all(processes.map((notifications) => notifications.close()));
  await database.drop();
});

/** One process's notifications, heard into `heard`. */
async function processHearing(heard: string[], name: string): Promise<ReadSideNotifications> {
  const notifications = new ReadSideNotifications(database.pool);
  processes.push(notifications);
  await notifications.listen(() => heard.push(name));
  return notifications;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('read side notifications', () => {
  it('given two processes, when one announces a move, then the other hears it and the announcer does not', async () => {
    const heard: string[] = [];
    const first = await processHearing(heard, 'first');
    await processHearing(heard, 'second');
    first.announce();
    await settle();
    expect(heard).toEqual(['second']);
  });

  it('given announcements of appends, when heard, then the listener is told where the latest append ended, and nothing for a checkpoint move', async () => {
    const heard: (string | undefined)[] = [];
    const first = new ReadSideNotifications(database.pool);
    const second = new ReadSideNotifications(database.pool);
    processes.push(first, second);
    await second.listen((appended) => heard.push(appended && formatPosition(appended)));

    first.announce({ commit: 41n, sequence: 2n });
    first.announce({ commit: 42n, sequence: 1n });
    first.announce({ commit: 40n, sequence: 7n });
    await settle();
    first.announce();
    await settle();

    expect(heard).toEqual(['41-2', '42-1', undefined]);
  });

  it('given many announcements at once, when they are sent, then they are folded into fewer notifications and at least one arrives', async () => {
    const heard: string[] = [];
    const first = await processHearing(heard, 'first');
    await processHearing(heard, 'second');
    for (let index = 0; index < 50; index += 1) first.announce();
    await settle();
    expect(heard.length).toBeGreaterThanOrEqual(1);
    expect(heard.length).toBeLessThanOrEqual(2);
  });

  it('given announcements made without pause, when they are sent, then about one per interval is heard, not one per announcement', async () => {
    const heard: string[] = [];
    const first = await processHearing(heard, 'first');
    await processHearing(heard, 'second');
    const started = performance.now();
    for (let index = 0; index < 100; index += 1) {
      first.announce();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const announcing = performance.now() - started;
    await settle();
    // A hundred announcements over at least 100 ms (longer on a busy machine): one per interval of
    // 10 ms while they last, the one sent at once and the one folded from the last interval.
    expect(heard.length).toBeGreaterThanOrEqual(2);
    expect(heard.length).toBeLessThanOrEqual(Math.ceil(announcing / 10) + 2);
    expect(heard.length).toBeLessThan(100);
  });

  it('given the listening connection is cut, when it is opened again, then announcements are heard again', async () => {
    const heard: string[] = [];
    const first = await processHearing(heard, 'first');
    await processHearing(heard, 'second');
    await database.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN accord_read_side%' AND datname = current_database()`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    heard.length = 0;
    first.announce();
    await settle();
    expect(heard).toContain('second');
  });
});
