import { randomUUID } from 'node:crypto';
import { screenshot, signIn, type WebTestApp } from './browser.js';

/** An appeal from draft to dispatch and into the journal; field messages of a 400. */
export function appealTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  beforeAll(async () => {
    web = app();
  }, 120_000);

  describe('appeals in the web interface', () => {
    it('lets the secretariat draft, approve, sign and dispatch an appeal, then find it in the journal', async () => {
      const subject = `О квотах на привлечение работников ${randomUUID().slice(0, 8)}`;
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/appeals`);
      await page.getByRole('heading', { name: 'Обращения', level: 1 }).waitFor();

      await page.getByLabel('Адресат', { exact: true }).first().click();
      await page.getByRole('option', { name: /\(RU\)$/ }).first().click();
      await page.getByLabel('Тема (по-русски)').fill(subject);
      await page.getByLabel('Текст письма (по-русски)').fill('Просим разъяснить порядок установления квот.');
      await page.getByRole('button', { name: 'Сохранить проект' }).click();
      await page.getByRole('heading', { name: subject }).waitFor();
      await page.getByTestId('appeal-stage').filter({ hasText: 'Проект' }).waitFor();

      await page.getByRole('button', { name: 'Одобрить проект' }).click();
      await page.getByLabel('Кто подписал').fill('Иванова Мария Петровна');
      await page.getByLabel('Должность (по-русски)').fill('Председатель Совета');
      await page.getByRole('button', { name: 'Записать подпись' }).click();
      await page.getByRole('button', { name: 'Записать отправку' }).click();
      await page.getByRole('button', { name: 'Записать регистрацию адресатом' }).waitFor();
      await expect(page.getByTestId('timeline').locator('tbody tr').count()).resolves.toBe(4);
      await screenshot(page, 'appeal');

      await page.getByRole('link', { name: 'Журнал корреспонденции' }).click();
      await page.getByRole('heading', { name: 'Журнал исходящей корреспонденции' }).waitFor();
      await page.getByTestId('journal').getByRole('link', { name: subject }).waitFor();
      await screenshot(page, 'journal');
      await page.close();
    });

    it('lets an auditor follow an appeal to its history in the ledger, and hides the link from the secretariat', async () => {
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'auditor');
      await page.goto(`${web.url}/appeals`);
      await page.getByTestId('appeals').getByRole('link').first().click();
      await page.getByTestId('history-link').click();
      await page.getByRole('heading', { name: 'История записи', level: 1 }).waitFor();
      await page.getByTestId('history').getByText('AppealDrafted', { exact: true }).waitFor();
      await expect(page.getByTestId('history').locator('tbody tr').count()).resolves.toBeGreaterThan(1);
      await screenshot(page, 'history');

      const secretariat = await web.browser.newPage();
      await signIn(secretariat, web.url, 'secretariat');
      await secretariat.goto(page.url().replace(/\/history\/.*$/, '/appeals'));
      await secretariat.getByTestId('appeals').getByRole('link').first().click();
      await secretariat.getByTestId('appeal-stage').waitFor();
      await expect(secretariat.getByTestId('history-link').count()).resolves.toBe(0);
      await page.close();
      await secretariat.close();
    });

    it('shows the API’s field messages next to the fields and keeps what was typed', async () => {
      const page = await web.browser.newPage();
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/appeals`);
      await page.getByLabel('Тема (по-русски)').fill('Тема без адресата');
      await page.getByRole('button', { name: 'Сохранить проект' }).click();
      await page.locator('[role="alert"][data-status="400"]').waitFor();
      await expect(page.getByLabel('Текст письма (по-русски)').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.getByLabel('Тема (по-русски)').inputValue()).resolves.toBe('Тема без адресата');
      await page.close();
    });
  });
}
