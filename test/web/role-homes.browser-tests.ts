import type { Page } from 'playwright-core';
import { screenshot, settled, signIn, type DemoRole, type WebTestApp } from './browser.js';

/** Every role signs in and lands on its home; sessions survive a reload and end on sign-out; a refused screen. */
export function roleHomeTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  beforeAll(async () => {
    web = app();
  }, 120_000);

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

  describe('the web interface', () => {
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
      await settled(page);
      await screenshot(page, `home-${role}`);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('shows the secretariat the demo data’s numbers on its dashboard, each beside its chart, and leads from an overdue deliverable to its group', async () => {
      const { page } = await newPage();
      await signIn(page, web.url, 'secretariat');
      const started = Date.now();
      await page.goto(`${web.url}/dashboard`);
      const table = page.getByTestId('appeals-by-status');
      await table.getByRole('row', { name: /Всего\s*5/ }).waitFor();
      console.log(`the dashboard showed its numbers ${Date.now() - started} ms after navigation (with the session renewal)`);
      await expect(table.getByRole('row', { name: /Срок ответа пропущен\s*\d/ }).first().textContent()).resolves.toMatch(/[1-9]$/);
      await expect(page.getByRole('img', { name: /Диаграмма: обращения по сроку ответа/ }).count()).resolves.toBe(1);
      await page.getByTestId('appeals-by-stage').getByRole('row', { name: /Всего\s*5/ }).waitFor();
      await expect(page.getByRole('img', { name: /Диаграмма: обращения по этапам/ }).count()).resolves.toBe(1);
      await page.getByTestId('overdue').getByRole('link').first().waitFor();
      await page.getByTestId('participation').first().waitFor();
      await page.getByTestId('overdue-deliverables').getByRole('link').first().click();
      await page.waitForURL(/\/working-groups\/[0-9a-f-]+$/);
      await page.locator('[data-overdue="true"]').first().waitFor();
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
}
