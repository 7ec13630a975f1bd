import type { Pool } from 'pg';
import type { GlobalPosition } from '../position.js';
import { finalOnly } from './ledger-clock.js';

/** What an auditor may narrow the global log to; every field is optional and they combine with AND. */
export interface LedgerEventFilter {
  readonly streamId?: string;
  /** The stream's category: `member`, `resolution`, `ballot`, ... (the part of the stream id before `-<id>`). */
  readonly streamKind?: string;
  readonly type?: string;
  readonly actorId?: string;
  /** The organization a representative acted for, the organization an event is about, or its register stream. */
  readonly organizationId?: string;
  readonly recordedFrom?: Date;
  readonly recordedTo?: Date;
  /** Inclusive calendar dates, against the event's legal date (`ledger.legal_date`). */
  readonly legalFrom?: string;
  readonly legalTo?: string;
  readonly correlationId?: string;
  readonly after?: GlobalPosition;
  readonly limit: number;
}

export const EVENT_COLUMNS =
  'transaction_id, sequence, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, hash';

/** The filtered global log in order, only below the snapshot xmin like every reader of the log. */
export async function searchEvents<Row extends object>(pool: Pool, clockOffset: string, filter: LedgerEventFilter): Promise<Row[]> {
  const { rows } = await pool.query<Row>(
    `SELECT ${EVENT_COLUMNS} FROM ledger.events
     WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) AND ${finalOnly('$3')}
       AND ($4::text IS NULL OR stream_id = $4)
       AND ($5::text IS NULL OR left(stream_id, length($5) + 1) = $5 || '-')
       AND ($6::text IS NULL OR type = $6)
       AND ($7::text IS NULL OR metadata->>'actorId' = $7)
       AND ($8::text IS NULL OR metadata->>'onBehalfOf' = $8 OR data->>'organizationId' = $8 OR stream_id = 'member-' || $8)
       AND ($9::timestamptz IS NULL OR recorded_at >= $9) AND ($10::timestamptz IS NULL OR recorded_at <= $10)
       AND ($11::date IS NULL OR ledger.legal_date(data, recorded_at) >= $11)
       AND ($12::date IS NULL OR ledger.legal_date(data, recorded_at) <= $12)
       AND ($13::text IS NULL OR metadata->>'correlationId' = $13)
     ORDER BY transaction_id, sequence LIMIT $14`,
    [
      filter.after?.commit.toString() ?? '0',
      filter.after?.sequence.toString() ?? '0',
      clockOffset,
      filter.streamId ?? null,
      filter.streamKind ?? null,
      filter.type ?? null,
      filter.actorId ?? null,
      filter.organizationId ?? null,
      filter.recordedFrom ?? null,
      filter.recordedTo ?? null,
      filter.legalFrom ?? null,
      filter.legalTo ?? null,
      filter.correlationId ?? null,
      filter.limit,
    ],
  );
  return rows;
}

/** Events directly caused by any of the given events. */
export async function eventsCausedBy<Row extends object>(pool: Pool, eventIds: readonly string[]): Promise<Row[]> {
  if (eventIds.length === 0) return [];
  const { rows } = await pool.query<Row>(
    `SELECT ${EVENT_COLUMNS} FROM ledger.events WHERE metadata->>'causationId' = ANY($1::text[]) ORDER BY transaction_id, sequence`,
    [eventIds],
  );
  return rows;
}
