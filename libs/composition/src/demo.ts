import type { INestApplicationContext } from '@nestjs/common';
import { runAsSystem } from '#accord/eventsourcing';
import { EVENT_STORE, comparePositions, type EventStore } from '#accord/ledger';
import { ProjectionRunner } from '#accord/projections';
import { features } from './features.js';

// The story's order, which is not the order of module dependencies: the register's observer
// joins after the founding, working groups are formed from the founders once admitted, and the
// demo representative is bound to its organization once the founding has made it a member, and the
// council the founding assembly elected votes once the founders are members.
const CHAPTERS = ['founding', 'identity', 'membership', 'working-groups', 'voting', 'appeals'];

/**
 * Records the demo story chapter by chapter; what is already there is left alone. Between chapters
 * the read models and process managers catch up, so each chapter sees the consequences of the last.
 */
export async function seedDemo(app: INestApplicationContext): Promise<string[]> {
  const runner = app.get(ProjectionRunner);
  runner.start();
  const lines: string[] = [];
  for (const name of CHAPTERS) {
    const feature = features.find((entry) => entry.feature.name === name)?.feature;
    if (!feature?.seedDemo) continue;
    lines.push(...(await runAsSystem('demo', () => feature.seedDemo!(app))));
    await settle(app.get<EventStore>(EVENT_STORE), runner);
  }
  return lines;
}

/** Waits until the projections have applied the log and the consequences they caused. */
async function settle(store: EventStore, runner: ProjectionRunner): Promise<void> {
  for (;;) {
    const head = await store.headPosition();
    if (!(await runner.waitFor(head, 30_000))) throw new Error('The read models did not catch up within 30 s');
    if (comparePositions(await store.headPosition(), head) === 0) return;
  }
}
