import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's table and its columns: the property a row holds each in, and the column's name. */
interface TablePlan {
  readonly table: string;
  readonly columns: ReadonlyArray<{ readonly property: string; readonly name: string }>;
  /** The quoted column names, in the order of `columns`. */
  readonly list: string;
}

const plans = new WeakMap<EntityMetadata, TablePlan>();

function planOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): TablePlan {
  const metadata = manager.connection.getMetadata(entity);
  let plan = plans.get(metadata);
  if (!plan) {
    // Rows go to the database as they are held: a column whose value TypeORM would change on the way cannot be written so.
    const changed = metadata.columns.find((column) => column.embeddedMetadata || column.transformer || column.relationMetadata);
    if (changed) throw new Error(`${metadata.name}.${changed.propertyName} is embedded, transformed or a relation: not written in sets`);
    const columns = metadata.columns.map((column) => ({ property: column.propertyName, name: column.databaseName }));
    plan = { table: metadata.tableName, columns, list: columns.map((column) => `"${column.name}"`).join(', ') };
    plans.set(metadata, plan);
  }
  return plan;
}

/**
 * The rows as one JSON array of objects keyed by column name; `json_populate_recordset` turns it into
 * rows of the table's own type, so each value is read as its column reads text (jsonb, arrays, dates)
 * and a batch costs one parameter however many rows and columns it has.
 */
function asJson(plan: TablePlan, rows: readonly ObjectLiteral[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const { property, name } of plan.columns) record[name] = row[property] ?? null;
      return record;
    }),
  );
}

const fromJson = (plan: TablePlan) => `SELECT ${plan.list} FROM json_populate_recordset(NULL::"${plan.table}", $1::json)`;

/**
 * Writes the rows a batch changed with one multi-row `INSERT … ON CONFLICT (key) DO UPDATE`, instead
 * of a statement per event. Every column is written from the row (none is left to its default). The
 * rows must be distinct by key: a statement updates a row once.
 */
export async function upsertRows<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  rows: readonly Row[],
  key: readonly (keyof Row & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const plan = planOf(manager, entity);
  const keyNames = key.map((property) => {
    const column = plan.columns.find((candidate) => candidate.property === property);
    if (!column) throw new Error(`${plan.table} has no column for ${property}`);
    return column.name;
  });
  const updated = plan.columns.filter((column) => !keyNames.includes(column.name)).map((column) => `"${column.name}" = EXCLUDED."${column.name}"`);
  const conflict = `ON CONFLICT (${keyNames.map((name) => `"${name}"`).join(', ')}) DO ${updated.length > 0 ? `UPDATE SET ${updated.join(', ')}` : 'NOTHING'}`;
  await manager.query(`INSERT INTO "${plan.table}" (${plan.list}) ${fromJson(plan)} ${conflict}`, [asJson(plan, rows)]);
}

/**
 * Adds a batch's entries to an append-only table (a timeline, a history) with one multi-row
 * `INSERT … ON CONFLICT DO NOTHING`: an entry the table already holds stays as it is.
 */
export async function insertRows<Row extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const plan = planOf(manager, entity);
  await manager.query(`INSERT INTO "${plan.table}" (${plan.list}) ${fromJson(plan)} ON CONFLICT DO NOTHING`, [asJson(plan, rows)]);
}
