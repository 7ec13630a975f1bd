import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ARTIFACTS, screenshot, signIn, type WebTestApp } from './browser.js';

/** The secretariat's drafting, amending and opening of a resolution; a competence refusal; the printable minutes. */
export function draftingTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  beforeAll(async () => {
    web = app();
  }, 120_000);

  describe('drafting resolutions and their minutes in the web interface', () => {
    it('lets the secretariat draft a resolution, amend it and open voting, with each version kept', async () => {
      const title = `О программе обучения ${randomUUID().slice(0, 8)}`;
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/resolutions`);
      await page.getByRole('link', { name: 'Новая резолюция' }).click();
      await page.getByLabel('Название (по-русски)').fill(title);
      await page.getByLabel('Название (по-английски)').fill('On the training programme');
      await page.getByLabel('Текст резолюции (по-русски)').fill('Утвердить программу обучения.');
      await page.getByLabel('Текст резолюции (по-английски)').fill('To approve the training programme.');
      await page.getByTestId('competence').filter({ hasText: 'каждый орган решает вопросы своей работы' }).waitFor();
      await page.getByRole('button', { name: 'Сохранить проект резолюции' }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();

      await page.getByRole('button', { name: 'Новая редакция текста' }).click();
      await page.getByLabel('Текст резолюции (по-русски)').fill('Утвердить программу обучения на 2027 год.');
      await page.getByRole('button', { name: 'Сохранить новую редакцию' }).click();
      await page.getByTestId('resolution-text').filter({ hasText: 'Утвердить программу обучения на 2027 год.' }).waitFor();
      await expect(page.getByTestId('versions').getByText(/^Редакция \d$/).allTextContents()).resolves.toEqual(['Редакция 1', 'Редакция 2']);

      await page.getByRole('button', { name: 'Открытие голосования' }).click();
      await page.getByLabel(/Время завершения/).fill(new Date(Date.now() + 3_600_000).toISOString());
      await page.getByLabel('Ссылка на онлайн-голосование').fill('https://vote.accord.example/training');
      await page.getByLabel('Кто подсчитывает голоса').fill('Секретарь собрания И. И. Иванова');
      await page.getByRole('button', { name: 'Открыть голосование' }).click();
      await page.getByTestId('participation').waitFor();
      await expect(page.getByTestId('electorate').locator('li').count()).resolves.toBeGreaterThan(0);
      await screenshot(page, 'resolution-opened');
      await page.close();
    });

    it('shows the competence rule’s refusal (422) when the council is to expel a member, and keeps the form', async () => {
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/resolutions/new`);
      await page.getByLabel('Название (по-русски)').fill('Об исключении из членов');
      await page.getByLabel('Текст резолюции (по-русски)').fill('Исключить организацию из членов Объединения.');
      await page.getByRole('combobox', { name: 'Орган, который голосует' }).click();
      await page.getByRole('option', { name: 'Совет' }).click();
      await page.getByRole('combobox', { name: 'Что решается' }).click();
      await page.getByRole('option', { name: 'исключение из членов' }).click();
      await page.getByRole('combobox', { name: 'Организация', exact: true }).click();
      await page.getByRole('option').first().click();
      // The competence table warns before the API refuses.
      await page.getByTestId('competence').filter({ hasText: 'не соответствуют таблице компетенции' }).waitFor();
      await page.getByRole('button', { name: 'Сохранить проект резолюции' }).click();
      const refusal = page.locator('[role="alert"][data-status="422"]');
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toContain('исключительной компетенции общего собрания');
      await expect(page.getByLabel('Название (по-русски)').inputValue()).resolves.toBe('Об исключении из членов');
      await screenshot(page, 'drafting-422');
      await page.close();
    });

    it('shows the minutes of the demo’s closed council vote in Russian and English, prints them without the navigation and makes an A4 PDF', async () => {
      const committee = await web.testApp.tokenFor(['committee']);
      const closed = await request(web.testApp.app.getHttpServer()).get('/api/v1/resolutions?status=closed').set('Authorization', `Bearer ${committee}`).expect(200);
      const council = closed.body.items.find((item: { title: { ru: string } }) => item.title.ru === 'О плане работы Совета на 2027 год');
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'committee');
      await page.goto(`${web.url}/resolutions/${council.id}`);
      await page.getByTestId('outcome').waitFor();
      await page.getByTestId('minutes-link').click();
      const russian = page.getByTestId('minutes-ru');
      const english = page.getByTestId('minutes-en');
      await russian.getByText('Совет Объединения', { exact: true }).waitFor();
      await english.getByText('Council of the Association', { exact: true }).waitFor();
      await expect(russian.getAttribute('lang')).resolves.toBe('ru');
      await expect(english.getByText(/^For: \d+$/).count()).resolves.toBe(1);
      await expect(russian.getByText(/^За: \d+$/).count()).resolves.toBe(1);
      await screenshot(page, 'minutes');

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('nav').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Печать' }).isVisible()).resolves.toBe(false);
      await expect(english.isVisible()).resolves.toBe(true);
      await screenshot(page, 'minutes-print');
      const pdf = await page.pdf({ format: 'A4' });
      await writeFile(join(ARTIFACTS, 'minutes.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.close();
    });
  });
}
