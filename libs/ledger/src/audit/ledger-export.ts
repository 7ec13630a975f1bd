import { createHash, type KeyObject } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import type { IntegrityReport } from '../event-store.port.js';
import { formatPosition, parsePosition, START, type GlobalPosition } from '../position.js';
import type { ExportPage, LedgerReader } from '../postgres/ledger-reader.js';
import type { KeyRotation, PublishedKey } from '../signing/ledger-signing.js';
import { VerificationWorkers } from './verification-workers.js';
import { CHECK_BACKLOG, LedgerAudit, type AuditedEvent, type AuditedSeal, type AuditSummary, type ChainLink } from './ledger-audit.js';
import { utf8Page } from './utf8-page.js';

export const EXPORT_FORMAT = 'accord-ledger-export';
export const EXPORT_FORMAT_VERSION = 1;

/** The first line of an export: what it covers and where the chains stood before it. */
export interface ExportHeader {
  readonly kind: 'header';
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: number;
  readonly exportedAt: string;
  /** Exclusive: the export holds the events after this position; null for the whole ledger. */
  readonly from: string | null;
  readonly chainStart: { readonly ordinal: string; readonly hash: string } | null;
  readonly rotations: readonly KeyRotation[];
  readonly rotationsBefore: number;
  /** The key the server signed with when it exported: a hint only; an auditor checks against a key obtained separately. */
  readonly signingKey: PublishedKey | null;
}

/** The last line: counts, bounds, the last seal and the SHA-256 of every line before it. */
export interface ExportManifest {
  readonly kind: 'manifest';
  readonly events: number;
  readonly streams: number;
  readonly seals: number;
  readonly orphanLinks: number;
  readonly firstPosition: string | null;
  readonly lastPosition: string | null;
  readonly lastSeal: { readonly lastOrdinal: string; readonly chainHash: string; readonly sealedAt: string } | null;
  readonly sha256: string;
}

interface LinkLine {
  readonly ordinal: string;
  readonly hash: string;
  readonly position: string;
}

/** One event line: the stored event exactly (data never upcast), its hashes, signature and chain link. */
export interface ExportedEvent {
  readonly kind: 'event';
  readonly position: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly contentHash: string;
  readonly hash: string;
  readonly appendSignature: string | null;
  readonly link: LinkLine | null;
  readonly previousHash?: string | null;
}

interface OrphanLine extends LinkLine {
  readonly kind: 'orphan-link';
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
}

interface SealLine {
  readonly kind: 'seal';
  readonly firstOrdinal: string;
  readonly lastOrdinal: string;
  readonly chainHash: string;
  readonly sealedAt: string;
  readonly keyFingerprint: string;
  readonly signature: string;
}

type ExportLine = ExportHeader | ExportedEvent | OrphanLine | SealLine | ExportManifest;

/**
 * The ledger as NDJSON in global order: a header, every event, the links of events missing from the
 * log, the signed seals, and a manifest. Each yielded chunk is whole lines (UTF-8), the manifest the last of them.
 */
export async function* exportLedger(
  reader: LedgerReader,
  options: { from?: GlobalPosition; signingKey?: PublishedKey | null; onProgress?: (events: number) => void } = {},
): AsyncGenerator<Buffer> {
  const digest = createHash('sha256');
  const emitBytes = (bytes: Buffer) => {
    digest.update(bytes);
    return bytes;
  };
  const emit = (line: Exclude<ExportLine, ExportManifest>) => emitBytes(Buffer.from(`${JSON.stringify(line)}\n`));
  // An export asked to start inside an append starts at that append, which it holds whole.
  const from = options.from && (await reader.appendEndAtOrBefore(options.from));
  const { rotations, before } = await reader.rotations(from ?? START);
  const chainStart = from ? await reader.chainAt(from) : undefined;
  yield emit({
    kind: 'header',
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    from: from ? formatPosition(from) : null,
    chainStart: chainStart ? { ordinal: chainStart.ordinal.toString(), hash: chainStart.hash.toString('hex') } : null,
    rotations,
    rotationsBefore: before,
    signingKey: options.signingKey ?? null,
  });
  // Links whose event is gone come first: a checker must know of them before it meets the append they cut short.
  const orphans = await reader.orphanLinks(chainStart?.ordinal ?? 0n);
  for (const link of orphans) yield emit({ kind: 'orphan-link', ...linkLine(link), eventId: link.eventId, streamId: link.streamId, version: link.version });
  const streams = new Set<string>();
  let events = 0;
  let first: string | null = null;
  let last: string | null = null;
  let lastOrdinal = orphans.reduce((max, link) => (link.ordinal > max ? link.ordinal : max), chainStart?.ordinal ?? 0n);
  for await (const page of reader.exportLines(from)) {
    const { lines, streamIds, versions } = page;
    if (from) {
      const previous = await reader.previousHashes(firstsOfStreams(page, streams), streams);
      for (let index = 0; index < lines.length; index += 1) {
        if (!streams.has(streamIds[index]) && versions[index] > 1) lines[index] = withPreviousHash(lines[index], previous.get(streamIds[index]) ?? null);
        streams.add(streamIds[index]);
      }
    } else {
      for (const streamId of streamIds) streams.add(streamId);
    }
    if (page.lastOrdinal > lastOrdinal) lastOrdinal = page.lastOrdinal;
    // One buffer and one digest update a page: the bytes are encoded once, for the digest and the writer alike.
    yield emitBytes(utf8Page(lines));
    events += lines.length;
    first ??= formatPosition(page.first);
    last = formatPosition(page.last);
    options.onProgress?.(events);
  }
  let seals = 0;
  let lastSeal: ExportManifest['lastSeal'] = null;
  for await (const page of reader.seals(chainStart?.ordinal ?? 0n, lastOrdinal)) {
    yield emitBytes(Buffer.from(page.map((seal) => `${JSON.stringify(sealLine(seal))}\n`).join('')));
    seals += page.length;
    const end = page[page.length - 1];
    lastSeal = { lastOrdinal: end.lastOrdinal.toString(), chainHash: end.chainHash.toString('hex'), sealedAt: end.sealedAt.toISOString() };
  }
  const manifest: ExportManifest = {
    kind: 'manifest',
    events,
    streams: streams.size,
    seals,
    orphanLinks: orphans.length,
    firstPosition: first,
    lastPosition: last,
    lastSeal,
    sha256: digest.digest('hex'),
  };
  yield Buffer.from(`${JSON.stringify(manifest)}\n`);
}

function linkLine(link: Pick<ChainLink, 'ordinal' | 'hash' | 'position'>): LinkLine {
  return { ordinal: link.ordinal.toString(), hash: link.hash.toString('hex'), position: formatPosition(link.position) };
}

/** The first event of a stream in an incremental export carries the link it continues. */
function withPreviousHash(line: string, previousHash: Buffer | null): string {
  return `${line.slice(0, -2)},"previousHash":${JSON.stringify(previousHash?.toString('hex') ?? null)}}\n`;
}

/** The page's first event of each stream the export has not met yet. */
function firstsOfStreams(page: ExportPage, seen: ReadonlySet<string>): { streamId: string; version: number }[] {
  const firsts = new Map<string, { streamId: string; version: number }>();
  page.streamIds.forEach((streamId, index) => {
    if (!seen.has(streamId) && !firsts.has(streamId)) firsts.set(streamId, { streamId, version: page.versions[index] });
  });
  return [...firsts.values()];
}

function sealLine(seal: AuditedSeal): SealLine {
  return {
    kind: 'seal',
    firstOrdinal: seal.firstOrdinal.toString(),
    lastOrdinal: seal.lastOrdinal.toString(),
    chainHash: seal.chainHash.toString('hex'),
    sealedAt: seal.sealedAt.toISOString(),
    keyFingerprint: seal.keyFingerprint,
    signature: seal.signature.toString('base64'),
  };
}

export type ExportVerification = IntegrityReport &
  AuditSummary & {
    readonly header: ExportHeader | null;
    readonly manifest: ExportManifest | null;
    /** What is wrong with the file itself (format, manifest), as opposed to the ledger it holds. */
    readonly fileProblem: string | null;
  };

export class ExportFormatError extends Error {}

const bufferOf = (hex: string) => Buffer.from(hex, 'hex');

function positionOf(text: string, line: number): GlobalPosition {
  const position = parsePosition(text);
  if (!position) throw new ExportFormatError(`line ${line}: "${text}" is not a position`);
  return position;
}

/**
 * An event line as the audit reads it. Its recording time is read from the text only when asked
 * for: by a content hash checked in line, an unsealed event, or an append under a retiring key.
 */
class ExportedAuditEvent implements AuditedEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly contentHash: Buffer;
  readonly hash: Buffer;
  readonly appendSignature: Buffer | null;
  readonly link: ChainLink | null;
  readonly previousHash?: Buffer | null;
  readonly position: GlobalPosition;
  readonly contentHashText: string;
  readonly hashText: string;
  private readonly recordedAtText: string;

  /** `number`, the line's number, for what a malformed position says. */
  constructor(line: ExportedEvent, number: number) {
    const position = (this.position = positionOf(line.position, number));
    this.eventId = line.eventId;
    this.streamId = line.streamId;
    this.version = line.version;
    this.type = line.type;
    this.schemaVersion = line.schemaVersion;
    this.data = line.data;
    this.metadata = line.metadata;
    this.recordedAtText = line.recordedAt;
    this.contentHash = bufferOf(line.contentHash);
    this.contentHashText = line.contentHash;
    this.hash = bufferOf(line.hash);
    this.hashText = line.hash;
    this.appendSignature = line.appendSignature === null ? null : Buffer.from(line.appendSignature, 'base64');
    this.link = line.link && {
      ordinal: BigInt(line.link.ordinal),
      hash: bufferOf(line.link.hash),
      hashText: line.link.hash,
      // Sealed where it stands, as nearly every event is: the same text is the same position.
      position: line.link.position === line.position ? position : positionOf(line.link.position, number),
      eventId: line.eventId,
      streamId: line.streamId,
      version: line.version,
    };
    if (line.previousHash !== undefined) this.previousHash = line.previousHash === null ? null : bufferOf(line.previousHash);
  }

  get recordedAt(): Date {
    return new Date(this.recordedAtText);
  }
}

/**
 * The lines of an export read as bytes (a file stream), split where readline splits them (a line
 * feed, a carriage return, or both), and the SHA-256 the manifest holds: of every line but the last,
 * each ended by a line feed, empty lines left out. Where the lines are as the exporter writes them
 * (no carriage return, no empty line, valid UTF-8) those are the file's bytes as read, hashed a
 * chunk at a time; elsewhere each line is encoded again, as the checker reads it.
 */
export class ExportLines implements AsyncIterable<string> {
  private readonly digest = createHash('sha256');
  /** The last line met, hashed only once a line follows it: the manifest's place at the end. */
  private held: Buffer | null = null;

  constructor(private readonly input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>) {}

  /** The SHA-256 of every line but the last, once every line was read. */
  sha256(): string {
    return this.digest.copy().digest('hex');
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    let rest = Buffer.alloc(0);
    for await (const chunk of this.input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const text = rest.length === 0 ? bytes : Buffer.concat([rest, bytes]);
      // A line feed never falls inside a character of several bytes: whole lines decode on their own.
      const end = text.lastIndexOf(LINE_FEED) + 1;
      rest = Buffer.from(text.subarray(end));
      if (end > 0) yield* this.lines(text.subarray(0, end));
    }
    if (rest.length > 0) yield* this.lines(rest);
  }

  /** Whole lines, each ended by a line feed but the file's last. */
  private *lines(bytes: Buffer): Generator<string> {
    const text = bytes.toString('utf8');
    if (bytes.indexOf(CARRIAGE_RETURN) === -1 && bytes[0] !== LINE_FEED && bytes.indexOf('\n\n') === -1 && isUtf8(bytes)) {
      this.hashAsRead(bytes);
      yield* splitAtLineFeeds(text);
      return;
    }
    for (const line of splitAtLineFeeds(text)) {
      // An export holds no carriage return (JSON escapes it in strings); a file that does is split as readline would.
      for (const part of line.includes('\r') ? linesEndedByReturns(line) : [line]) {
        if (part !== '') this.hold(Buffer.from(`${part}\n`));
        yield part;
      }
    }
  }

  /** Lines as the exporter writes them: their bytes as read, all but the last one hashed now. */
  private hashAsRead(bytes: Buffer): void {
    const last = bytes.lastIndexOf(LINE_FEED, bytes.length - 2) + 1;
    if (this.held) this.digest.update(this.held);
    this.digest.update(bytes.subarray(0, last));
    this.held = Buffer.from(bytes.subarray(last));
  }

  private hold(line: Buffer): void {
    if (this.held) this.digest.update(this.held);
    this.held = line;
  }
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The lines of a text split at its line feeds, one that ends it ending the last line. */
function* splitAtLineFeeds(text: string): Generator<string> {
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
  if (start < text.length) yield text.slice(start);
}

/** The lines of a file's bytes (see `ExportLines`), for `verifyExport`. */
export function exportLines(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): ExportLines {
  return new ExportLines(input);
}

/** The lines of text with no line feed: a carriage return ends one, and one at the end belongs to the line feed after it. */
function linesEndedByReturns(text: string): string[] {
  const lines = text.split('\r');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Events whose content hashes an export's verification checks in line before it hands them to a
 * worker: a worker's start (some 25 ms of CPU) costs more than it saves on a small export.
 */
export const INLINE_CONTENT_CHECKS = 2_000;

export interface ExportVerificationOptions {
  readonly trustedKey: KeyObject | null;
  readonly onEvent?: (event: ExportedEvent) => void;
  readonly onProgress?: (events: number) => void;
  /** How many events are checked in line before the workers take over the content hashes: INLINE_CONTENT_CHECKS by default. */
  readonly inlineContentChecks?: number;
}

/**
 * Verifies an export with nothing but its lines and a trusted public key: every stream chain, the
 * global chain, every append and seal signature, and the manifest. `onEvent` sees each event line
 * (for recomputing tallies and deadlines from the same pass). The content hashes of the events after
 * the first `inlineContentChecks` are recomputed on worker threads while this one parses the lines
 * and follows the chains; the workers end with the verification, whatever way it ends.
 */
export async function verifyExport(lines: ExportLines, options: ExportVerificationOptions): Promise<ExportVerification> {
  const workers = new VerificationWorkers();
  try {
    return await verifyWith(workers, lines, options);
  } finally {
    await workers.close();
  }
}

async function verifyWith(workers: VerificationWorkers, lines: ExportLines, options: ExportVerificationOptions): Promise<ExportVerification> {
  const inline = options.inlineContentChecks ?? INLINE_CONTENT_CHECKS;
  let header: ExportHeader | null = null;
  let manifest: ExportManifest | null = null;
  let audit: LedgerAudit | null = null;
  let number = 0;
  let events = 0;
  let seals = 0;
  let orphans = 0;
  let fileProblem: string | null = null;
  try {
    for await (const text of lines) {
      number += 1;
      if (text === '') continue;
      if (manifest) throw new ExportFormatError(`line ${number}: lines follow the manifest`);
      let line: ExportLine;
      try {
        line = JSON.parse(text) as ExportLine;
      } catch {
        throw new ExportFormatError(`line ${number} is not JSON`);
      }
      if (line.kind === 'manifest') {
        manifest = line;
        continue;
      }
      if (line.kind === 'header') {
        if (header || line.format !== EXPORT_FORMAT) throw new ExportFormatError(`line ${number}: not an ${EXPORT_FORMAT} header`);
        if (line.formatVersion !== EXPORT_FORMAT_VERSION) throw new ExportFormatError(`format version ${line.formatVersion} is not supported`);
        header = line;
        audit = new LedgerAudit({
          trustedKey: options.trustedKey,
          rotations: line.rotations,
          rotationsBefore: line.rotationsBefore,
          chainStart: line.chainStart ? { ordinal: BigInt(line.chainStart.ordinal), hash: bufferOf(line.chainStart.hash) } : undefined,
          checkedAt: new Date(line.exportedAt),
          workers,
        });
        continue;
      }
      if (!audit) throw new ExportFormatError('the file does not start with an export header');
      if (line.kind === 'event') {
        audit.event(new ExportedAuditEvent(line, number), events >= inline ? text : undefined);
        events += 1;
        options.onEvent?.(line);
        if (audit.checksInFlight > CHECK_BACKLOG) await audit.settle(CHECK_BACKLOG / 2);
        if (events % 1_000 === 0) options.onProgress?.(events);
      } else if (line.kind === 'orphan-link') {
        orphans += 1;
        audit.orphanLink({
          ordinal: BigInt(line.ordinal),
          hash: bufferOf(line.hash),
          position: positionOf(line.position, number),
          eventId: line.eventId,
          streamId: line.streamId,
          version: line.version,
        });
      } else if (line.kind === 'seal') {
        seals += 1;
        audit.seal({
          firstOrdinal: BigInt(line.firstOrdinal),
          lastOrdinal: BigInt(line.lastOrdinal),
          chainHash: bufferOf(line.chainHash),
          sealedAt: new Date(line.sealedAt),
          keyFingerprint: line.keyFingerprint,
          signature: Buffer.from(line.signature, 'base64'),
        });
      } else {
        throw new ExportFormatError(`line ${number}: unknown kind "${(line as { kind?: unknown }).kind}"`);
      }
    }
    if (!manifest) throw new ExportFormatError('the manifest is missing: the file was cut short');
    fileProblem = manifestProblem(manifest, lines.sha256(), { events, seals, orphans, streams: audit?.streamsMet ?? 0 });
  } catch (error) {
    if (!(error instanceof ExportFormatError)) throw error;
    fileProblem = error.message;
  }
  options.onProgress?.(events);
  const report = await (audit ?? new LedgerAudit({ trustedKey: null, rotations: [], checkedAt: new Date() })).finish();
  return { ...report, intact: report.intact && fileProblem === null, header, manifest, fileProblem };
}

function manifestProblem(
  manifest: ExportManifest,
  sha256: string,
  counted: { events: number; seals: number; orphans: number; streams: number },
): string | null {
  if (manifest.sha256 !== sha256) return 'the file does not match the SHA-256 in its manifest: it was changed after export';
  if (manifest.events !== counted.events) return `the manifest counts ${manifest.events} events, the file holds ${counted.events}`;
  if (manifest.seals !== counted.seals) return `the manifest counts ${manifest.seals} seals, the file holds ${counted.seals}`;
  if (manifest.streams !== counted.streams) return `the manifest counts ${manifest.streams} streams, the file holds ${counted.streams}`;
  if (manifest.orphanLinks !== counted.orphans) return `the manifest counts ${manifest.orphanLinks} orphan links, the file holds ${counted.orphans}`;
  return null;
}
