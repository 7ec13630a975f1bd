import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { screenshot, signIn, type WebTestApp } from './browser.js';

/** Ballots, the live tally, and the answers of the API (422, 409) on the opening form. */
export function votingTests(app: () => WebTestApp): void {
  let web: WebTestApp;
  let secretariat: string;

  beforeAll(async () => {
    web = app();
    secretariat = await web.testApp.tokenFor(['secretariat']);
  }, 120_000);

  const api = () => request(web.testApp.app.getHttpServer());

  /** Given a draft put to the general assembly, whose electorate includes the demo representative's organization. */
  async function draft(title: string): Promise<{ id: string; position: string }> {
    const body = {
      title: { ru: title, en: `${title} (en)` },
      text: { ru: 'Утвердить программу стажировок на 2027 год.', en: 'To approve the internship programme for 2027.' },
      body: { kind: 'general_assembly' },
      rule: 'simple_majority',
    };
    return (await api().post('/api/v1/resolutions').set('Authorization', `Bearer ${secretariat}`).send(body).expect(201)).body;
  }

  async function openVote(title: string): Promise<string> {
    const { id } = await draft(title);
    const opening = {
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      venue: { kind: 'online', url: 'https://vote.accord.example/assembly' },
      countedBy: [{ ru: 'Секретарь собрания И. И. Иванова' }],
    };
    const opened = (await api().post(`/api/v1/resolutions/${id}/voting`).set('Authorization', `Bearer ${secretariat}`).send(opening).expect(201)).body;
    await api().get(`/api/v1/resolutions/${id}?minPosition=${opened.position}`).set('Authorization', `Bearer ${secretariat}`).expect(200);
    return id;
  }

  describe('voting in the web interface', () => {
    it('shows the committee a representative’s ballot live, without a reload', async () => {
      const id = await openVote(`О программе стажировок ${randomUUID().slice(0, 8)}`);
      const committee = await web.browser.newPage();
      await signIn(committee, web.url, 'committee');
      await committee.goto(`${web.url}/resolutions/${id}`);
      await committee.getByTestId('count-for').filter({ hasText: '0' }).waitFor();

      const representative = await web.browser.newPage();
      await signIn(representative, web.url, 'representative');
      await representative.getByRole('link', { name: /О программе стажировок/ }).first().waitFor();
      await representative.goto(`${web.url}/resolutions/${id}`);
      await representative.getByRole('radio', { name: 'За' }).check();
      await representative.getByRole('button', { name: 'Проголосовать' }).click();
      const counted = Date.now();
      await representative.getByTestId('ballot-state').filter({ hasText: 'Ваш голос учтён: За' }).waitFor();

      await committee.getByTestId('count-for').filter({ hasText: '1' }).waitFor({ timeout: 5000 });
      console.log(`the committee page showed the new tally ${Date.now() - counted} ms after the ballot was sent`);
      await expect(committee.getByTestId('participation').textContent()).resolves.toMatch(/Участие: 1 из \d+/);
      await screenshot(committee, 'resolution-committee');
      await screenshot(representative, 'resolution-representative');

      await representative.getByRole('radio', { name: 'Против' }).check();
      await representative.getByRole('button', { name: 'Проголосовать' }).click();
      await representative.getByTestId('ballot-state').filter({ hasText: 'Голос изменён: было «За», стало «Против»' }).waitFor();
      await committee.getByTestId('count-against').filter({ hasText: '1' }).waitFor({ timeout: 5000 });
      await expect(committee.getByTestId('count-for').textContent()).resolves.toBe('0');
      await committee.close();
      await representative.close();
    });

    it('shows a rule the API enforces (422) next to the form and keeps what was typed', async () => {
      const { id } = await draft('О сроке голосования');
      const page = await web.browser.newPage();
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/resolutions/${id}`);
      await page.getByLabel(/Время завершения/).fill('2020-01-01T10:00:00+03:00');
      await page.getByLabel('Ссылка на онлайн-голосование').fill('https://vote.accord.example/a');
      await page.getByLabel('Кто подсчитывает голоса').fill('Секретарь И. И. Иванова');
      await page.getByRole('button', { name: 'Открыть голосование' }).click();
      const alert = page.locator('[role="alert"][data-status="422"]');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('Действие не выполнено по правилу');
      await expect(page.getByLabel(/Время завершения/).inputValue()).resolves.toBe('2020-01-01T10:00:00+03:00');
      await screenshot(page, 'form-422');
      await page.close();
    });

    it('says that someone else changed the record (409), keeps the form and succeeds after a reload', async () => {
      const { id } = await draft('О составе совета');
      const page = await web.browser.newPage();
      await signIn(page, web.url, 'secretariat');
      await page.goto(`${web.url}/resolutions/${id}`);
      await page.getByLabel(/Время завершения/).waitFor();
      // Someone else amends the draft while the form is open.
      await api()
        .post(`/api/v1/resolutions/${id}/amendments`)
        .set('Authorization', `Bearer ${secretariat}`)
        .send({ text: { ru: 'Новая редакция.', en: 'A new version.' } })
        .expect(201);
      const closesAt = new Date(Date.now() + 3_600_000).toISOString();
      await page.getByLabel(/Время завершения/).fill(closesAt);
      await page.getByLabel('Ссылка на онлайн-голосование').fill('https://vote.accord.example/b');
      await page.getByLabel('Кто подсчитывает голоса').fill('Секретарь И. И. Иванова');
      await page.getByRole('button', { name: 'Открыть голосование' }).click();
      const conflict = page.locator('[role="alert"][data-status="409"]');
      await conflict.waitFor();
      await expect(conflict.textContent()).resolves.toContain('Запись уже изменил кто-то другой');
      await screenshot(page, 'form-409');

      await conflict.getByRole('button', { name: 'Загрузить заново' }).click();
      await page.getByTestId('resolution-text').getByText('Новая редакция.').waitFor();
      await expect(page.getByLabel(/Время завершения/).inputValue()).resolves.toBe(closesAt);
      await page.getByRole('button', { name: 'Открыть голосование' }).click();
      // After its own act the page reads with ?minPosition= and shows the vote open at once.
      await page.getByTestId('participation').waitFor();
      await page.close();
    });
  });
}
