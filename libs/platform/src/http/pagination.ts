import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestValidationError } from './errors.js';
import { isStorableText } from './input-safety.js';

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** Which page a query service is asked for: its size and the cursor of the page before. */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string;
}

const CURSOR_NOT_ISSUED = { ru: 'cursor не выдан этим API', en: 'cursor is not one this API returned' };

/** An opaque cursor: the sort key of the last item seen, so pages stay stable while rows are added. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // reported below as a field problem
  }
  throw new RequestValidationError([{ field: 'cursor', problems: [CURSOR_NOT_ISSUED] }]);
}

/** Builds a page from `limit + 1` rows fetched in key order: the extra row only says there is more. */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number)[],
  toItem: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return { items: items.map(toItem), nextCursor: hasMore ? encodeCursor(keyOf(items[items.length - 1])) : null };
}

/** The kind of each part of a keyset cursor. */
export type CursorPart = 'text' | 'date' | 'timestamp' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FITS: Readonly<Record<CursorPart, (value: unknown) => boolean>> = {
  text: (value) => typeof value === 'string' && isStorableText(value),
  // A real calendar day: Date would quietly roll 30 February over into March.
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value),
  // The form toISOString gives within PostgreSQL's range: Date.parse also takes years PostgreSQL refuses.
  timestamp: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !value.startsWith('0000') && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && UUID.test(value),
};

function isCalendarDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** A keyset cursor whose parts have these kinds; a cursor of any other shape is refused rather than sent to SQL. */
export function decodeKeyCursor(cursor: string | undefined, shape: readonly CursorPart[]): string[] | undefined {
  const key = decodeCursor(cursor);
  if (!key) return undefined;
  if (key.length !== shape.length || !shape.every((kind, index) => FITS[kind](key[index]))) {
    throw new RequestValidationError([{ field: 'cursor', problems: [CURSOR_NOT_ISSUED] }]);
  }
  return key as string[];
}

/**
 * The query side of `toPage`: orders by (sort column, id), takes `limit + 1` rows and starts after
 * the cursor's key, so that pages stay stable while rows are added.
 */
export function keysetAfter<T extends ObjectLiteral>(
  select: SelectQueryBuilder<T>,
  [sort, id]: readonly [string, string],
  after: readonly string[] | undefined,
  limit: number,
  sortType: 'text' | 'timestamptz' = 'text',
): SelectQueryBuilder<T> {
  select.orderBy(sort).addOrderBy(id).limit(limit + 1);
  if (after) select.andWhere(`(${sort}, ${id}) > (CAST(:keysetSort AS ${sortType}), CAST(:keysetId AS uuid))`, { keysetSort: after[0], keysetId: after[1] });
  return select;
}

/** The values of a statement written in SQL: each value added answers its placeholder, `$1`, `$2`… in order. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `keysetAfter` for a statement written in SQL: the condition that starts after the cursor's key,
 * undefined on the first page. The statement orders by (sort column, id) and takes `limit + 1` rows.
 */
export function keysetCondition(
  [sort, id]: readonly [string, string],
  after: readonly string[] | undefined,
  parameters: SqlParameters,
  sortType: 'text' | 'timestamptz' = 'text',
): string | undefined {
  return after && `(${sort}, ${id}) > (CAST(${parameters.add(after[0])} AS ${sortType}), CAST(${parameters.add(after[1])} AS uuid))`;
}

/** `WHERE` and the conditions given (not empty, false or undefined) joined by `AND`; nothing when there are none. */
export const whereAll = (conditions: readonly (string | false | undefined)[]): string => {
  const present = conditions.filter((condition) => typeof condition === 'string' && condition !== '');
  return present.length === 0 ? '' : `WHERE ${present.join(' AND ')}`;
};

/** A `timestamptz` column as the API writes a moment (`Date#toISOString`), formatted by the database rather than parsed and formatted again in JavaScript. */
export const isoMomentSql = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A `date` column as the API writes a day, `YYYY-MM-DD`, whatever the session's date style. */
export const isoDaySql = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;
