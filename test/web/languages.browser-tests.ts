import type { Page } from 'playwright-core';
import request from 'supertest';
import { en } from '../../apps/web/src/i18n/en.ts';
import { ru } from '../../apps/web/src/i18n/ru.ts';
import { screenshot, seriousViolations, settled, signIn, type DemoRole, type WebTestApp } from './browser.js';

/** Every main screen in both languages without a stray label or raw key, and without serious axe-core violations. */
export function languageTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  let resolutionId: string;
  let appealId: string;
  let closedId: string;
  let memberId: string;
  let workingGroupId: string;

  beforeAll(async () => {
    web = app();
    const secretariat = await web.testApp.tokenFor(['secretariat']);
    const drafted = await request(web.testApp.app.getHttpServer())
      .post('/api/v1/resolutions')
      .set('Authorization', `Bearer ${secretariat}`)
      .send({
        title: { ru: 'О плане работы на 2027 год', en: 'On the work plan for 2027' },
        text: { ru: 'Утвердить план работы.', en: 'To approve the work plan.' },
        body: { kind: 'general_assembly' },
        rule: 'simple_majority',
      })
      .expect(201);
    resolutionId = drafted.body.id;
    await request(web.testApp.app.getHttpServer())
      .get(`/api/v1/resolutions/${resolutionId}?minPosition=${drafted.body.position}`)
      .set('Authorization', `Bearer ${secretariat}`)
      .expect(200);
    const appeals = await request(web.testApp.app.getHttpServer()).get('/api/v1/appeals?status=overdue&limit=1').set('Authorization', `Bearer ${secretariat}`).expect(200);
    appealId = appeals.body.items[0].id;
    const closed = await request(web.testApp.app.getHttpServer()).get('/api/v1/resolutions?status=closed&limit=1').set('Authorization', `Bearer ${secretariat}`).expect(200);
    closedId = closed.body.items[0].id;
    const members = await request(web.testApp.app.getHttpServer()).get('/api/v1/members?status=applied&limit=1').set('Authorization', `Bearer ${secretariat}`).expect(200);
    memberId = members.body.items[0].id;
    const groups = await request(web.testApp.app.getHttpServer()).get('/api/v1/working-groups?status=active').set('Authorization', `Bearer ${secretariat}`).expect(200);
    workingGroupId = groups.body.items.find((group: { overdueDeliverables: number }) => group.overdueDeliverables > 0).id;
  }, 120_000);

  type Catalogue = Record<string, Record<string, string>>;
  const texts = (catalogue: Catalogue) => Object.values(catalogue).flatMap((section) => Object.values(section));
  /**
   * A rendered text is a label of this catalogue (and not of the other) when it is one of its texts, or
   * starts with the fixed start of one that takes values (`Participation: {{participants}} …`).
   */
  function labelsOf(catalogue: Catalogue, other: Catalogue): (text: string) => boolean {
    const shared = new Set(texts(other));
    const own = texts(catalogue).filter((text) => !shared.has(text));
    const whole = new Set(own.filter((text) => !text.includes('{{')));
    const starts = own
      .filter((text) => text.includes('{{'))
      .map((text) => text.split('{{')[0].trim())
      .filter((start) => start.length >= 4);
    return (text) => whole.has(text) || starts.some((start) => text.startsWith(start));
  }
  const RU_ONLY = labelsOf(ru, en);
  const EN_ONLY = labelsOf(en, ru);
  const RAW_KEY = new RegExp(`\\b(${Object.keys(ru).join('|')})\\.[a-zA-Z]+\\b`);

  /**
   * Every text node and accessible label of the page, one per entry. A part marked as written in
   * another language (`lang`, such as the English copy of the minutes) is not the interface's text.
   */
  const renderedTexts = (page: Page) =>
    page.evaluate(() => {
      type Element = { closest(selector: string): { getAttribute(name: string): string | null } | null };
      const doc = (globalThis as unknown as { document: { body: unknown; documentElement: { lang: string }; createTreeWalker(root: unknown, filter: number): { nextNode(): { textContent: string | null; parentElement: Element | null } | null }; querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }> } }).document;
      const found: string[] = [];
      const walker = doc.createTreeWalker(doc.body, 4);
      const interfaceLanguage = (node: { parentElement: Element | null }) => (node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? doc.documentElement.lang) === doc.documentElement.lang;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim() && interfaceLanguage(node)) found.push(node.textContent.trim());
      for (const element of doc.querySelectorAll('[aria-label]')) found.push(element.getAttribute('aria-label') ?? '');
      return found;
    });

  /** Labels of the other language, and catalogue keys that were never translated. */
  async function strayLabels(page: Page, language: 'ru' | 'en'): Promise<string[]> {
    const foreign = language === 'ru' ? EN_ONLY : RU_ONLY;
    return (await renderedTexts(page)).filter((text) => RAW_KEY.test(text) || foreign(text));
  }

  /** The language switch itself: a screen may show country codes such as `RU` as well. */
  const languageSwitch = (page: Page) => page.getByRole('radiogroup', { name: /^(Язык интерфейса|Interface language)$/ });

  const SCREENS: [DemoRole, string, () => string][] = [
    ['secretariat', 'dashboard', () => '/dashboard'],
    ['secretariat', 'resolutions', () => '/resolutions'],
    ['secretariat', 'resolution', () => `/resolutions/${resolutionId}`],
    ['secretariat', 'appeals', () => '/appeals'],
    ['secretariat', 'appeal', () => `/appeals/${appealId}`],
    ['secretariat', 'journal', () => '/appeals/journal'],
    ['secretariat', 'addressees', () => '/appeals/addressees'],
    ['secretariat', 'resolution-draft', () => '/resolutions/new'],
    ['committee', 'decisions', () => '/resolutions/decisions'],
    ['committee', 'closed-resolution', () => `/resolutions/${closedId}`],
    ['committee', 'minutes', () => `/resolutions/${closedId}/minutes`],
    ['representative', 'votes', () => '/votes'],
    ['secretariat', 'members', () => '/members'],
    ['secretariat', 'member', () => `/members/${memberId}`],
    ['committee', 'founding', () => '/founding'],
    ['secretariat', 'working-groups', () => '/working-groups'],
    ['secretariat', 'working-group', () => `/working-groups/${workingGroupId}`],
    ['auditor', 'ledger', () => '/ledger'],
    ['auditor', 'history', () => `/history/appeal-${appealId}`],
    ['admin', 'accounts', () => '/accounts'],
  ];

  describe('languages and accessibility', () => {
    it.each(SCREENS)('the %s’s %s screen is whole in Russian, then in English, then in Russian again, and accessible in both', async (role, name, path) => {
      const page = await web.browser.newPage();
      await signIn(page, web.url, role);
      await page.goto(`${web.url}${path()}`);
      await settled(page);
      await page.locator('h1').waitFor();
      await expect(strayLabels(page, 'ru')).resolves.toEqual([]);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await screenshot(page, `${name}-ru`);

      await languageSwitch(page).getByText('EN', { exact: true }).click();
      await page.locator('html[lang="en"]').waitFor();
      await settled(page);
      await expect(strayLabels(page, 'en')).resolves.toEqual([]);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await screenshot(page, `${name}-en`);

      await languageSwitch(page).getByText('RU', { exact: true }).click();
      await page.locator('html[lang="ru"]').waitFor();
      await expect(strayLabels(page, 'ru')).resolves.toEqual([]);
      await page.close();
    });

    it('remembers the language per account', async () => {
      const page = await web.browser.newPage();
      await signIn(page, web.url, 'auditor');
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Event log' }).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in$/);
      await page.getByText('RU', { exact: true }).click();
      await signIn(page, web.url, 'auditor');
      await page.getByRole('heading', { name: 'Event log' }).waitFor();
      await page.close();
    });

    it('the sign-in page is accessible', async () => {
      const page = await web.browser.newPage();
      await page.goto(`${web.url}/sign-in`);
      await page.getByRole('heading', { name: 'Вход в Accord' }).waitFor();
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await screenshot(page, 'sign-in');
      await page.close();
    });
  });
}
