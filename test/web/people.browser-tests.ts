import request from 'supertest';
import { DEMO, screenshot, signIn, type WebTestApp } from './browser.js';

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

  describe('votes under a power of attorney', () => {
    it('lets the representative cast another organization’s ballot under the power it holds, labelled with that organization’s name', async () => {
      const secretariat = await web.testApp.tokenFor(['secretariat']);
      const admin = await web.testApp.tokenFor(['admin']);
      const accounts = await api().get(`/api/v1/accounts?q=${DEMO.representative.email}`).set('Authorization', `Bearer ${admin}`).expect(200);
      const own: string = accounts.body.items[0].organizationId;
      const votes = await api().get('/api/v1/resolutions?status=voting&body=general_assembly').set('Authorization', `Bearer ${secretariat}`).expect(200);
      const assembly = votes.body.items.find((vote: { title: { ru: string } }) => vote.title.ru === 'Об утверждении программы стажировок на 2027 год');
      const record = (await api().get(`/api/v1/resolutions/${assembly.id}`).set('Authorization', `Bearer ${secretariat}`).expect(200)).body;
      const principal = record.electorate.find((member: { organizationId: string }) => member.organizationId !== own);
      const principalToken = await web.testApp.tokenFor(['representative'], principal.organizationId);
      // Given: the principal's representative registers a power for the demo organization.
      const granted = await api()
        .post('/api/v1/powers-of-attorney')
        .set('Authorization', `Bearer ${principalToken}`)
        .send({
          proxyOrganizationId: own,
          documentSha256: 'b'.repeat(64),
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          validUntil: new Date(Date.now() + 86_400_000).toISOString(),
          scope: { kind: 'resolution', resolutionId: assembly.id },
        })
        .expect(201);
      await api().get(`/api/v1/powers-of-attorney/${granted.body.id}?minPosition=${granted.body.position}`).set('Authorization', `Bearer ${principalToken}`).expect(200);

      const page = await web.browser.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, web.url, 'representative');
      const ballot = page.getByRole('radiogroup', { name: `Бюллетень организации «${principal.name.ru}» по доверенности` });
      const card = page.getByTestId('proxy-votes').locator('.mantine-Card-root').filter({ has: ballot });
      await card.getByRole('radio', { name: 'Против' }).check();
      await card.getByRole('button', { name: 'Проголосовать' }).click();
      await card.getByTestId('ballot-state').filter({ hasText: 'Ваш голос учтён: Против' }).waitFor();
      await expect(page.getByTestId('powers').getByRole('row', { name: /Получена от организации/ }).textContent()).resolves.toContain('голосование «Об утверждении программы стажировок на 2027 год»');
      await screenshot(page, 'representative-proxy-ballot');

      const ballots = (await api().get(`/api/v1/resolutions/${assembly.id}`).set('Authorization', `Bearer ${secretariat}`).expect(200)).body.ballots;
      expect(ballots.find((entry: { organizationId: string }) => entry.organizationId === principal.organizationId)).toMatchObject({
        choice: 'against',
        proxy: { powerOfAttorneyId: granted.body.id, proxyOrganizationId: own },
      });
      await api()
        .post(`/api/v1/powers-of-attorney/${granted.body.id}/revocation`)
        .set('Authorization', `Bearer ${principalToken}`)
        .send({ reason: { ru: 'Голосование по доверенности проверено' } })
        .expect(201);
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

  describe('accounts', () => {
    it('lets the administrator bind a representative to another organization, change its roles, deactivate it and reactivate it', async () => {
      const admin = await web.testApp.tokenFor(['admin']);
      const email = `delegate-${Date.now()}@ngo.example`;
      const members = await api().get('/api/v1/members?status=admitted').set('Authorization', `Bearer ${admin}`).expect(200);
      const [first, second] = members.body.items as { id: string; name: { ru: string } }[];
      await api()
        .post('/api/v1/accounts')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'Делегат организации', email, password: 'delegate-password-2026', roles: ['representative'], organizationId: first.id })
        .expect(201);
      const page = await web.browser.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, web.url, 'admin');
      const row = page.getByTestId('accounts').getByRole('row', { name: new RegExp(email) });
      await page.getByRole('button', { name: `Управление: ${email}` }).click();
      const managed = page.getByTestId('managed-account');

      await row.filter({ hasText: first.name.ru }).waitFor();
      await managed.getByLabel('Организация-член, от имени которой действует представитель').click();
      await page.getByRole('option', { name: second.name.ru }).click();
      await managed.getByRole('button', { name: 'Привязать к организации' }).click();
      await row.filter({ hasText: second.name.ru }).waitFor();

      await managed.getByRole('group', { name: 'Роли', exact: true }).getByLabel('комитет').check();
      await managed.getByRole('button', { name: 'Сохранить роли' }).click();
      await row.filter({ hasText: 'представитель, комитет' }).waitFor();

      await managed.getByLabel(/^Причина отключения/).fill('Сменился представитель организации');
      await managed.getByRole('button', { name: 'Отключить учётную запись' }).click();
      await row.filter({ hasText: 'отключена' }).waitFor();
      await screenshot(page, 'account-deactivated');
      await managed.getByRole('button', { name: 'Включить учётную запись снова' }).click();
      await row.filter({ hasText: 'действует' }).waitFor();
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
