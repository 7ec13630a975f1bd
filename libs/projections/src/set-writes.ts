import type { RecordedEvent } from '#accord/ledger';
import { In, type EntityManager, type EntityMetadata, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/** An entity's table and its columns: the property a row holds each in, the column's name and how it is read from JSON. */
interface TablePlan {
  readonly table: string;
  readonly columns: ReadonlyArray<{ readonly property: string; readonly name: string }>;
  /** The quoted column names, in the order of `columns`. */
  readonly list: string;
  /** The rows of parameter $1, a JSON array of rows that are arrays of values in the order of `columns`. */
  readonly rows: string;
}

const plans = new WeakMap<EntityMetadata, TablePlan>();

/**
 * How a value of the column is read from the row `r`, a JSONB array: as its column's own type, read
 * from the catalog so that it is exactly the table's (JSON null is SQL NULL, as TypeORM writes it).
 */
function valueOf(index: number, type: string, isArray: boolean): string {
  if (type === 'jsonb') return `NULLIF(r->${index}, 'null')`;
  if (type === 'json') return `NULLIF(r->${index}, 'null')::json`;
  if (isArray) return `CASE WHEN jsonb_typeof(r->${index}) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(r->${index}))::${type} END`;
  return `(r->>${index})::${type}`;
}

async function planOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): Promise<TablePlan> {
  const metadata = manager.connection.getMetadata(entity);
  const known = plans.get(metadata);
  if (known) return known;
  // Rows go to the database as they are held: a column whose value TypeORM would change on the way cannot be written so.
  const changed = metadata.columns.find((column) => column.embeddedMetadata || column.transformer || column.relationMetadata);
  if (changed) throw new Error(`${metadata.name}.${changed.propertyName} is embedded, transformed or a relation: not written in sets`);
  const catalog: Array<{ name: string; type: string; is_array: boolean }> = await manager.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typcategory = 'A' AS is_array
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [metadata.tableName],
  );
  const types = new Map(catalog.map((column) => [column.name, column]));
  const columns = metadata.columns.map((column) => ({ property: column.propertyName, name: column.databaseName }));
  const values = columns.map(({ name }, index) => {
    const column = types.get(name);
    if (!column) throw new Error(`${metadata.tableName} has no column ${name}`);
    return valueOf(index, column.type, column.is_array);
  });
  const plan: TablePlan = {
    table: metadata.tableName,
    columns,
    list: columns.map((column) => `"${column.name}"`).join(', '),
    rows: `SELECT ${values.join(', ')} FROM jsonb_array_elements($1::jsonb) AS r`,
  };
  plans.set(metadata, plan);
  return plan;
}

/**
 * The rows as one JSON parameter, each row an array of its values: PostgreSQL parses it once and reads
 * each value by its place, so a batch costs one parameter and one parse however many rows and columns
 * it has (rows as objects would repeat every column's name and be matched by name, row by row).
 */
function asJson(plan: TablePlan, rows: readonly ObjectLiteral[]): string {
  return JSON.stringify(rows.map((row) => plan.columns.map(({ property }) => row[property] ?? null)));
}

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
  const plan = await planOf(manager, entity);
  const keyNames = key.map((property) => {
    const column = plan.columns.find((candidate) => candidate.property === property);
    if (!column) throw new Error(`${plan.table} has no column for ${property}`);
    return column.name;
  });
  const updated = plan.columns.filter((column) => !keyNames.includes(column.name)).map((column) => `"${column.name}" = EXCLUDED."${column.name}"`);
  const conflict = `ON CONFLICT (${keyNames.map((name) => `"${name}"`).join(', ')}) DO ${updated.length > 0 ? `UPDATE SET ${updated.join(', ')}` : 'NOTHING'}`;
  await manager.query(`INSERT INTO "${plan.table}" (${plan.list}) ${plan.rows} ${conflict}`, [asJson(plan, rows)]);
}

/**
 * Adds a batch's entries to an append-only table (a timeline, a history) with one multi-row
 * `INSERT … ON CONFLICT DO NOTHING`: an entry the table already holds stays as it is.
 */
export async function insertRows<Row extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const plan = await planOf(manager, entity);
  await manager.query(`INSERT INTO "${plan.table}" (${plan.list}) ${plan.rows} ON CONFLICT DO NOTHING`, [asJson(plan, rows)]);
}

/** A batch's events folded into the rows of the records they concern. */
export interface FoldedRows<Row, E> {
  /** The rows as the table held them before the batch, by id. */
  readonly before: ReadonlyMap<string, Row>;
  /** The rows the batch changed, as it left them. */
  readonly changed: Row[];
  /** The events that changed a row, in order, without those a row had already applied. */
  readonly applied: E[];
}

/**
 * Folds a batch into the rows of the records its events concern, one row per record keyed by `id`:
 * the rows are read in one statement, each event is applied to its record's row as the events before
 * it left it, and an event of a version the row already holds is passed over, so a batch applied
 * again, or after any part of it, changes nothing. `evolve` gives the row after the event, with the
 * event's version, or undefined when the event changes nothing (a record the table does not hold).
 */
export async function foldRows<Row extends ObjectLiteral & { id: string; version: number }, E extends RecordedEvent>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  events: readonly E[],
  idOf: (event: E) => string,
  evolve: (row: Row | undefined, event: E, id: string) => Row | undefined,
): Promise<FoldedRows<Row, E>> {
  const ids = [...new Set(events.map(idOf))];
  const read = ids.length > 0 ? await manager.getRepository(entity).findBy({ id: In(ids) } as FindOptionsWhere<Row>) : [];
  const before = new Map(read.map((row) => [row.id, row]));
  const current = new Map(before);
  const applied: E[] = [];
  for (const event of events) {
    const id = idOf(event);
    const row = current.get(id);
    if (row && row.version >= event.version) continue;
    const next = evolve(row, event, id);
    if (!next) continue;
    current.set(id, next);
    applied.push(event);
  }
  return { before, changed: [...current.values()].filter((row) => row !== before.get(row.id)), applied };
}
