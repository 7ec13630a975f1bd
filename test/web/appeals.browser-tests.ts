import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AssociationCalendar } from '#accord/kernel';
import { screenshot, signIn, type WebTestApp } from './browser.js';

/** An appeal from draft to dispatch and into the journal, then from registration to its closing; field messages of a 400. */
export function appealTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  let secretariat: string;
  beforeAll(async () => {
    web = app();
    secretariat = await web.testApp.tokenFor(['secretariat']);
  }, 120_000);

  const api = () => request(web.testApp.app.getHttpServer());
  // The server's today, and the form's: the Association's day, whatever the hour in UTC.
  const today = () => new AssociationCalendar().today();
  const daysFromToday = (days: number) => new Date(Date.parse(today()) + days * 86_400_000).toISOString().slice(0, 10);

  async function addresseeNamed(q: string): Promise<string> {
    const found = await api().get('/api/v1/addressees').query({ q }).set('Authorization', `Bearer ${secretariat}`).expect(200);
    return found.body.items[0].id;
  }

  /** Given an appeal to the Russian Ministry of Labour, drafted, approved, signed and dispatched today. */
  async function dispatchedAppeal(subject: string): Promise<string> {
    const post = (path: string, body: object) => api().post(path).set('Authorization', `Bearer ${secretariat}`).send(body).expect(201);
    const addresseeId = await addresseeNamed('Министерство труда');
    const { id } = (await post('/api/v1/appeals', { addresseeId, subject: { ru: subject }, text: { ru: 'Просим сообщить о порядке подтверждения квалификации.' } })).body;
    await post(`/api/v1/appeals/${id}/approval`, {});
    await post(`/api/v1/appeals/${id}/signature`, { signatory: { name: 'Иванова Мария Петровна', position: { ru: 'Председатель Совета' } } });
    await post(`/api/v1/appeals/${id}/dispatch`, { dispatchedOn: today(), channel: 'post' });
    return id;
  }

  describe('appeals in the web interface', () => {
    it('shows the secretariat a new appeal on its dashboard as it is drafted, without a reload', async () => {
      const page = await web.browser.newPage();
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/dashboard`);
      const totalRow = page.getByTestId('appeals-by-stage').getByRole('row', { name: /Всего/ });
      await totalRow.waitFor();
      const before = Number((await totalRow.textContent())!.match(/(\d+)\s*$/)![1]);

      const addresseeId = await addresseeNamed('Министерство труда');
      const draft = { addresseeId, subject: { ru: `О порядке найма ${randomUUID().slice(0, 8)}` }, text: { ru: 'Просим разъяснить порядок найма.' } };
      await api().post('/api/v1/appeals').set('Authorization', `Bearer ${secretariat}`).send(draft).expect(201);
      const drafted = Date.now();

      await page.getByTestId('appeals-by-stage').getByRole('row', { name: new RegExp(`Всего\\s*${before + 1}(?!\\d)`) }).waitFor({ timeout: 5000 });
      console.log(`the dashboard showed the new appeal ${Date.now() - drafted} ms after it was drafted`);
      await page.close();
    });

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

    it('lets the secretariat record the registration, an extension, a forwarding, the answer and the closing, each in the timeline with its grounds', async () => {
      const subject = `О подтверждении квалификации ${randomUUID().slice(0, 8)}`;
      const id = await dispatchedAppeal(subject);
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/appeals/${id}`);
      await page.getByRole('heading', { name: subject }).waitFor();
      const timeline = page.getByTestId('timeline');

      await page.getByLabel('Входящий номер').fill('ОГ-14/2356');
      await page.getByRole('button', { name: 'Записать регистрацию адресатом' }).click();
      await page.getByTestId('appeal-stage').filter({ hasText: 'Зарегистрировано адресатом' }).waitFor();
      await timeline.getByText('ОГ-14/2356').waitFor();
      // The deadline names the article it rests on and how sure that figure is.
      await page.getByTestId('deadline').filter({ hasText: '59-FZ art. 12 part 1' }).waitFor();
      await expect(page.getByTestId('deadline-certainty').textContent()).resolves.toContain('проверено по тексту закона');

      await page.getByRole('button', { name: 'Продление срока ответа' }).click();
      await page.getByLabel('Новый срок ответа').fill(daysFromToday(40));
      await page.getByRole('button', { name: 'Записать продление' }).click();
      await timeline.getByText('Срок ответа продлён').waitFor();
      await page.getByTestId('deadline').filter({ hasText: '59-FZ art. 12 part 2' }).waitFor();
      await expect(page.getByTestId('deadline-certainty').textContent()).resolves.toContain('по вторичному источнику');

      await page.getByRole('button', { name: 'Переадресация другому органу' }).click();
      await page.getByRole('combobox', { name: 'Кому переадресовано' }).click();
      await page.getByRole('option', { name: /миграции Министерства внутренних дел/ }).click();
      await page.getByRole('button', { name: 'Записать переадресацию' }).click();
      await timeline.getByText('Переадресовано', { exact: true }).waitFor();
      await page.getByText(/сейчас у адресата: .*миграции/).waitFor();

      await page.getByRole('button', { name: 'Ответ адресата' }).click();
      await page.getByLabel('Номер ответа').fill('№ 15-4/10/В-3456');
      await page.getByRole('combobox', { name: 'Результат' }).click();
      await page.getByRole('option', { name: 'поддержано частично' }).click();
      await page.getByLabel('Краткое содержание ответа (по-русски)').fill('Предложения учтены частично');
      await page.getByRole('button', { name: 'Записать ответ' }).click();
      await page.getByTestId('appeal-stage').filter({ hasText: 'Получен ответ' }).waitFor();
      await timeline.getByText('Предложения учтены частично').waitFor();

      await page.getByLabel('Примечание к закрытию (по-русски)').fill('Ответ передан рабочей группе');
      await page.getByRole('button', { name: 'Закрыть обращение' }).click();
      await page.getByTestId('appeal-stage').filter({ hasText: 'Закрыто' }).waitFor();
      await timeline.getByText('Ответ передан рабочей группе').waitFor();
      const events = await timeline.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')));
      expect(events).toEqual([
        'AppealDrafted',
        'AppealApproved',
        'AppealSigned',
        'AppealDispatched',
        'AppealRegistered',
        'AppealExtended',
        'AppealForwarded',
        'AppealAnswered',
        'AppealClosed',
      ]);
      // Once closed, a follow-up is the one act left.
      await expect(page.getByTestId('appeal-acts').locator('button[aria-expanded]').allTextContents()).resolves.toEqual(['Повторное обращение']);
      await screenshot(page, 'appeal-closed');
      await page.close();
    });

    it('lets the secretariat add a body to the register of addressees and edit it', async () => {
      const name = `Министерство образования ${randomUUID().slice(0, 8)}`;
      const page = await web.browser.newPage();
      page.setDefaultTimeout(8000);
      await signIn(page, web.url, 'secretariat');
      await page.getByRole('link', { name: 'Реестр адресатов' }).click();
      await page.getByRole('heading', { name: 'Реестр адресатов', level: 1 }).waitFor();
      await page.getByLabel('Название (по-русски)').fill(name);
      await page.getByLabel(/^Страна \(код ISO/).fill('KG');
      await page.getByRole('combobox', { name: 'Вид органа' }).last().click();
      await page.getByRole('option', { name: 'министерство' }).click();
      await page.getByRole('button', { name: 'Внести в реестр' }).click();
      await page.getByTestId('addressees').getByText(name).waitFor();

      await page.getByRole('button', { name: `Изменить: ${name}` }).click();
      const edit = page.getByTestId('addressee-edit');
      await edit.getByLabel('Название (по-английски)').fill('Ministry of Education');
      await edit.getByRole('button', { name: 'Сохранить изменения' }).click();
      await edit.waitFor({ state: 'detached' });
      // The list reads at the revision's position, so a search by the new English name finds the body at once.
      await page.getByLabel('Поиск по названию').fill('Ministry of Education');
      await page.getByTestId('addressees').getByText(name).waitFor();
      await screenshot(page, 'addressees');
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
