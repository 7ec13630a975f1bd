import type { INestApplicationContext } from '@nestjs/common';
import { runAsSystem } from '#accord/eventsourcing';
import { features } from './features.js';

/** Records the demo story, each context in turn; what is already there is left alone. */
export async function seedDemo(app: INestApplicationContext): Promise<string[]> {
  const lines: string[] = [];
  for (const { feature } of features) {
    if (feature.seedDemo) lines.push(...(await runAsSystem('demo', () => feature.seedDemo!(app))));
  }
  return lines;
}
