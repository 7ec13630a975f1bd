import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** One JSON object per line instead of a table. */
  readonly json: boolean;
  /** Ten times fewer events: a smoke run. */
  readonly quick: boolean;
  /** The figures to measure; all of them when absent. */
  readonly only: ReadonlySet<string> | undefined;
}

export const USAGE = 'usage: npm run bench -- [--json] [--quick] [--only name1,name2]';

export function parseBenchOptions(args: readonly string[], knownNames: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string' } },
    strict: true,
  });
  const only = values.only?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = only?.filter((name) => !knownNames.includes(name)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown figure ${unknown.join(', ')}; known: ${knownNames.join(', ')}`);
  return { json: values.json ?? false, quick: values.quick ?? false, only: only && new Set(only) };
}
