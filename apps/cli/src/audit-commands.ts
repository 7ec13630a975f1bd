import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createPublicKey } from 'node:crypto';
import {
  EVENT_STORE,
  exportLedger,
  exportLines,
  formatPosition,
  parsePosition,
  parsePublicKey,
  PostgresEventStore,
  publishKey,
  START,
  verifyExport,
  type EventStore,
  type ExportVerification,
} from '#accord/ledger';
import { loadConfig } from '#accord/platform';
import { DeadlineRecomputation, TallyRecomputation, type RecomputationReport } from './audit/recomputation.js';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cli-command.js';
import { ProgressDisplay } from './progress.js';

export function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** Refuses anything but the given flags and options (each option followed by its value). */
export function onlyArguments(args: readonly string[], flags: readonly string[], options: readonly string[]): void {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (flags.includes(arg)) continue;
    if (options.includes(arg)) {
      index += 1;
      continue;
    }
    throw new UsageError(`Unexpected argument: ${arg}`);
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'accord export --out FILE [--from POSITION]',
  summary: 'write the ledger as NDJSON (events in global order, signed seals, a manifest) for offline verification',
  async run(app, args, io) {
    onlyArguments(args, [], ['--out', '--from']);
    const out = option(args, 'out');
    if (!out) throw new UsageError('Say where to write: --out FILE');
    const fromText = option(args, 'from');
    const from = fromText === undefined ? undefined : parsePosition(fromText);
    if (fromText !== undefined && !from) throw new UsageError(`--from must be a position like "1234-56", got "${fromText}"`);
    const store = app.get<EventStore>(EVENT_STORE);
    if (!(store instanceof PostgresEventStore)) throw new UsageError('accord export needs the PostgreSQL ledger (LEDGER_ADAPTER=postgres)');
    const total = await store.countAfter(from ?? START, Number.MAX_SAFE_INTEGER);
    const display = new ProgressDisplay(io.stderr, 'exporting');
    const file = createWriteStream(out, { mode: 0o644 });
    let manifest: Buffer | undefined;
    for await (const chunk of exportLedger(store.reader, { from, signingKey: store.signer?.key ?? null, onProgress: (events) => display.update(events, total) })) {
      if (!file.write(chunk)) await once(file, 'drain');
      manifest = chunk;
    }
    file.end();
    await once(file, 'finish');
    display.end();
    const summary = JSON.parse(String(manifest)) as { events: number; seals: number; firstPosition: string | null; lastPosition: string | null; sha256: string };
    const range = summary.firstPosition ? ` (positions ${summary.firstPosition} to ${summary.lastPosition})` : '';
    io.stdout.write(`Exported ${summary.events} events${range} and ${summary.seals} signed seals to ${out}.\nSHA-256 (manifest): ${summary.sha256}\n`);
    if (store.signer) io.stdout.write(`Signing key fingerprint: ${store.signer.key.fingerprint}\n`);
    return EXIT.ok;
  },
};

export const publicKeyCommand: CliCommand = {
  name: 'public-key',
  usage: 'accord public-key',
  summary: "print the ledger's public key (PEM) and its fingerprint, for auditors",
  offline: () => true,
  async runOffline(args, io) {
    onlyArguments(args, [], []);
    const config = loadConfig();
    const pem = await readFile(config.ledgerKeyFile, 'utf8').catch(() => {
      throw new Error(`no ledger signing key at ${config.ledgerKeyFile}: the server creates it on first start`);
    });
    const publicKey = createPublicKey(pem);
    io.stdout.write(`${publicKey.export({ type: 'spki', format: 'pem' }).toString()}Fingerprint (SHA-256): ${publishKey(publicKey).fingerprint}\n`);
    return EXIT.ok;
  },
};

/** `accord verify --file`: an export checked with no database and no server, only the public key. */
export async function verifyExportFile(args: readonly string[], io: CliIo): Promise<number> {
  onlyArguments(args, ['--json', '--tallies', '--deadlines'], ['--file', '--public-key']);
  const file = option(args, 'file')!;
  const keyArgument = option(args, 'public-key');
  if (!keyArgument) throw new UsageError('Give the public key to check the signatures against: --public-key FILE|BASE64 (from GET /api/v1/ledger/public-key)');
  const keyText = await readFile(keyArgument, 'utf8').catch(() => keyArgument);
  let trustedKey;
  try {
    trustedKey = parsePublicKey(keyText);
  } catch (error) {
    throw new UsageError(`--public-key is not an Ed25519 public key (PEM or base64 DER): ${(error as Error).message}`);
  }
  const size = await stat(file).then(
    (info) => info.size,
    () => {
      throw new UsageError(`Cannot read ${file}`);
    },
  );
  const tallies = args.includes('--tallies') ? new TallyRecomputation() : undefined;
  const deadlines = args.includes('--deadlines') ? new DeadlineRecomputation() : undefined;
  const input = createReadStream(file);
  const display = new ProgressDisplay(io.stderr, 'verifying', 'bytes');
  const report = await verifyExport(exportLines(input), {
    trustedKey,
    onEvent: (event) => {
      tallies?.observe(event);
      deadlines?.observe(event);
    },
    onProgress: () => display.update(input.bytesRead, size),
  });
  display.update(size, size);
  display.end();
  const talliesReport = tallies?.report();
  const deadlinesReport = deadlines?.report();
  const agreed = (talliesReport?.disagreements.length ?? 0) === 0 && (deadlinesReport?.disagreements.length ?? 0) === 0;
  if (args.includes('--json')) {
    io.stdout.write(`${JSON.stringify({ ...exportReportAsJson(report), tallies: talliesReport, deadlines: deadlinesReport })}\n`);
  } else {
    io.stdout.write(describeExportReport(report, publishKey(trustedKey).fingerprint));
    if (talliesReport) io.stdout.write(describeTallies(talliesReport));
    if (deadlinesReport) io.stdout.write(describeDeadlines(deadlinesReport));
  }
  return report.intact && agreed ? EXIT.ok : EXIT.failed;
}

function exportReportAsJson(report: ExportVerification) {
  const firstBreak = report.firstBreak && { ...report.firstBreak, position: report.firstBreak.position && formatPosition(report.firstBreak.position) };
  return { ...report, firstBreak, header: undefined };
}

function describeExportReport(report: ExportVerification, fingerprint: string): string {
  const summary =
    `${report.eventsChecked} events in ${report.streamsChecked} streams checked; ${report.appendsSigned} appends signed; ` +
    `${report.eventsSealed} sealed in the global chain under ${report.sealsChecked} signed seals`;
  const lines: string[] = [];
  if (report.firstBreak) {
    const broken = report.firstBreak;
    const where = broken.position ? `, position ${formatPosition(broken.position)}` : '';
    lines.push(`Export BROKEN at event ${broken.eventId} (stream ${broken.streamId}, version ${broken.version}${where}): ${broken.reason}.`);
  }
  if (report.fileProblem) lines.push(`Export file BROKEN: ${report.fileProblem}.`);
  if (report.intact) lines.push(`Export intact: ${summary}.`, `Signatures checked against key ${fingerprint}.`);
  else lines.push(`${summary}.`);
  if (report.sealHead) lines.push(`Seal head: ${report.sealHead}`);
  return `${lines.join('\n')}\n`;
}

function describeDisagreements(report: RecomputationReport): string {
  return report.disagreements
    .map((item) => `  event ${item.eventId} (stream ${item.streamId}, position ${item.position}): recorded ${JSON.stringify(item.recorded)}, recomputed ${JSON.stringify(item.recomputed)}\n`)
    .join('');
}

function describeTallies(report: RecomputationReport): string {
  const how = "recounted from the exported ballots with the voting domain's tally function (the one the server closes votes with)";
  if (report.disagreements.length === 0) return `Tallies agree: ${report.checked} closed votes ${how}.\n`;
  return `Tallies DISAGREE: ${report.disagreements.length} of ${report.checked} closed votes ${how} differ from the recorded outcome:\n${describeDisagreements(report)}`;
}

function describeDeadlines(report: RecomputationReport & { appeals: number }): string {
  const how = "with the appeals deadline engine (assessDeadlines, the policy table and holiday calendars the server uses)";
  if (report.disagreements.length === 0) {
    return `Deadlines agree: due dates of ${report.appeals} dispatched appeals recomputed ${how}; ${report.checked} recorded reminders match them.\n`;
  }
  return `Deadlines DISAGREE: ${report.disagreements.length} of ${report.checked} recorded reminders differ from the due dates recomputed ${how}:\n${describeDisagreements(report)}`;
}
