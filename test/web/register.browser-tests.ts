import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { screenshot, signIn, type DemoRole, type WebTestApp } from './browser.js';

/** The demo's Indian observer, found by its registry number. */
const OBSERVER_REGISTRY_NUMBER = 'DEMO-U74999DL2026PTC000001';

/** The member register, the founding and the working groups, as the secretariat and the committee use them. */
export function registerTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  beforeAll(async () => {
    web = app();
  }, 120_000);

  async function openAs(role: DemoRole, path: string): Promise<Page> {
    const page = await web.browser.newPage();
    page.setDefaultTimeout(8000);
    await signIn(page, web.url, role);
    await page.goto(`${web.url}${path}`);
    return page;
  }

  describe('the member register in the web interface', () => {
    it('finds an organization by its national identifier, filters by country and shows the counts beside their charts', async () => {
      const page = await openAs('secretariat', '/members');
      await page.getByRole('heading', { name: 'Реестр членов', level: 1 }).waitFor();
      await page.getByLabel('Национальный идентификатор (ОГРН, ИНН, БИН…)').fill(OBSERVER_REGISTRY_NUMBER.toLowerCase());
      await page.getByTestId('members').getByRole('link', { name: 'Демо-агентство «Бхарат Оверсиз Плейсмент»' }).waitFor();
      await expect(page.getByTestId('members').locator('tbody tr').count()).resolves.toBe(1);

      await page.getByLabel('Национальный идентификатор (ОГРН, ИНН, БИН…)').fill('');
      await page.getByRole('combobox', { name: 'Страна', exact: true }).click();
      await page.getByRole('option', { name: 'AM', exact: true }).click();
      await page.getByTestId('members').getByText('В приёме отказано').waitFor();
      await expect(page.getByTestId('members').locator('tbody tr').count()).resolves.toBe(2);
      await expect(page.getByTestId('by-country').locator('tr', { hasText: 'AM' }).innerText()).resolves.toMatch(/AM\s+2/);
      await screenshot(page, 'members');
      await page.close();
    });

    it('shows an organization’s card with its status history, legal dates, representatives and its earlier application', async () => {
      const page = await openAs('committee', '/members');
      await page.getByLabel('Поиск по названию или идентификатору').fill('Ереван');
      await page.getByTestId('members').locator('tr', { hasText: 'Заявление подано' }).getByRole('link').click();
      await page.getByRole('heading', { name: 'Демо-центр профессионального обучения «Ереван Скиллс»', level: 1 }).waitFor();
      await page.getByTestId('representatives').getByText(/Анаит Саргсян, директор/).waitFor();
      await expect(page.getByTestId('status-history').locator('tbody tr').count()).resolves.toBe(1);
      await expect(page.getByTestId('member-acts').count()).resolves.toBe(0);

      await page.getByTestId('previous-member').click();
      await page.getByTestId('status-history').getByText('Не представлены учредительные документы').waitFor();
      await expect(page.getByTestId('status-history').locator('tbody tr').count()).resolves.toBe(2);
      await page.getByTestId('next-member').waitFor();
      await expect(page.getByTestId('member-history').getByText('MembershipApplicationRejected', { exact: true }).count()).resolves.toBe(1);
      await screenshot(page, 'member');
      await page.close();
    });

    it('lets the secretariat record an application through its form and shows the new card', async () => {
      const name = `Демо-агентство «Проверка ${randomUUID().slice(0, 8)}»`;
      const page = await openAs('secretariat', '/members');
      const form = page.locator('form');
      await form.getByLabel('Название (по-русски)').fill(name);
      await form.getByLabel('Страна (код ISO, например RU)').fill('IN');
      await form.getByLabel('Категория').click();
      await page.getByRole('option', { name: 'Частное агентство занятости' }).click();
      await form.getByLabel('Организационно-правовая форма (по-русски)').fill('Частная компания');
      await form.getByLabel('Регистрационный номер').fill(`DEMO-${randomUUID().slice(0, 12)}`);
      await form.getByLabel('Электронная почта организации').fill('office@check.demo.example');
      await form.getByLabel('Уполномоченный представитель (ФИО)').fill('Радж Кумар');
      await form.getByLabel('Должность представителя (по-русски)').fill('директор');
      await form.getByLabel('Электронная почта представителя').fill('head@check.demo.example');
      await form.getByRole('button', { name: 'Записать заявление' }).click();

      await page.getByRole('heading', { name, level: 1 }).waitFor();
      await page.getByTestId('status-history').getByText('Заявление подано').waitFor();
      await page.getByTestId('member-acts').getByRole('button', { name: 'Принять в члены' }).waitFor();
      await page.close();
    });

    it('shows the API’s field messages on an empty application, and a rule’s message on an admission decided in the future', async () => {
      const page = await openAs('secretariat', '/members');
      const application = page.locator('form');
      await application.getByLabel('Название (по-английски)').fill('Unfinished Agency');
      await application.getByRole('button', { name: 'Записать заявление' }).click();
      await page.locator('[role="alert"][data-status="400"]').waitFor();
      await expect(application.getByLabel('Название (по-русски)').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(application.getByLabel('Название (по-английски)').inputValue()).resolves.toBe('Unfinished Agency');

      await page.getByLabel('Поиск по названию или идентификатору').fill('Ереван');
      await page.getByTestId('members').locator('tr', { hasText: 'Заявление подано' }).getByRole('link').click();
      await page.getByTestId('member-acts').getByRole('button', { name: 'Принять в члены' }).click();
      const admission = page.getByTestId('member-acts').locator('form').first();
      await admission.getByLabel('Реквизиты протокола').fill('Протокол общего собрания № 9');
      await admission.getByLabel('Дата решения').fill('2099-01-01');
      await admission.getByRole('button', { name: 'Принять в члены' }).click();
      await admission.locator('[role="alert"][data-status="422"]').waitFor();
      await expect(admission.getByLabel('Реквизиты протокола').inputValue()).resolves.toBe('Протокол общего собрания № 9');
      await page.getByTestId('status-history').getByText('Заявление подано').waitFor();
      await page.close();
    });
  });

  describe('the founding in the web interface', () => {
    it('shows the founding’s stages as a timeline with the date of each, the founders and a charter draft’s text', async () => {
      const page = await openAs('committee', '/founding');
      await page.getByRole('heading', { name: 'Учреждение Объединения', level: 1 }).waitFor();
      const stages = page.getByTestId('founding-timeline').locator('[data-state="done"]');
      await expect(stages.count()).resolves.toBe(8);
      await expect(stages.first().innerText()).resolves.toMatch(/Инициатива объявлена\s+\d{1,2} [а-я]+ \d{4}/);
      await expect(page.getByTestId('founders').locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(5);
      await page.getByTestId('charter-drafts').getByRole('button').first().click();
      await expect(page.getByTestId('charter-text').first().innerText()).resolves.toMatch(/\S{20}/);
      await screenshot(page, 'founding');
      await page.close();
    });
  });

  describe('working groups in the web interface', () => {
    it('marks an overdue deliverable on a group’s page and lets the secretariat add a deliverable through its form', async () => {
      const title = `Обзор практики набора ${randomUUID().slice(0, 8)}`;
      const page = await openAs('secretariat', '/working-groups');
      await page.getByRole('heading', { name: 'Рабочие группы', level: 1 }).waitFor();
      await page.getByTestId('working-groups').locator('tbody tr').first().waitFor();
      const rows = await page.getByTestId('working-groups').locator('tbody tr').all();
      const overdueRow = (await Promise.all(rows.map(async (row) => ((await row.locator('td').nth(4).innerText()) !== '0' ? row : null)))).find(Boolean)!;
      await overdueRow.getByRole('link').click();

      const overdue = page.locator('[data-testid="deliverables"] tr[data-overdue="true"]');
      await overdue.first().waitFor();
      await expect(overdue.first().innerText()).resolves.toMatch(/просрочено на \d+ (день|дня|дней)[\s\S]*Просрочен/);

      await page.getByTestId('group-acts').getByRole('button', { name: 'Добавить результат' }).click();
      const form = page.getByTestId('group-acts').locator('form').filter({ has: page.getByLabel('Название результата (по-русски)') });
      await form.getByLabel('Название результата (по-русски)').fill(title);
      await form.getByLabel('Срок').fill('2099-12-31');
      await form.getByRole('button', { name: 'Добавить результат' }).click();
      await page.getByTestId('deliverables').locator('tr', { hasText: title }).getByText('В работе').waitFor();
      await screenshot(page, 'working-group');
      await page.close();
    });
  });
}
