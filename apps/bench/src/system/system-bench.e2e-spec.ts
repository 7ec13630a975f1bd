import { SystemBench } from './system-bench.js';
import type { SystemSizes } from './system-sizes.js';

// A few records and one round: the code of every figure runs, in seconds.
const TINY: SystemSizes = {
  voters: 4,
  ballotsPerVoter: 2,
  records: [5, 8],
  dispatched: [2, 3],
  timedDispatches: 2,
  reads: 6,
  readers: 2,
  latencySamples: 2,
  rounds: 1,
  maxLoadSeconds: 20,
};

let bench: SystemBench;

beforeAll(async () => {
  bench = await SystemBench.start(process.env.ACCORD_TEST_SERVER_URL!, TINY, () => undefined);
}, 60_000);
afterAll(() => bench?.stop());

describe('the system benchmark', () => {
  it('measures every figure beside its baseline, on records made through the API', async () => {
    const figures = await bench.measure();

    const families = ['http_tally', 'http_members', 'http_appeals', 'http_dashboard', 'http_dispatch'];
    expect(figures.map((figure) => figure.name)).toEqual([
      'http_ballots',
      ...families.flatMap((family) => [`${family}_small`, `${family}_large`]),
      'ryw_latency',
      'live_tally_latency',
      'rss_idle',
      'rss_peak',
      'rss_after_load',
    ]);
    for (const figure of figures) {
      expect({ name: figure.name, positive: figure.value > 0 && figure.baselineValue > 0 && figure.ratio > 0 }).toEqual({ name: figure.name, positive: true });
    }
    expect(figures.find((figure) => figure.name === 'http_members_large')?.extra.records).toBe(8);
    const ballots = figures.find((figure) => figure.name === 'http_ballots')!;
    expect({ warmup: ballots.extra.warmup > 0, baselineWarmup: ballots.extra.baselineWarmup > 0, round1: ballots.extra.round1 > 0, round2: ballots.extra.round2 }).toEqual({
      warmup: true,
      baselineWarmup: true,
      round1: true,
      round2: undefined,
    });

    const { records } = bench;
    const members = (await records.caughtUp('/api/v1/members?limit=50')) as { items: { id: string; membership: string }[] };
    expect(members.items.filter((member) => member.membership === 'full').map((member) => member.id).sort()).toEqual([...records.members].sort());
    expect(records.members).toHaveLength(8);
    const appeals = (await records.caughtUp('/api/v1/appeals?limit=50')) as { items: { id: string }[] };
    expect(appeals.items.map((appeal) => appeal.id).sort()).toEqual([...records.appeals].sort());
    const dashboard = (await records.caughtUp('/api/v1/dashboards/appeals')) as { total: number };
    expect(dashboard.total).toBe(records.appeals.length);

    const readSide = await bench.measureReadSide(1_000);
    expect(readSide.map((figure) => figure.name)).toEqual(['projection_mix', 'rebuild_read_side']);
    for (const figure of readSide) {
      expect(figure).toMatchObject({ unit: 'events/s', baseline: 'raw_insert_batched', baselineValue: 1_000 });
      expect(figure.extra.events).toBeGreaterThan(100);
      expect(figure.ratio).toBeCloseTo(figure.value / 1_000);
    }
  }, 120_000);
});
