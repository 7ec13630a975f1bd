import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** PostgreSQL binds at most 65,535 parameters to one statement; a batch's rows are written in runs below it. */
const MAX_PARAMETERS = 60_000;

function runsOf<Row extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<Row>, rows: readonly Row[]): Row[][] {
  const perRun = Math.max(1, Math.floor(MAX_PARAMETERS / manager.connection.getMetadata(entity).columns.length));
  const runs: Row[][] = [];
  for (let start = 0; start < rows.length; start += perRun) runs.push(rows.slice(start, start + perRun));
  return runs;
}

/**
 * Writes the rows a batch changed with one multi-row `INSERT … ON CONFLICT (key) DO UPDATE` per run,
 * instead of a statement per event. The rows must be distinct by key: a statement updates a row once.
 */
export async function upsertRows<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  rows: readonly Row[],
  key: readonly (keyof Row & string)[],
): Promise<void> {
  for (const run of runsOf(manager, entity, rows)) await manager.getRepository(entity).upsert(run, [...key]);
}

/**
 * Adds a batch's entries to an append-only table (a timeline, a history) with one multi-row
 * `INSERT … ON CONFLICT DO NOTHING` per run: an entry the table already holds stays as it is.
 */
export async function insertRows<Row extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<Row>, rows: readonly Row[]): Promise<void> {
  for (const run of runsOf(manager, entity, rows)) await manager.createQueryBuilder().insert().into(entity).values(run).orIgnore().execute();
}
