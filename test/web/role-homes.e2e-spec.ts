import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, signIn, startWebTestApp, type DemoRole, type WebTestApp } from './browser.js';

let web: WebTestApp;

beforeAll(async () => {
  web = await startWebTestApp();
}, 120_000);
afterAll(() => web?.close());

/** A page that records what the browser complains about: script errors and Content-Security-Policy refusals. */
async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await web.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // A 401 of the first session renewal before sign-in is expected; a refused script or style is not.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  return { page, problems };
}

describeInBrowser('the web interface', () => {
  it.each<[DemoRole, string, RegExp]>([
    ['secretariat', '/dashboard', /Панель секретариата/],
    ['committee', '/resolutions', /Резолюции и голосования/],
    ['representative', '/votes', /Голосования вашей организации/],
    ['auditor', '/ledger', /Журнал событий/],
    ['admin', '/accounts', /Учётные записи/],
  ])('signs the %s in and lands on its home page %s', async (role, home, heading) => {
    const { page, problems } = await newPage();
    await signIn(page, web.url, role);
    expect(new URL(page.url()).pathname).toBe(home);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `home-${role}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the user signed in across a reload and signs out for good', async () => {
    const { page } = await newPage();
    await signIn(page, web.url, 'auditor');
    await page.reload();
    await page.getByRole('heading', { name: 'Журнал событий' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/ledger');
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'accord_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    await expect(page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).resolves.not.toContain('accord_refresh');

    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.goto(`${web.url}/ledger`);
    await page.waitForURL(/\/sign-in$/);
    await page.close();
  });

  it('tells a representative that the secretariat dashboard is not open to it', async () => {
    const { page } = await newPage();
    await signIn(page, web.url, 'representative');
    await page.goto(`${web.url}/dashboard`);
    await page.getByRole('heading', { name: 'Доступ закрыт' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('представитель');
    await screenshot(page, 'refused');
    await page.close();
  });
});
