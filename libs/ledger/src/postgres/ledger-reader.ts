import type { CustomTypesConfig, Pool } from 'pg';
import type { AuditedEvent, AuditedSeal, ChainLink } from '../audit/ledger-audit.js';
import { comparePositions, parsePosition, START, type GlobalPosition } from '../position.js';
import { KEY_ROTATED, LEDGER_KEYS_STREAM, type KeyRotation } from '../signing/ledger-signing.js';
import { isoTime } from './iso-time.js';
import { finalOnly } from './ledger-clock.js';

// A page is held while the next one is read: small pages die young, so the collector copies
// little and a reader's memory stays flat whatever the size of the ledger.
const PAGE = 1_000;

interface StoredEventRow {
  transaction_id: string;
  sequence: string;
  event_id: string;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  recorded_at: Date;
  content_hash: Buffer;
  hash: Buffer;
  append_signature: Buffer | null;
}

/**
 * A page of export lines as the server wrote them, with what the exporter needs beside them: a
 * few arrays, not an object per event, since a page is kept while the next one is read.
 */
export interface ExportPage {
  /** One `ExportedEvent` line (without `previousHash`) per event, each ending with its newline. */
  readonly lines: string[];
  readonly streamIds: string[];
  readonly versions: number[];
  readonly first: GlobalPosition;
  readonly last: GlobalPosition;
  /** The highest global chain ordinal the page's events link to; 0 when none is linked. */
  readonly lastOrdinal: bigint;
}

interface ChainRow {
  ordinal: string;
  transaction_id: string;
  sequence: string;
  event_id: string;
  stream_id: string;
  version: number;
  hash: Buffer;
}

interface SealRow {
  first_ordinal: string;
  last_ordinal: string;
  chain_hash: Buffer;
  sealed_at: Date;
  key_fingerprint: string;
  signature: Buffer;
}

const position = (commit: string, sequence: string): GlobalPosition => ({ commit: BigInt(commit), sequence: BigInt(sequence) });

/** Every value as PostgreSQL prints it. */
const AS_TEXT = { getTypeParser: () => (text: string) => text } as unknown as CustomTypesConfig;

/**
 * The time an event was recorded as the export prints it, `to_char(… 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
 * in UTC: for the years node's `toISOString` prints the same way, milliseconds since 1970 (truncated
 * as `to_char` truncates), formatted by node, since `to_char` cost the server twice what the epoch
 * does; any other time (only a rewritten row holds one) as `to_char` prints it.
 */
const ISO_YEARS = `recorded_at >= '1970-01-01 00:00Z' AND recorded_at < '10000-01-01 00:00Z'`;
const RECORDED_AT_MS = `CASE WHEN ${ISO_YEARS} THEN floor(extract(epoch FROM recorded_at) * 1000)::bigint END`;
const RECORDED_AT_OTHERWISE = `CASE WHEN NOT (${ISO_YEARS}) THEN to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END`;

/** An event as the export query returns it, one text per column (the append signature null when absent). */
type ExportEventRow = [
  transactionId: string,
  sequence: string,
  eventId: string,
  streamId: string,
  version: string,
  type: string,
  schemaVersion: string,
  recordedAtMs: string | null,
  recordedAt: string | null,
  data: string,
  metadata: string,
  contentHash: string,
  hash: string,
  appendSignature: string | null,
];
const [TRANSACTION_ID, SEQUENCE, EVENT_ID, STREAM_ID, VERSION] = [0, 1, 2, 3, 4] as const;

/** A page of events read for a check or an export: what the next page is read after. */
interface ReadPage {
  /** Events read (a tampered chain may give an event two links, and so two entries). */
  readonly events: number;
  readonly last: GlobalPosition;
  /** The highest global chain ordinal the page's events link to; 0 when none is linked. */
  readonly lastOrdinal: bigint;
}

/** A global chain link: event id, ordinal, hash and position, as text. */
type ChainLinkRow = [eventId: string, ordinal: string, hash: string, position: string];

/** A page asked for: where it starts, where the chain stood before it, the chain's stretch beside it, and the page. */
interface PageRequest<P> {
  readonly cursor: GlobalPosition;
  readonly chainedUpTo: bigint;
  readonly stretch: Promise<ChainLinkRow[]>;
  readonly page: Promise<P | undefined>;
}

/** Links by their event's id; an event a tampered chain links twice keeps both, as a join would. */
function linksByEvent(rows: readonly ChainLinkRow[]): Map<string, ChainLinkRow[]> {
  const links = new Map<string, ChainLinkRow[]>();
  for (const row of rows) {
    const known = links.get(row[0]);
    if (known) known.push(row);
    else links.set(row[0], [row]);
  }
  return links;
}

/** The event's `ExportedEvent` line with its newline: data and metadata are put in as the database printed them. */
function exportLine(event: ExportEventRow, link: ChainLinkRow | null): string {
  const [transactionId, sequence, eventId, streamId, version, type, schemaVersion, recordedAtMs, recordedAt, data, metadata, contentHash, hash, signature] = event;
  const linkText = link === null ? 'null' : `{"ordinal":"${link[1]}","hash":"${link[2]}","position":"${link[3]}"}`;
  return (
    `{"kind":"event","position":"${transactionId}-${sequence}","eventId":"${eventId}",` +
    `"streamId":${JSON.stringify(streamId)},"version":${version},"type":${JSON.stringify(type)},` +
    `"schemaVersion":${schemaVersion},"recordedAt":"${recordedAt ?? isoTime(Number(recordedAtMs))}","data":${data},"metadata":${metadata},` +
    `"contentHash":"${contentHash}","hash":"${hash}",` +
    `"appendSignature":${signature === null ? 'null' : `"${signature}"`},"link":${linkText}}\n`
  );
}

/**
 * The ledger exactly as stored, for verification and export: raw data (never upcast), every hash,
 * signature and seal, in global order and only below the snapshot xmin (a consistent prefix).
 */
export class LedgerReader {
  constructor(
    private readonly pool: Pool,
    private readonly clockOffset: string,
  ) {}

  /** Pages of events after `after`, each event with its global chain link when it has one. */
  async *events(after: GlobalPosition = START, pageSize = PAGE): AsyncGenerator<AuditedEvent[]> {
    for await (const page of this.pages(after, pageSize, (cursor, stretch) => this.auditedPage(cursor, stretch, pageSize))) yield page.audited;
  }

  /**
   * Pages of export lines (`ExportedEvent` without `previousHash`), built by the server: node only
   * passes the text on, so an export costs little more than reading the rows.
   */
  exportLines(after: GlobalPosition = START, pageSize = PAGE): AsyncGenerator<ExportPage> {
    return this.pages(after, pageSize, (cursor, stretch) => this.exportPage(cursor, stretch, pageSize));
  }

  /**
   * Pages in global order, two asked for ahead of the one handed on: the server reads them while the
   * caller checks or writes this one. The page after next starts where the chain's stretch beside the
   * next one ends, which in a sealed ledger is where the next page ends; it is only taken when it does
   * (the same query as asked for once the next page is in), and asked for again otherwise.
   */
  private async *pages<P extends ReadPage>(
    after: GlobalPosition,
    pageSize: number,
    read: (cursor: GlobalPosition, stretch: Promise<ChainLinkRow[]>) => Promise<P | undefined>,
  ): AsyncGenerator<P> {
    // Where the chain stands before the first page: the links of a page are looked for right after it.
    let chainedUpTo = after === START ? 0n : ((await this.chainAt(after))?.ordinal ?? 0n);
    const ask = (cursor: GlobalPosition, chainedBefore: bigint): PageRequest<P> => {
      const stretch = this.chainStretch(chainedBefore, pageSize);
      const page = read(cursor, stretch);
      // Handled here too, so a caller that stops early, or a guess not taken, leaves no rejection unhandled.
      stretch.catch(() => undefined);
      page.catch(() => undefined);
      return { cursor, chainedUpTo: chainedBefore, stretch, page };
    };
    const askAfter = async (request: PageRequest<P>): Promise<PageRequest<P> | null> => {
      const stretch = await request.stretch.catch(() => []);
      if (stretch.length < pageSize) return null;
      const [, ordinal, , where] = stretch[stretch.length - 1];
      const cursor = parsePosition(where);
      return cursor ? ask(cursor, BigInt(ordinal)) : null;
    };
    let next = ask(after, chainedUpTo);
    let afterNext = askAfter(next);
    for (;;) {
      const page = await next.page;
      if (!page) return;
      if (page.lastOrdinal > chainedUpTo) chainedUpTo = page.lastOrdinal;
      const full = page.events === pageSize;
      if (full) {
        const guessed = await afterNext;
        next = guessed && comparePositions(guessed.cursor, page.last) === 0 && guessed.chainedUpTo === chainedUpTo ? guessed : ask(page.last, chainedUpTo);
        afterNext = askAfter(next);
      }
      yield page;
      if (!full) return;
    }
  }

  private async auditedPage(cursor: GlobalPosition, chainStretch: Promise<ChainLinkRow[]>, pageSize: number): Promise<(ReadPage & { audited: AuditedEvent[] }) | undefined> {
    const [{ rows }, stretch] = await Promise.all([
      this.pool.query<StoredEventRow>({
        name: 'accord_audit_events',
        text: `SELECT transaction_id, sequence, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at,
                content_hash, hash, append_signature
         FROM ledger.events
         WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) AND ${finalOnly('$4')}
         ORDER BY transaction_id, sequence LIMIT $3`,
        values: [cursor.commit.toString(), cursor.sequence.toString(), pageSize, this.clockOffset],
      }),
      chainStretch,
    ]);
    if (rows.length === 0) return undefined;
    const links = await this.linksOf(rows.map((row) => row.event_id), stretch);
    const audited: AuditedEvent[] = [];
    let lastOrdinal = 0n;
    for (const row of rows) {
      for (const link of links.get(row.event_id) ?? [null]) {
        const event = toAudited(row, link);
        audited.push(event);
        if (event.link && event.link.ordinal > lastOrdinal) lastOrdinal = event.link.ordinal;
      }
    }
    return { audited, events: rows.length, last: audited[audited.length - 1].position, lastOrdinal };
  }

  private async exportPage(cursor: GlobalPosition, chainStretch: Promise<ChainLinkRow[]>, pageSize: number): Promise<(ExportPage & ReadPage) | undefined> {
    // The server sends the columns as text (data and metadata as jsonb prints them) and node joins
    // them into the line: building the JSON in SQL cost the server three times the read itself.
    // Rows come as arrays of unparsed text, since every value goes into the line as it is.
    const [{ rows: events }, stretch] = await Promise.all([
      this.pool.query<ExportEventRow>({
        name: 'accord_export_events',
        rowMode: 'array',
        types: AS_TEXT,
        text: `SELECT transaction_id, sequence, event_id, stream_id, version, type, schema_version,
           ${RECORDED_AT_MS}, ${RECORDED_AT_OTHERWISE}, data, metadata,
           encode(content_hash, 'hex'), encode(hash, 'hex'), translate(encode(append_signature, 'base64'), E'\\n', '')
         FROM ledger.events
         WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) AND ${finalOnly('$4')}
         ORDER BY transaction_id, sequence LIMIT $3`,
        values: [cursor.commit.toString(), cursor.sequence.toString(), pageSize, this.clockOffset],
      }),
      chainStretch,
    ]);
    if (events.length === 0) return undefined;
    const links = await this.linksOf(events.map((event) => event[EVENT_ID]), stretch);
    const lines: string[] = [];
    const streamIds: string[] = [];
    const versions: number[] = [];
    let lastOrdinal = 0n;
    for (const event of events) {
      for (const link of links.get(event[EVENT_ID]) ?? [null]) {
        lines.push(exportLine(event, link));
        streamIds.push(event[STREAM_ID]);
        versions.push(Number(event[VERSION]));
        if (link !== null && BigInt(link[1]) > lastOrdinal) lastOrdinal = BigInt(link[1]);
      }
    }
    const [first, last] = [events[0], events[events.length - 1]];
    return {
      lines,
      streamIds,
      versions,
      first: position(first[TRANSACTION_ID], first[SEQUENCE]),
      last: position(last[TRANSACTION_ID], last[SEQUENCE]),
      lastOrdinal,
      events: events.length,
    };
  }

  /**
   * The links of a page are, in a ledger as sealed, the next stretch of the chain: read as one range
   * beside the events (a join would hash the whole chain for every page, a probe per event costs an
   * index lookup each) and matched by event id.
   */
  private async chainStretch(chainedUpTo: bigint, pageSize: number): Promise<ChainLinkRow[]> {
    const { rows } = await this.pool.query<ChainLinkRow>({
      name: 'accord_chain_stretch',
      rowMode: 'array',
      types: AS_TEXT,
      text: `SELECT event_id, ordinal, encode(hash, 'hex'), transaction_id || '-' || sequence
       FROM ledger.global_chain WHERE ordinal > $1::bigint ORDER BY ordinal LIMIT $2`,
      values: [chainedUpTo.toString(), pageSize],
    });
    return rows;
  }

  /**
   * The links of the given events: from the stretch, and an event whose link lies elsewhere (moved,
   * the chain reordered) or that has none yet looked up by id, as a join of every event would find it.
   */
  private async linksOf(eventIds: readonly string[], stretch: readonly ChainLinkRow[]): Promise<Map<string, ChainLinkRow[]>> {
    const links = linksByEvent(stretch);
    const elsewhere = eventIds.filter((eventId) => !links.has(eventId));
    if (elsewhere.length > 0) {
      const { rows } = await this.pool.query<ChainLinkRow>({
        rowMode: 'array',
        types: AS_TEXT,
        text: `SELECT event_id, ordinal, encode(hash, 'hex'), transaction_id || '-' || sequence
         FROM ledger.global_chain WHERE event_id = ANY($1::uuid[])`,
        values: [elsewhere],
      });
      for (const [eventId, found] of linksByEvent(rows)) links.set(eventId, found);
    }
    return links;
  }

  /**
   * The link before the first of the given events of each stream not in `seen`: where a check that
   * starts mid-stream picks its chain up.
   */
  async previousHashes(page: readonly { streamId: string; version: number }[], seen: ReadonlySet<string>): Promise<Map<string, Buffer>> {
    const firsts = new Map<string, { streamId: string; version: number }>();
    for (const event of page) if (!seen.has(event.streamId) && !firsts.has(event.streamId)) firsts.set(event.streamId, event);
    const events = [...firsts.values()].filter((event) => event.version > 1);
    if (events.length === 0) return new Map();
    const { rows } = await this.pool.query<{ stream_id: string; hash: Buffer }>(
      `SELECT e.stream_id, e.hash FROM ledger.events e
       JOIN unnest($1::text[], $2::int[]) AS wanted(stream_id, version) USING (stream_id, version)`,
      [events.map((event) => event.streamId), events.map((event) => event.version - 1)],
    );
    return new Map(rows.map((row) => [row.stream_id, row.hash]));
  }

  /** Global chain links whose event is gone from the log. */
  async orphanLinks(afterOrdinal = 0n): Promise<ChainLink[]> {
    const { rows } = await this.pool.query<ChainRow>(
      `SELECT c.ordinal, c.transaction_id, c.sequence, c.event_id, c.stream_id, c.version, c.hash
       FROM ledger.global_chain c WHERE c.ordinal > $1
         AND NOT EXISTS (SELECT 1 FROM ledger.events e WHERE e.event_id = c.event_id)
       ORDER BY c.ordinal LIMIT 100`,
      [afterOrdinal.toString()],
    );
    return rows.map((row) => ({
      ordinal: BigInt(row.ordinal),
      hash: row.hash,
      position: position(row.transaction_id, row.sequence),
      eventId: row.event_id,
      streamId: row.stream_id,
      version: row.version,
    }));
  }

  /** The signed seals ending after `afterOrdinal` and at or before `upTo`. */
  async *seals(afterOrdinal: bigint, upTo?: bigint): AsyncGenerator<AuditedSeal[]> {
    let cursor = afterOrdinal;
    for (;;) {
      const { rows } = await this.pool.query<SealRow>(
        `SELECT first_ordinal, last_ordinal, chain_hash, sealed_at, key_fingerprint, signature FROM ledger.seals
         WHERE last_ordinal > $1 AND ($3::bigint IS NULL OR last_ordinal <= $3) ORDER BY last_ordinal LIMIT $2`,
        [cursor.toString(), PAGE, upTo?.toString() ?? null],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => ({
        firstOrdinal: BigInt(row.first_ordinal),
        lastOrdinal: BigInt(row.last_ordinal),
        chainHash: row.chain_hash,
        sealedAt: row.sealed_at,
        keyFingerprint: row.key_fingerprint,
        signature: row.signature,
      }));
      cursor = BigInt(rows[rows.length - 1].last_ordinal);
      if (rows.length < PAGE) return;
    }
  }

  /** Every key rotation, in order, and how many lie at or before `before`. */
  async rotations(before: GlobalPosition = START): Promise<{ rotations: KeyRotation[]; before: number }> {
    const { rows } = await this.pool.query<{ transaction_id: string; sequence: string; data: KeyRotation }>(
      `SELECT transaction_id, sequence, data FROM ledger.events WHERE stream_id = $1 AND type = $2 ORDER BY version`,
      [LEDGER_KEYS_STREAM, KEY_ROTATED],
    );
    return {
      rotations: rows.map((row) => row.data),
      before: rows.filter((row) => comparePositions(position(row.transaction_id, row.sequence), before) <= 0).length,
    };
  }

  /**
   * The end of the last signed append at or before a position: where an export asked to start inside
   * an append starts instead, so that the append's signature covers every event the export holds of it.
   */
  async appendEndAtOrBefore(at: GlobalPosition): Promise<GlobalPosition> {
    const { rows } = await this.pool.query<{ transaction_id: string; sequence: string }>(
      `SELECT transaction_id, sequence FROM ledger.events
        WHERE (transaction_id, sequence) <= ($1::bigint, $2::bigint) AND append_signature IS NOT NULL
        ORDER BY transaction_id DESC, sequence DESC LIMIT 1`,
      [at.commit.toString(), at.sequence.toString()],
    );
    return rows[0] ? position(rows[0].transaction_id, rows[0].sequence) : START;
  }

  /** The last global chain link at or before a position: where a check or an export that starts there picks up the chain. */
  async chainAt(at: GlobalPosition): Promise<{ ordinal: bigint; hash: Buffer } | undefined> {
    const { rows } = await this.pool.query<{ ordinal: string; hash: Buffer }>(
      `SELECT ordinal, hash FROM ledger.global_chain WHERE (transaction_id, sequence) <= ($1::bigint, $2::bigint)
       ORDER BY ordinal DESC LIMIT 1`,
      [at.commit.toString(), at.sequence.toString()],
    );
    return rows[0] && { ordinal: BigInt(rows[0].ordinal), hash: rows[0].hash };
  }
}

function toAudited(row: StoredEventRow, link: ChainLinkRow | null): AuditedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    version: row.version,
    position: position(row.transaction_id, row.sequence),
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    contentHash: row.content_hash,
    hash: row.hash,
    appendSignature: row.append_signature,
    link: link && {
      ordinal: BigInt(link[1]),
      hash: Buffer.from(link[2], 'hex'),
      position: parsePosition(link[3])!,
      eventId: row.event_id,
      streamId: row.stream_id,
      version: row.version,
    },
  };
}
