import { DATABASE, type Database } from '#accord/platform';
import { EVENT_STORE, formatPosition, START, type EventStore, type IntegrityReport } from '#accord/ledger';
import { ProjectionRebuilder, PROJECTIONS, type Projection } from '#accord/projections';
import { verifyExportFile } from './audit-commands.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { ProgressDisplay } from './progress.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'accord migrate',
  summary: 'apply pending database migrations (the server also does this when it starts)',
  async run(app, _args, io) {
    const { appliedMigrations } = app.get<Database>(DATABASE);
    io.stdout.write(
      appliedMigrations.length === 0
        ? 'The schema is up to date.\n'
        : `Applied ${appliedMigrations.length} migration(s):\n${appliedMigrations.map((id) => `  ${id}\n`).join('')}`,
    );
    return EXIT.ok;
  },
};

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  usage: 'accord rebuild [projection ...]',
  summary: 'replay the ledger into fresh read-model tables and swap them in (all projections when none is named)',
  async run(app, args, io) {
    const registered = app.get<Projection[]>(PROJECTIONS).filter((projection) => projection.rebuildable !== false);
    const unknown = args.filter((name) => !registered.some((projection) => projection.name === name));
    if (unknown.length > 0) {
      throw new UsageError(`Unknown projection(s): ${unknown.join(', ')}. Known: ${registered.map((projection) => projection.name).join(', ') || 'none'}`);
    }
    const chosen = args.length === 0 ? registered : registered.filter((projection) => args.includes(projection.name));
    if (chosen.length === 0) {
      io.stdout.write('No projections are registered: nothing to rebuild.\n');
      return EXIT.ok;
    }
    // All of them at once: each batch of the ledger is read once for every projection.
    const display = new ProgressDisplay(io.stderr, chosen.length === 1 ? chosen[0].name : 'read side');
    const results = await app.get(ProjectionRebuilder).rebuildAll(chosen, (progress) => display.update(progress.applied, progress.total, progress.phase));
    display.end();
    for (const result of results) {
      const how = result.resumed ? ' (resumed an interrupted rebuild)' : '';
      io.stdout.write(`Rebuilt ${result.projection}: ${result.events} events in ${result.seconds.toFixed(1)} s${how}.\n`);
    }
    return EXIT.ok;
  },
};

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'accord verify [--json] | accord verify --file FILE --public-key KEY [--tallies] [--deadlines] [--json]',
  summary: 'recompute every hash link and signature of the ledger, or of an export with no database; exit 1 naming the first break',
  offline: (args) => args.includes('--file'),
  runOffline: verifyExportFile,
  async run(app, args, io) {
    const json = args.includes('--json');
    const unexpected = args.filter((arg) => arg !== '--json');
    if (unexpected.length > 0) throw new UsageError(`Unexpected argument(s): ${unexpected.join(' ')} (an export is checked with --file FILE --public-key KEY)`);
    const store = app.get<EventStore>(EVENT_STORE);
    const total = await store.countAfter(START, Number.MAX_SAFE_INTEGER);
    const display = new ProgressDisplay(io.stderr, 'verifying');
    const report = await store.verify((progress) => display.update(progress.eventsChecked, total, progress.phase));
    display.end();
    io.stdout.write(json ? `${JSON.stringify(reportAsJson(report))}\n` : describeReport(report));
    return report.intact ? EXIT.ok : EXIT.failed;
  },
};

function reportAsJson(report: IntegrityReport) {
  const firstBreak = report.firstBreak && {
    ...report.firstBreak,
    position: report.firstBreak.position && formatPosition(report.firstBreak.position),
  };
  return { ...report, firstBreak };
}

function describeReport(report: IntegrityReport): string {
  const signed = report as IntegrityReport & { signaturesChecked?: boolean; appendsSigned?: number; sealsChecked?: number };
  const signatures = signed.signaturesChecked ? `; ${signed.appendsSigned} appends and ${signed.sealsChecked} seals signed` : '';
  const summary = `${report.eventsChecked} events in ${report.streamsChecked} streams checked; ${report.eventsSealed} sealed in the global chain${signatures}`;
  if (report.intact) {
    return `Ledger intact: ${summary}.\n${report.sealHead ? `Seal head: ${report.sealHead}\n` : ''}`;
  }
  const broken = report.firstBreak!;
  const where = broken.position ? `, position ${formatPosition(broken.position)}` : '';
  return `Ledger BROKEN at event ${broken.eventId} (stream ${broken.streamId}, version ${broken.version}${where}): ${broken.reason}.\n${summary}.\n`;
}
