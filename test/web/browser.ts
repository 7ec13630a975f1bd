import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { serveWebApp } from '#accord/platform';
import { features, seedDemo } from '#accord/composition';
import { createTestApp, type TestApp } from '../support/test-app.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Browser suites run where Debian's chromium is installed (`.ci/run` installs it); elsewhere they say why they skip. */
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable) console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
export const describeInBrowser = browserAvailable ? describe : describe.skip;

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export const DEMO = {
  admin: { email: 'admin@demo.accord.example', password: 'demo-admin-2026' },
  secretariat: { email: 'secretariat@demo.accord.example', password: 'demo-secretariat-2026' },
  representative: { email: 'representative@demo.accord.example', password: 'demo-representative-2026' },
  committee: { email: 'committee@demo.accord.example', password: 'demo-committee-2026' },
  auditor: { email: 'auditor@demo.accord.example', password: 'demo-auditor-2026' },
} as const;
export type DemoRole = keyof typeof DEMO;

export interface WebTestApp {
  readonly testApp: TestApp;
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the web interface into a temporary folder with Vite, the way `npm run build:web` does. */
async function buildWeb(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'accord-web-'));
  await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: process.cwd(),
  });
  return outDir;
}

/** The real API with every feature and the demo data, serving a fresh build of the web interface, and chromium. */
export async function startWebTestApp(): Promise<WebTestApp> {
  const webDir = await buildWeb();
  const testApp = await createTestApp(
    features.filter((entry) => entry.feature.name !== 'identity'),
    {},
    (app, config) => serveWebApp(app, config, webDir),
  );
  await seedDemo(testApp.app);
  const server = testApp.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    testApp,
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await testApp.close();
      await rm(webDir, { recursive: true, force: true });
    },
  };
}

const pendingRequests = new WeakMap<Page, Set<Request>>();

/** Follows the page's requests, but not its server-sent event streams, which stay open for as long as the page shows them. */
function followRequests(page: Page): Set<Request> {
  let pending = pendingRequests.get(page);
  if (!pending) {
    const open = new Set<Request>();
    page.on('request', (started) => {
      if (started.headers()['accept'] !== 'text/event-stream') open.add(started);
    });
    page.on('requestfinished', (finished) => open.delete(finished));
    page.on('requestfailed', (failed) => open.delete(failed));
    pendingRequests.set(page, open);
    pending = open;
  }
  return pending;
}

/**
 * Waits until the page has loaded and made no request for half a second. Playwright's
 * `networkidle` never comes on a page that follows a live stream (the dashboard, an open vote).
 */
export async function settled(page: Page): Promise<void> {
  const pending = followRequests(page);
  await page.waitForLoadState('load');
  const deadline = Date.now() + 30_000;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (Date.now() > deadline) throw new Error(`the page still waits for ${[...pending].map((request) => request.url()).join(', ')}`);
    if (pending.size > 0) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Signs in through the sign-in page as a demo account and waits for its home page. */
export async function signIn(page: Page, url: string, role: DemoRole): Promise<void> {
  followRequests(page);
  await page.goto(`${url}/sign-in`);
  await page.getByLabel(/Электронная почта|E-mail/).fill(DEMO[role].email);
  await page.getByLabel(/^(Пароль|Password)/).fill(DEMO[role].password);
  await page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/sign-in'));
}

let axeSource: string | undefined;

/** Serious and critical axe-core violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  axeSource ??= await readFile(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as a <script>: the page's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', nodes: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await writeFile(join(ARTIFACTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}
