import request from 'supertest';
import { screenshot, signIn, type WebTestApp } from './browser.js';

/** The representative's home (powers of attorney, its card, its voting record), moments in the Association's zone, and API tokens. */
export function peopleTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  beforeAll(async () => {
    web = app();
  }, 120_000);

  const api = () => request(web.testApp.app.getHttpServer());

  describe('the representative’s view', () => {
    it('shows the organization’s card and its voting record, with the open assembly vote not yet cast', async () => {
      const page = await web.browser.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, web.url, 'representative');
      const card = page.getByTestId('organization-card');
      await card.getByText('Представители').waitFor();
      await expect(card.getByText('полноправный член').count()).resolves.toBe(1);
      await expect(card.textContent()).resolves.toContain('Россия');
      const record = page.getByTestId('voting-record');
      const assembly = record.getByRole('row', { name: /Об утверждении программы стажировок на 2027 год/ });
      await assembly.waitFor();
      await expect(assembly.textContent()).resolves.toMatch(/не голосовала|За|Против|Воздержался/);
      await page.getByTestId('open-votes').getByRole('link', { name: 'Об утверждении программы стажировок на 2027 год' }).waitFor();
      await screenshot(page, 'representative');
      await page.close();
    });

    it('lets a representative grant a power of attorney, shows the rule when the same votes are covered twice (422), and revokes it', async () => {
      const page = await web.browser.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, web.url, 'representative');
      const form = page.getByTestId('grant-power');
      await form.getByLabel(/^Кому/).click();
      const option = page.getByRole('option').first();
      const proxy = (await option.textContent())!.trim();
      await option.click();
      await form.getByLabel(/^Действует по/).fill('2027-06-30');
      await form.getByLabel(/^SHA-256/).fill('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
      await form.getByRole('button', { name: 'Выдать доверенность' }).click();
      const row = page.getByTestId('powers').getByRole('row', { name: new RegExp(`Выдана организации «${proxy}»`) });
      await row.filter({ hasText: 'действует' }).waitFor();
      await expect(row.textContent()).resolves.toContain('все голосования общего собрания');
      await expect(row.textContent()).resolves.toContain('по 30 июня 2027');

      // The same votes again: the principal may have only one power in force for them.
      await form.getByLabel(/^Кому/).click();
      await page.getByRole('option', { name: proxy }).click();
      await form.getByLabel(/^Действует по/).fill('2027-06-30');
      await form.getByLabel(/^SHA-256/).fill('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
      await form.getByRole('button', { name: 'Выдать доверенность' }).click();
      const refusal = form.locator('[role="alert"][data-status="422"]');
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toContain('Действие не выполнено по правилу');
      await screenshot(page, 'power-of-attorney-422');

      await row.getByRole('button', { name: 'Отозвать', exact: true }).click();
      await row.getByLabel(/^Причина \(по-русски\)/).fill('Представитель сам будет на собрании');
      await row.getByRole('button', { name: 'Отозвать доверенность' }).click();
      await page.getByTestId('powers').getByRole('row', { name: new RegExp(`Выдана организации «${proxy}»`) }).filter({ hasText: 'отозвана' }).waitFor();
      await screenshot(page, 'power-of-attorney-revoked');
      await page.close();
    });
  });

  describe('moments in the Association’s time zone', () => {
    it('names the zone beside every moment, in both languages', async () => {
      const page = await web.browser.newPage();
      await signIn(page, web.url, 'representative');
      const closesAt = page.getByTestId('closes-at').first();
      await closesAt.waitFor();
      await expect(closesAt.textContent()).resolves.toMatch(/\d{2}:\d{2} \(Москва, стандартное время\)/);
      await page.getByText('EN', { exact: true }).click();
      await page.locator('html[lang="en"]').waitFor();
      await expect(closesAt.textContent()).resolves.toMatch(/\d{2}:\d{2} \(Moscow Standard Time\)/);
      await page.getByText('RU', { exact: true }).click();
      await page.close();
    });

    it('follows the zone the server is configured with', async () => {
      const page = await web.browser.newPage();
      // As a server started with ACCORD_TIME_ZONE=Asia/Tashkent would publish it.
      await page.route('**/app-config.json', (route) => route.fulfill({ json: { timeZone: 'Asia/Tashkent' } }));
      await signIn(page, web.url, 'representative');
      const closesAt = page.getByTestId('closes-at').first();
      await closesAt.waitFor();
      await expect(closesAt.textContent()).resolves.toMatch(/\d{2}:\d{2} \(Узбекистан, стандартное время\)/);
      await page.close();
    });
  });

  describe('API tokens', () => {
    it('lets the administrator issue a token that is shown once and works, then revoke it', async () => {
      const page = await web.browser.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, web.url, 'admin');
      await page.getByRole('button', { name: 'Управление: auditor@demo.accord.example' }).click();
      const managed = page.getByTestId('managed-account');
      await managed.getByLabel(/^Название токена/).fill('Выгрузка для ревизии');
      await managed.getByRole('group', { name: 'Роли токена' }).getByLabel('ревизор').check();
      await managed.getByRole('button', { name: 'Выпустить токен' }).click();
      const secret = (await managed.getByTestId('token-secret').textContent())!.trim();
      expect(secret).toMatch(/^accord_/);
      await expect(managed.getByTestId('issued-token').textContent()).resolves.toContain('больше его не покажет');
      await screenshot(page, 'api-token-issued');
      await api().get('/api/v1/ledger/verification').set('Authorization', `Bearer ${secret}`).expect(200);

      await page.reload();
      await page.getByRole('button', { name: 'Управление: auditor@demo.accord.example' }).click();
      const token = page.getByTestId('api-tokens').getByRole('row', { name: /Выгрузка для ревизии/ });
      await token.filter({ hasText: 'действует' }).waitFor();
      await expect(page.getByTestId('token-secret').count()).resolves.toBe(0);
      await expect(page.getByText(secret).count()).resolves.toBe(0);

      await token.getByRole('button', { name: 'Отозвать токен' }).click();
      await page.getByTestId('api-tokens').getByRole('row', { name: /Выгрузка для ревизии/ }).filter({ hasText: 'отозван' }).waitFor();
      await api().get('/api/v1/ledger/verification').set('Authorization', `Bearer ${secret}`).expect(401);
      await page.close();
    });
  });
}
