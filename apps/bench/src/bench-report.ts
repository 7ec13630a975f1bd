import type { Sample } from './benchmark.js';
import type { SystemFigure } from './system/system-bench.js';
import type { SkippedFigure, WebFigure } from './web/web-bench.js';

interface RatioTarget {
  readonly baseline: string;
  /** The figure's events per second must be at least this share of its baseline's. */
  readonly atLeast: number;
}

// The ledger's code may cost this much over the plain SQL it runs; beyond that it needs a look.
const RATIO_TARGETS: Readonly<Record<string, RatioTarget>> = {
  append_single: { baseline: 'raw_insert_single', atLeast: 0.7 },
  append_batch: { baseline: 'raw_insert_batched', atLeast: 0.7 },
  // Writers on one stream take turns: one command at a time, each a read of the tail and an append.
  command_contended: { baseline: 'raw_insert_single', atLeast: 0.05 },
  read_all: { baseline: 'raw_read', atLeast: 0.8 },
  projection_rebuild: { baseline: 'raw_insert_batched', atLeast: 0.5 },
  export: { baseline: 'raw_read', atLeast: 0.5 },
  offline_verify: { baseline: 'raw_read', atLeast: 0.5 },
};

export const PEAK_MEMORY = 'peak_memory';
const MEMORY_LIMIT_MEBIBYTES = 512;

type Line = Record<string, string | number | boolean>;

/** Prints figures as a table for people or as JSON lines for machines, each with its target's verdict. */
export class BenchReport {
  private readonly rates = new Map<string, number>();

  constructor(private readonly json: boolean) {
    if (!json) {
      const columns = `${'events'.padStart(9)}${'seconds'.padStart(10)}${'events/s'.padStart(11)}${'client cpu s'.padStart(14)}`;
      this.print(`${'figure'.padEnd(20)}${columns}  notes`);
    }
  }

  figure(name: string, sample: Sample): void {
    const eventsPerSecond = sample.events / sample.seconds;
    this.rates.set(name, eventsPerSecond);
    const target = RATIO_TARGETS[name];
    const baselineRate = target && this.rates.get(target.baseline);
    const ratio = baselineRate === undefined ? undefined : eventsPerSecond / baselineRate;
    if (this.json) {
      const line: Line = {
        name,
        events: sample.events,
        seconds: round(sample.seconds, 3),
        eventsPerSecond: Math.round(eventsPerSecond),
        clientCpuSeconds: round(sample.clientCpuSeconds, 3),
        ...sample.extra,
      };
      if (target) Object.assign(line, { baseline: target.baseline, target: target.atLeast });
      if (target && ratio !== undefined) Object.assign(line, { ratio: round(ratio, 3), pass: ratio >= target.atLeast });
      this.print(JSON.stringify(line));
      return;
    }
    const notes = Object.entries(sample.extra ?? {}).map(([key, value]) => `${key} ${value}`);
    if (target) {
      const outcome = ratio === undefined ? `${target.baseline} not measured` : verdict(ratio >= target.atLeast);
      notes.push(`${ratio?.toFixed(2) ?? '?'} × ${target.baseline} (target ≥ ${target.atLeast.toFixed(2)}): ${outcome}`);
    }
    this.print(
      `${name.padEnd(20)}${String(sample.events).padStart(9)}${sample.seconds.toFixed(3).padStart(10)}` +
        `${Math.round(eventsPerSecond).toString().padStart(11)}${sample.clientCpuSeconds.toFixed(3).padStart(14)}  ${notes.join('; ')}`,
    );
  }

  peakMemory(mebibytes: number): void {
    const pass = mebibytes < MEMORY_LIMIT_MEBIBYTES;
    if (this.json) {
      this.print(JSON.stringify({ name: PEAK_MEMORY, mebibytes: round(mebibytes, 1), target: MEMORY_LIMIT_MEBIBYTES, pass }));
      return;
    }
    this.print(`${PEAK_MEMORY.padEnd(64)}  ${mebibytes.toFixed(1)} MiB, target < ${MEMORY_LIMIT_MEBIBYTES} MiB: ${verdict(pass)}`);
  }

  /** The figures of the running system, each beside its baseline, after the ledger's. */
  systemFigures(figures: readonly SystemFigure[]): void {
    if (!this.json) this.print(`\n${'system figure'.padEnd(22)}${'value'.padStart(10)}  ${'unit'.padEnd(13)}${'baseline'.padEnd(24)}${'value'.padStart(9)}${'ratio'.padStart(8)}  targets; notes`);
    for (const figure of figures) {
      const pass = figure.targets.every((target) => target.pass);
      if (this.json) {
        const line: Line = {
          name: figure.name,
          value: round(figure.value, 1),
          unit: figure.unit,
          baseline: figure.baseline,
          baselineValue: round(figure.baselineValue, 1),
          ratio: round(figure.ratio, 3),
          ...Object.fromEntries(Object.entries(figure.extra).map(([key, value]) => [key, round(value, 3)])),
        };
        if (figure.targets.length > 0) Object.assign(line, { targets: figure.targets.map((target) => target.text).join('; '), pass });
        this.print(JSON.stringify(line));
        continue;
      }
      const targets = figure.targets.map((target) => `${target.text}: ${verdict(target.pass)}`);
      const notes = Object.entries(figure.extra).map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
      this.print(
        `${figure.name.padEnd(22)}${figure.value.toFixed(1).padStart(10)}  ${figure.unit.padEnd(13)}${figure.baseline.padEnd(24)}` +
          `${figure.baselineValue.toFixed(1).padStart(9)}${figure.ratio.toFixed(3).padStart(8)}  ${[...targets, ...notes].join('; ')}`,
      );
    }
  }

  /** The web interface's figures, each with its targets, or the reason it was not measured. */
  webFigures(figures: readonly (WebFigure | SkippedFigure)[]): void {
    if (!this.json && figures.length > 0) this.print(`\n${'web figure'.padEnd(22)}${'value'.padStart(10)}  ${'unit'.padEnd(9)}targets; notes`);
    for (const figure of figures) {
      if ('skipped' in figure) {
        this.print(this.json ? JSON.stringify(figure) : `${figure.name.padEnd(22)}${'-'.padStart(10)}  skipped: ${figure.skipped}`);
        continue;
      }
      const pass = figure.targets.every((target) => target.pass);
      if (this.json) {
        const extra = Object.fromEntries(Object.entries(figure.extra).map(([key, value]) => [key, round(value, 1)]));
        const targets = figure.targets.map((target) => target.text).join('; ');
        this.print(JSON.stringify({ name: figure.name, value: round(figure.value, 1), unit: figure.unit, ...extra, targets, pass }));
        continue;
      }
      const targets = figure.targets.map((target) => `${target.text}: ${verdict(target.pass)}`);
      const notes = Object.entries(figure.extra).map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toFixed(1)}`);
      this.print(`${figure.name.padEnd(22)}${figure.value.toFixed(1).padStart(10)}  ${figure.unit.padEnd(9)}${[...targets, ...notes].join('; ')}`);
    }
  }

  private print(line: string): void {
    process.stdout.write(`${line}\n`);
  }
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}
