import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createDatabase, dropDatabase } from '#accord/postgres';
import { percentile } from '../system/http-client.js';
import { startAccord } from '../system/server-process.js';
import { firstScreenSize } from './first-screen.js';

/** A figure of the web interface with its targets; a figure that could not be measured says why. */
export interface WebFigure {
  readonly name: (typeof WEB_FIGURES)[number];
  readonly unit: 'kB gzip' | 'ms';
  /** kB for the JavaScript, the median for times. */
  readonly value: number;
  readonly targets: readonly { readonly text: string; readonly pass: boolean }[];
  readonly extra: Readonly<Record<string, number>>;
}

export interface SkippedFigure {
  readonly name: (typeof WEB_FIGURES)[number];
  readonly skipped: string;
}

export const WEB_FIGURES = ['web_first_screen_js', 'web_dashboard', 'web_live_tally'] as const;

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** The budget for the first screen's JavaScript. */
const FIRST_SCREEN_LIMIT_KB = 300;
/** "Good" largest contentful paint by the Web Vitals thresholds. */
const DASHBOARD_LIMIT_MS = 2_500;
const LIVE_TALLY_LIMIT_MS = 1_000;
/** The route of the first screen a signed-in secretariat sees; sign-in itself is in the entry chunk. */
const FIRST_SCREEN_ROUTES = ['src/pages/Dashboard.tsx'];
// The demo's public accounts (libs/identity account-bootstrap): the bench runs Accord with --demo.
const DEMO = {
  secretariat: { email: 'secretariat@demo.accord.example', password: 'demo-secretariat-2026' },
  representative: { email: 'representative@demo.accord.example', password: 'demo-representative-2026' },
  committee: { email: 'committee@demo.accord.example', password: 'demo-committee-2026' },
} as const;
const WAIT_MS = 15_000;

export interface WebSizes {
  readonly dashboardRuns: number;
  readonly ballots: number;
}

export const FULL_WEB_SIZES: WebSizes = { dashboardRuns: 15, ballots: 20 };
export const QUICK_WEB_SIZES: WebSizes = { dashboardRuns: 5, ballots: 5 };

/**
 * The web interface measured as its users meet it: the built first screen's JavaScript, and in
 * headless chromium against the real API with the demo data, the dashboard's load and the live tally.
 */
export async function measureWeb(
  options: { webDir: string; serverUrl: string; sizes: WebSizes; selected: (name: string) => boolean },
  log: (message: string) => void,
): Promise<(WebFigure | SkippedFigure)[]> {
  const figures: (WebFigure | SkippedFigure)[] = [];
  if (options.selected('web_first_screen_js')) {
    if (!existsSync(`${options.webDir}/.vite/manifest.json`)) {
      figures.push(skip('web_first_screen_js', `the web interface is not built in ${options.webDir} (npm run build:web)`, log));
    } else {
      const { gzipBytes, rawBytes, files } = await firstScreenSize(options.webDir, FIRST_SCREEN_ROUTES);
      const kB = gzipBytes / 1000;
      figures.push({
        name: 'web_first_screen_js',
        unit: 'kB gzip',
        value: kB,
        targets: [{ text: `≤ ${FIRST_SCREEN_LIMIT_KB} kB gzip`, pass: kB <= FIRST_SCREEN_LIMIT_KB }],
        extra: { files, rawKB: rawBytes / 1000 },
      });
    }
  }
  const inBrowser = WEB_FIGURES.filter((name) => name !== 'web_first_screen_js' && options.selected(name));
  if (inBrowser.length === 0) return figures;
  if (!existsSync(CHROMIUM)) return [...figures, ...inBrowser.map((name) => skip(name, `${CHROMIUM} is missing (apt-get install -y chromium)`, log))];
  if (!existsSync(`${options.webDir}/index.html`)) return [...figures, ...inBrowser.map((name) => skip(name, `the web interface is not built in ${options.webDir}`, log))];

  const name = `accord_web_${randomBytes(6).toString('hex')}`;
  const databaseUrl = await createDatabase(options.serverUrl, name);
  let server: Awaited<ReturnType<typeof startAccord>> | undefined;
  let browser: Browser | undefined;
  try {
    const started = performance.now();
    server = await startAccord({ DATABASE_URL: databaseUrl, ACCORD_JWT_SECRET: randomBytes(32).toString('hex'), REMINDER_INTERVAL_SECONDS: '0' }, ['--demo']);
    log(`web: Accord with the demo data at ${server.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    if (inBrowser.includes('web_dashboard')) figures.push(await dashboardFigure(browser, server.url, options.sizes.dashboardRuns, log));
    if (inBrowser.includes('web_live_tally')) figures.push(await liveTallyFigure(browser, server.url, options.sizes.ballots, log));
  } finally {
    await browser?.close();
    await server?.stop();
    await dropDatabase(options.serverUrl, name);
  }
  return figures;
}

function skip(name: SkippedFigure['name'], reason: string, log: (message: string) => void): SkippedFigure {
  log(`${name} skipped: ${reason}`);
  return { name, skipped: reason };
}

function timeFigure(name: WebFigure['name'], samples: readonly number[], limitMs: number): WebFigure {
  const p95 = percentile(samples, 0.95);
  return {
    name,
    unit: 'ms',
    value: percentile(samples, 0.5),
    targets: [{ text: `p95 < ${limitMs} ms`, pass: p95 < limitMs }],
    extra: { p95Ms: p95, maxMs: Math.max(...samples), samples: samples.length },
  };
}

/** Signs in through the sign-in page, as a person does; the refresh cookie then renews each page's session. */
async function signedInPage(browser: Browser, url: string, account: { email: string; password: string }): Promise<Page> {
  const page = await browser.newContext().then((context) => context.newPage());
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(`${url}/sign-in`);
  await page.getByLabel(/Электронная почта|E-mail/).fill(account.email);
  await page.getByLabel(/^(Пароль|Password)/).fill(account.password);
  await page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/sign-in'));
  return page;
}

/** From navigation to the dashboard's appeal figures on screen: the page loads, renews its session and reads. */
async function dashboardFigure(browser: Browser, url: string, runs: number, log: (message: string) => void): Promise<WebFigure> {
  const page = await signedInPage(browser, url, DEMO.secretariat);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await page.goto(`${url}/dashboard`, { waitUntil: 'commit' });
    await page.locator('[data-testid="appeals-by-status"] tbody tr').first().waitFor();
    samples.push(performance.now() - started);
  }
  await page.context().close();
  log(`web_dashboard: ${samples.map((sample) => sample.toFixed(0)).join(', ')} ms`);
  return timeFigure('web_dashboard', samples, DASHBOARD_LIMIT_MS);
}

async function bearer(url: string, account: { email: string; password: string }): Promise<string> {
  const response = await fetch(new URL('/api/v1/auth/login', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) });
  if (response.status !== 200) throw new Error(`the web bench could not sign in as ${account.email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function post(url: string, path: string, token: string, body: unknown): Promise<{ id: string; position: string }> {
  const response = await fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; position: string };
}

/** From a ballot's 201 to the committee's open resolution page showing the new tally, carried by server-sent events. */
async function liveTallyFigure(browser: Browser, url: string, ballots: number, log: (message: string) => void): Promise<WebFigure> {
  const secretariat = await bearer(url, DEMO.secretariat);
  const representative = await bearer(url, DEMO.representative);
  const drafted = await post(url, '/api/v1/resolutions', secretariat, {
    title: { ru: 'О замере живого подсчёта', en: 'On measuring the live tally' },
    text: { ru: 'Замер задержки живого подсчёта голосов.', en: 'A measurement of the live tally’s delay.' },
    body: { kind: 'general_assembly' },
    rule: 'simple_majority',
  });
  const opened = await post(url, `/api/v1/resolutions/${drafted.id}/voting`, secretariat, {
    closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    venue: { kind: 'online', url: 'https://vote.accord.example/bench' },
    countedBy: [{ ru: 'Секретарь собрания' }],
  });
  await fetch(new URL(`/api/v1/resolutions/${drafted.id}?minPosition=${opened.position}`, url), { headers: { Authorization: `Bearer ${secretariat}` } });

  const page = await signedInPage(browser, url, DEMO.committee);
  await page.goto(`${url}/resolutions/${drafted.id}`);
  await page.getByTestId('count-for').filter({ hasText: '0' }).waitFor();
  const shows = (expected: { for: number; against: number }) =>
    page.waitForFunction(
      ({ votesFor, against }) => {
        const count = (choice: string) => (globalThis as unknown as { document: { querySelector(selector: string): { textContent: string | null } | null } }).document.querySelector(`[data-testid="count-${choice}"]`)?.textContent;
        return count('for') === String(votesFor) && count('against') === String(against);
      },
      { votesFor: expected.for, against: expected.against },
      { polling: 'raf', timeout: WAIT_MS },
    );
  const samples: number[] = [];
  for (let ballot = 0; ballot < ballots; ballot += 1) {
    // The demo organization's ballot flips between for and against: each flip changes both counts.
    const choice = ballot % 2 === 0 ? 'for' : 'against';
    await post(url, `/api/v1/resolutions/${drafted.id}/ballots`, representative, { choice });
    const answered = performance.now();
    await shows(choice === 'for' ? { for: 1, against: 0 } : { for: 0, against: 1 });
    samples.push(performance.now() - answered);
  }
  await page.context().close();
  log(`web_live_tally: ${samples.map((sample) => sample.toFixed(0)).join(', ')} ms`);
  return timeFigure('web_live_tally', samples, LIVE_TALLY_LIMIT_MS);
}
