import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { AccessTokens } from '#accord/identity';
import type { Role } from '#accord/kernel';
import { createDatabase, createPool, dropDatabase } from '#accord/postgres';
import { AccordRecords } from './accord-records.js';
import { HttpClient, loadLoop, percentile, type HttpAnswer, type LoadResult } from './http-client.js';
import { ReadSideBench, type ReadSideRun } from './read-side-bench.js';
import { startAccord, startPlain, type ServerProcess } from './server-process.js';
import type { SystemSizes } from './system-sizes.js';

/** A figure of the running system beside its baseline from the same run, with its targets. */
export interface SystemFigure {
  readonly name: string;
  readonly unit: 'requests/s' | 'ballots/s' | 'dispatches/s' | 'events/s' | 'ms' | 'MiB';
  /** The median over the rounds: a rate, or for `ms` the median round's p99. */
  readonly value: number;
  readonly baseline: string;
  readonly baselineValue: number;
  /** value / baselineValue. */
  readonly ratio: number;
  readonly targets: readonly { readonly text: string; readonly pass: boolean }[];
  readonly extra: Readonly<Record<string, number>>;
}

const SIGNING_KEY = randomBytes(32).toString('hex');
const tokens = new AccessTokens(SIGNING_KEY, 6 * 3600);
// The first administrator, created by the server on its first start; the bench signs in as it once.
const ADMIN = { email: 'bench-admin@accord.example', password: randomBytes(18).toString('base64url') };

/**
 * A bearer token for the bench's signed-in account with these roles (and organization), as sign-in
 * would issue it: the server checks it against that account's session in the ledger. One real
 * account stands in for the many organizations' representatives, so that making hundreds of
 * accounts (each with a deliberately slow password hash) does not dominate the run.
 */
type TokenFor = (roles: Role[], organizationId: string | null) => string;

async function signedInAs(url: string): Promise<TokenFor> {
  const response = await fetch(new URL('/api/v1/auth/login', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (response.status !== 200) throw new Error(`the bench could not sign in: ${response.status} ${await response.text()}`);
  const { account } = (await response.json()) as { account: { id: string } };
  const signInId = randomUUID();
  return (roles, organizationId) => tokens.sign({ accountId: account.id, roles, organizationId, signInId, sessionEpoch: 0 }).token;
}
const CHOICES = ['for', 'against', 'abstain'] as const;
type Choice = (typeof CHOICES)[number];
type Counts = Record<Choice, number>;
// Concurrent dispatches all take the next number from the same year's register.
const DISPATCHERS = 4;
const SIZE_NAMES = ['small', 'large'] as const;
const SSE_TIMEOUT_MS = 10_000;
/** The number of the ballots' warm-up round, before round 1. */
const WARM_UP = 0;

/** The names of the system figures, in the order they are reported. */
export const SYSTEM_FIGURES = [
  'http_ballots',
  ...['http_tally', 'http_members', 'http_appeals', 'http_dashboard', 'http_dispatch'].flatMap((family) => [`${family}_small`, `${family}_large`]),
  'ryw_latency',
  'live_tally_latency',
  'rss_idle',
  'rss_peak',
  'rss_after_load',
  'projection_mix',
  'rebuild_read_side',
] as const;

/** The ledger figure the read side's figures are measured against: the fastest write path. */
export const READ_SIDE_BASELINE = 'raw_insert_batched';

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rateOf = (result: LoadResult) => result.requests / result.seconds;
const tallyCounts = (tally: unknown): Counts => {
  const { for: votesFor, against, abstain } = tally as Counts;
  return { for: votesFor, against, abstain };
};

/**
 * Accord's API and a plain node:http + pg server, each in its own process on the same throwaway
 * database, measured over loopback HTTP in alternating rounds. Every Accord record is made through
 * the API's commands.
 */
export class SystemBench {
  private readonly rates = new Map<string, LoadResult[]>();
  private readonly latencies = new Map<string, { p50: number; p99: number }[]>();
  private readonly memory = new Map<string, number>();
  private readonly recordCounts = new Map<string, number>();
  /** Per size, the dispatches of each round sent again after a conflict. */
  private readonly dispatchConflicts = new Map<string, number[]>();
  private readonly representatives = new Map<string, string>();
  /** The choice each organization's counted ballot holds on the ballots' resolution. */
  private readonly counted = new Map<string, Choice>();
  private accordStopped = false;

  private constructor(
    private readonly sizes: SystemSizes,
    private readonly log: (message: string) => void,
    private readonly database: { url: string; drop(): Promise<void> },
    private readonly accord: ServerProcess,
    private readonly plain: ServerProcess,
    readonly http: HttpClient,
    private readonly plainHttp: HttpClient,
    private readonly secretariat: string,
    private readonly tokenFor: TokenFor,
    readonly records: AccordRecords,
  ) {}

  /** Starts both servers on a new database of the server at `serverUrl`. */
  static async start(serverUrl: string, sizes: SystemSizes, log: (message: string) => void): Promise<SystemBench> {
    const name = `accord_system_${randomBytes(6).toString('hex')}`;
    const url = await createDatabase(serverUrl, name);
    const database = { url, drop: () => dropDatabase(serverUrl, name) };
    const environment = { DATABASE_URL: url, ACCORD_JWT_SECRET: SIGNING_KEY };
    const started: ServerProcess[] = [];
    try {
      started.push(
        // One secretariat account makes every record: at full size it sends more than the per-account
        // rate limit allows in a minute, and the plain baseline has no such limit either.
        await startAccord({
          ...environment,
          REMINDER_INTERVAL_SECONDS: '0',
          RATE_LIMIT_REQUESTS: '0',
          ACCORD_ADMIN_EMAIL: ADMIN.email,
          ACCORD_ADMIN_PASSWORD: ADMIN.password,
        }),
      );
      started.push(await startPlain(environment));
    } catch (error) {
      await Promise.all(started.map((server) => server.stop()));
      await database.drop();
      throw error;
    }
    const [accord, plain] = started;
    const sockets = Math.max(sizes.voters, sizes.readers);
    const http = new HttpClient(accord.url, sockets);
    const tokenFor = await signedInAs(accord.url);
    const secretariat = tokenFor(['secretariat'], null);
    log(`system: Accord at ${accord.url}, the plain server at ${plain.url}, database ${name}`);
    return new SystemBench(sizes, log, database, accord, plain, http, new HttpClient(plain.url, sockets), secretariat, tokenFor, new AccordRecords(http, secretariat));
  }

  /** Measures every figure of the running server, in rounds. */
  async measure(): Promise<SystemFigure[]> {
    await this.recordMemory('idle');
    const { voters, rounds } = this.sizes;
    await this.records.growMembers(voters);
    const ballotsResolution = await this.records.openResolution();
    // Both servers start cold (compiling, filling their caches and pools) and warm up over their first
    // requests, the plain one most: a round before the measured ones, reported apart, lets the rounds
    // compare warm servers. Its ballots go to the same streams, so their history still grows.
    await this.measureBallots(ballotsResolution, WARM_UP);
    for (let round = 1; round <= rounds; round += 1) {
      await this.measureBallots(ballotsResolution, round);
      await this.measureLatencies(ballotsResolution, round);
    }
    for (const [index, size] of SIZE_NAMES.entries()) {
      const resolutionId = await this.prepareRecords(index);
      for (let round = 1; round <= rounds; round += 1) await this.measureReads(size, resolutionId, round);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await this.recordMemory('after_load');
    return this.figures();
  }

  async stop(): Promise<void> {
    this.http.close();
    this.plainHttp.close();
    await Promise.all([this.stopAccord(), this.plain.stop()]);
    await this.database.drop();
  }

  private async stopAccord(): Promise<void> {
    if (this.accordStopped) return;
    this.accordStopped = true;
    await this.accord.stop();
  }

  /**
   * `projection_mix` (the shared runner applying the whole ledger to emptied read models) and
   * `rebuild_read_side` (every read model rebuilt at once), with the server stopped so that the
   * bench's runner holds the projections' locks. The ledger is the mix of events the figures above
   * made through the API's commands. `baseline` is the events per second of the fastest write path.
   */
  async measureReadSide(baseline: number): Promise<SystemFigure[]> {
    await this.stopAccord();
    const bench = await ReadSideBench.open(this.database.url);
    const runs = { projection_mix: [] as ReadSideRun[], rebuild_read_side: [] as ReadSideRun[] };
    try {
      for (let round = 1; round <= this.sizes.rounds; round += 1) {
        runs.projection_mix.push(await bench.replayLive());
        runs.rebuild_read_side.push(await bench.rebuild());
        const rates = Object.entries(runs).map(([name, done]) => `${name} ${Math.round(done.at(-1)!.events / done.at(-1)!.seconds)} events/s`);
        this.log(`system round ${round}/${this.sizes.rounds}: ${rates.join(', ')} over ${runs.projection_mix.at(-1)!.events} events`);
      }
    } finally {
      await bench.close();
    }
    return Object.entries(runs).map(([name, done]) => {
      const value = median(done.map((run) => run.events / run.seconds));
      const ratio = baseline === 0 ? 0 : value / baseline;
      return {
        name,
        unit: 'events/s',
        value,
        baseline: READ_SIDE_BASELINE,
        baselineValue: baseline,
        ratio,
        targets: [{ text: `≥ 0.2 × ${READ_SIDE_BASELINE}`, pass: ratio >= 0.2 }],
        extra: { events: done[0].events, seconds: median(done.map((run) => run.seconds)) },
      };
    });
  }

  private representative(organizationId: string): string {
    let token = this.representatives.get(organizationId);
    if (token === undefined) {
      token = this.tokenFor(['representative'], organizationId);
      this.representatives.set(organizationId, token);
    }
    return token;
  }

  /** A round of ballots and of the plain server's POSTs; round `WARM_UP` is kept apart from the measured ones. */
  private async measureBallots(resolutionId: string, round: number): Promise<void> {
    const { voters, ballotsPerVoter, maxLoadSeconds } = this.sizes;
    const voter = (worker: number) => this.records.members[worker];
    const choice = (worker: number, iteration: number) => CHOICES[(worker + iteration + round) % 3];
    const [plain, ballots] = round === WARM_UP ? ['plain_post_warmup', 'http_ballots_warmup'] : ['plain_post', 'http_ballots'];
    this.add(plain, await loadLoop(voters, ballotsPerVoter, maxLoadSeconds, 201, (worker, iteration) =>
      this.plainHttp.post('/records', this.representative(voter(worker)), { choice: choice(worker, iteration) }),
    ));
    this.add(ballots, await loadLoop(voters, ballotsPerVoter, maxLoadSeconds, 201, (worker, iteration) => {
      this.counted.set(voter(worker), choice(worker, iteration));
      return this.http.post(`/api/v1/resolutions/${resolutionId}/ballots`, this.representative(voter(worker)), { choice: choice(worker, iteration) });
    }));
    this.progress(round, [plain, ballots]);
  }

  /** From a write's 201 to the read that shows it: plain POST → GET, ballot → tally with `minPosition`, ballot → server-sent tally. */
  private async measureLatencies(resolutionId: string, round: number): Promise<void> {
    const samples = this.sizes.latencySamples;
    const plain: number[] = [];
    for (let sample = 0; sample < samples; sample += 1) {
      const token = this.representative(this.records.members[0]);
      const written = await this.plainHttp.post('/records', token, { choice: 'for' });
      const answered = performance.now();
      await this.expect(this.plainHttp.get(`/records?after=${Number((written.body as { id: string }).id) - 1}`, token), 200);
      plain.push(performance.now() - answered);
    }
    this.addLatency('plain_read_after_write', plain);

    const tallyPath = `/api/v1/resolutions/${resolutionId}/tally`;
    // The latencies are of a read side that has caught up: the ballots of the load above may still be applying.
    await this.caughtUpWith(tallyPath, (await this.ballot(resolutionId, this.records.members[0])).position);
    const ryw: number[] = [];
    let lastPosition = '';
    for (let sample = 0; sample < samples; sample += 1) {
      const { position, answered } = await this.ballot(resolutionId, this.records.members[0]);
      const tally = await this.expect(this.http.get(`${tallyPath}?minPosition=${position}`, this.secretariat), 200);
      if (tally.headers['stale-read'] === 'true') throw new Error('the tally answered stale within READ_WAIT_MS');
      ryw.push(performance.now() - answered);
      lastPosition = position;
    }
    this.addLatency('ryw_latency', ryw);

    const stream = await TallyStream.open(this.accord.url, `${tallyPath}/stream`, this.secretariat);
    try {
      const counts = tallyCounts(await this.http.ok(`${tallyPath}?minPosition=${lastPosition}`, this.secretariat));
      const live: number[] = [];
      const organizationId = this.records.members[1];
      for (let sample = 0; sample < samples; sample += 1) {
        const before = this.counted.get(organizationId);
        const { answered, choice } = await this.ballot(resolutionId, organizationId);
        if (before) counts[before] -= 1;
        counts[choice] += 1;
        const arrived = await stream.until((tally) => CHOICES.every((each) => tally[each] === counts[each]));
        live.push(Math.max(0, arrived - answered));
      }
      this.addLatency('live_tally_latency', live);
    } finally {
      stream.close();
    }
    this.progress(round, ['plain_read_after_write', 'ryw_latency', 'live_tally_latency']);
  }

  /** Asks for `path` with `minPosition` until it is answered fresh, however long the backlog takes. */
  private async caughtUpWith(path: string, position: string): Promise<void> {
    for (;;) {
      const answer = await this.expect(this.http.get(`${path}?minPosition=${position}`, this.secretariat), 200);
      if (answer.headers['stale-read'] !== 'true') return;
    }
  }

  /** The organization's ballot flips between for and against. */
  private async ballot(resolutionId: string, organizationId: string): Promise<{ position: string; answered: number; choice: Choice }> {
    const choice: Choice = this.counted.get(organizationId) === 'for' ? 'against' : 'for';
    const answer = await this.expect(this.http.post(`/api/v1/resolutions/${resolutionId}/ballots`, this.representative(organizationId), { choice }), 201);
    const answered = performance.now();
    this.counted.set(organizationId, choice);
    return { position: (answer.body as { position: string }).position, answered, choice };
  }

  /** Members, appeals, dispatches and a resolution every member voted on, at the size's count; the plain table at the same count. */
  private async prepareRecords(index: number): Promise<string> {
    const count = this.sizes.records[index];
    const started = performance.now();
    await this.records.growMembers(count);
    const resolutionId = await this.records.openResolution();
    // A token signed for each ballot, not kept: at full size the kept tokens would be a hundred thousand.
    await this.records.everyMemberVotes(resolutionId, (organizationId) => this.tokenFor(['representative'], organizationId));
    await this.records.growDispatched(this.sizes.dispatched[index], DISPATCHERS);
    await this.records.growAppeals(count);
    const generated = ((performance.now() - started) / 1000).toFixed(1);
    // The reads are timed on read models that hold every record, not while they catch up.
    await this.records.caughtUp('/api/v1/appeals?limit=1');
    const pool = createPool(this.database.url, 1);
    try {
      await pool.query(
        `INSERT INTO plain.records (organization_id, choice)
         SELECT gen_random_uuid(), 'for' FROM generate_series(1, $1 - (SELECT count(*) FROM plain.records))`,
        [count],
      );
      // Every table of both servers, as the baseline's alone used to be: autovacuum's pass over the
      // tables just filled would otherwise fall inside the timed reads of whichever came later.
      await pool.query('VACUUM ANALYZE');
    } finally {
      await pool.end();
    }
    const size = SIZE_NAMES[index];
    this.recordCounts.set(size, count);
    this.recordCounts.set(`dispatched_${size}`, this.records.dispatched);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    this.log(
      `system: ${count} members, ballots and appeals, ${this.records.dispatched} dispatched, made through the API in ${generated} s ` +
        `(${this.records.commands} commands so far), the read side caught up and the tables vacuumed by ${seconds} s`,
    );
    return resolutionId;
  }

  private async measureReads(size: (typeof SIZE_NAMES)[number], resolutionId: string, round: number): Promise<void> {
    const { reads, readers, maxLoadSeconds, timedDispatches } = this.sizes;
    const perReader = Math.ceil(reads / readers);
    const rows = this.recordCounts.get(size)!;
    const reading = (path: string) => loadLoop(readers, perReader, maxLoadSeconds, 200, () => this.http.get(path, this.secretariat));
    // Nor while they apply the dispatches of the round before.
    await this.records.caughtUp('/api/v1/appeals?limit=1');
    this.add(`plain_get_${size}`, await loadLoop(readers, perReader, maxLoadSeconds, 200, () =>
      this.plainHttp.get(`/records?after=${Math.floor(Math.random() * Math.max(1, rows - 50))}`, this.secretariat),
    ));
    this.add(`http_tally_${size}`, await reading(`/api/v1/resolutions/${resolutionId}/tally`));
    this.add(`http_members_${size}`, await reading('/api/v1/members?limit=50'));
    this.add(`http_appeals_${size}`, await reading('/api/v1/appeals?limit=50'));
    this.add(`http_dashboard_${size}`, await reading('/api/v1/dashboards/appeals'));
    // Each dispatcher sends the same number.
    const perDispatcher = Math.ceil(timedDispatches / DISPATCHERS);
    const ready = await this.records.signedAppeals(perDispatcher * DISPATCHERS);
    const conflictsBefore = this.records.dispatchConflicts;
    this.add(`http_dispatch_${size}`, await loadLoop(DISPATCHERS, perDispatcher, maxLoadSeconds, 201, (worker, iteration) =>
      this.records.dispatch(ready[iteration * DISPATCHERS + worker]),
    ));
    this.dispatchConflicts.set(size, [...(this.dispatchConflicts.get(size) ?? []), this.records.dispatchConflicts - conflictsBefore]);
    await this.recordMemory('peak');
    const names = ['plain_get', 'http_tally', 'http_members', 'http_appeals', 'http_dashboard', 'http_dispatch'];
    this.progress(round, names.map((name) => `${name}_${size}`));
  }

  private add(name: string, result: LoadResult): void {
    this.rates.set(name, [...(this.rates.get(name) ?? []), result]);
  }

  private addLatency(name: string, milliseconds: readonly number[]): void {
    this.latencies.set(name, [...(this.latencies.get(name) ?? []), { p50: percentile(milliseconds, 0.5), p99: percentile(milliseconds, 0.99) }]);
  }

  private async recordMemory(moment: 'idle' | 'peak' | 'after_load'): Promise<void> {
    for (const [server, process] of [['accord', this.accord], ['plain', this.plain]] as const) {
      const { rssMebibytes, peakMebibytes } = await process.memory();
      this.memory.set(`${server}_${moment}`, moment === 'peak' ? peakMebibytes : rssMebibytes);
    }
  }

  private async expect(answer: Promise<HttpAnswer>, status: number): Promise<HttpAnswer> {
    const settled = await answer;
    if (settled.status !== status) throw new Error(`expected ${status}, the server answered ${settled.status}: ${JSON.stringify(settled.body)}`);
    return settled;
  }

  private progress(round: number, names: readonly string[]): void {
    const parts = names.map((name) => {
      const rate = this.rates.get(name)?.at(-1);
      const latency = this.latencies.get(name)?.at(-1);
      return rate ? `${name} ${Math.round(rateOf(rate))}/s` : `${name} p99 ${latency!.p99.toFixed(1)} ms`;
    });
    this.log(`system ${round === WARM_UP ? 'warm-up round' : `round ${round}/${this.sizes.rounds}`}: ${parts.join(', ')}`);
  }

  private figures(): SystemFigure[] {
    const rate = (name: string) => median(this.rates.get(name)!.map(rateOf));
    const p99 = (name: string) => median(this.latencies.get(name)!.map((latency) => latency.p99));
    const p50 = (name: string) => median(this.latencies.get(name)!.map((latency) => latency.p50));
    const figures: SystemFigure[] = [];
    const push = (name: string, unit: SystemFigure['unit'], value: number, baseline: string, baselineValue: number, targets: SystemFigure['targets'], extra: Record<string, number> = {}) =>
      figures.push({ name, unit, value, baseline, baselineValue, ratio: baselineValue === 0 ? 0 : value / baselineValue, targets, extra });
    const atLeast = (share: number, ratio: number, of: string) => ({ text: `≥ ${share} × ${of}`, pass: ratio >= share });

    const ballotRounds = this.rates.get('http_ballots')!.map(rateOf);
    const ballots = rate('http_ballots');
    const post = rate('plain_post');
    const flatness = Math.min(...ballotRounds) / Math.max(...ballotRounds);
    push('http_ballots', 'ballots/s', ballots, 'plain_post', post, [atLeast(0.3, ballots / post, 'plain_post'), { text: 'flat across rounds (slowest ≥ 0.7 × fastest)', pass: flatness >= 0.7 }], {
      voters: this.sizes.voters,
      ballotsPerVoter: this.sizes.ballotsPerVoter,
      p99Ms: median(this.rates.get('http_ballots')!.map((result) => result.p99Milliseconds)),
      baselineP99Ms: median(this.rates.get('plain_post')!.map((result) => result.p99Milliseconds)),
      ...Object.fromEntries(ballotRounds.map((value, index) => [`round${index + 1}`, Math.round(value)])),
      flatness,
      warmup: Math.round(rate('http_ballots_warmup')),
      baselineWarmup: Math.round(rate('plain_post_warmup')),
    });
    for (const family of ['http_tally', 'http_members', 'http_appeals', 'http_dashboard', 'http_dispatch']) {
      for (const size of SIZE_NAMES) {
        const name = `${family}_${size}`;
        const value = rate(name);
        const dispatch = family === 'http_dispatch';
        const baseline = dispatch ? 'plain_post' : `plain_get_${size}`;
        const baselineValue = rate(baseline);
        const targets = dispatch ? [] : [atLeast(0.3, value / baselineValue, baseline)];
        if (size === 'large') targets.push(atLeast(0.7, value / rate(`${family}_small`), `${family}_small`));
        const records: Record<string, number> = dispatch
          ? { dispatchedInYear: this.recordCounts.get(`dispatched_${size}`)!, conflicts: median(this.dispatchConflicts.get(size)!) }
          : { records: this.recordCounts.get(size)! };
        push(name, dispatch ? 'dispatches/s' : 'requests/s', value, baseline, baselineValue, targets, {
          ...records,
          p99Ms: median(this.rates.get(name)!.map((result) => result.p99Milliseconds)),
        });
      }
    }
    const plainLatency = p99('plain_read_after_write');
    const latencyTargets = { ryw_latency: 50, live_tally_latency: 150 } as const;
    for (const [name, limit] of Object.entries(latencyTargets)) {
      push(name, 'ms', p99(name), 'plain_read_after_write', plainLatency, [{ text: `p99 < ${limit} ms`, pass: p99(name) < limit }], {
        p50Ms: p50(name),
        baselineP50Ms: p50('plain_read_after_write'),
      });
    }
    for (const moment of ['idle', 'peak', 'after_load'] as const) {
      push(`rss_${moment}`, 'MiB', this.memory.get(`accord_${moment}`)!, `plain_rss_${moment}`, this.memory.get(`plain_${moment}`)!, []);
    }
    return figures;
  }
}

/** A client of the tally's server-sent events: the latest tally and when each arrived. */
class TallyStream {
  private waiter: { test: (tally: Counts) => boolean; resolve: (at: number) => void } | undefined;
  private latest: { tally: Counts; at: number } | undefined;

  private constructor(private readonly close_: () => void) {}

  static open(baseUrl: string, path: string, token: string): Promise<TallyStream> {
    return new Promise((resolve, reject) => {
      // A connection of its own, never returned to a keep-alive pool.
      const headers = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
      const outgoing = request(new URL(path, baseUrl), { headers, agent: false }, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`the tally stream answered ${response.statusCode}`));
        const stream = new TallyStream(() => outgoing.destroy());
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const data = buffer.slice(0, end).split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5)).join('\n');
            buffer = buffer.slice(end + 2);
            if (data.trim() !== '') stream.received(tallyCounts(JSON.parse(data)));
          }
        });
        response.on('error', () => undefined);
        resolve(stream);
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  /** When the first tally passing `test` arrived: the latest one if it already passes. */
  until(test: (tally: Counts) => boolean): Promise<number> {
    if (this.latest && test(this.latest.tally)) return Promise.resolve(this.latest.at);
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no server-sent tally within ${SSE_TIMEOUT_MS} ms`)), SSE_TIMEOUT_MS);
      this.waiter = {
        test,
        resolve: (at) => {
          clearTimeout(timeout);
          resolve(at);
        },
      };
    });
  }

  close(): void {
    this.close_();
  }

  private received(tally: Counts): void {
    this.latest = { tally, at: performance.now() };
    if (this.waiter?.test(tally)) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve(this.latest.at);
    }
  }
}
