import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { features } from '#accord/composition';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { createTestApp, eventsRecorded, testAppForSuite } from '../support/test-app.js';

// The error cases a client meets before any rule of the domain: the wrong media type, the wrong method,
// a malformed id, and field problems, each in the one error body and in the client's language.

let secretariat: string;

const testApp = testAppForSuite(() =>
  createTestApp([...features.filter((entry) => entry.feature.name !== 'identity'), { feature: noticesFeature, module: NoticesModule }]),
);
beforeAll(async () => {
  secretariat = await testApp.tokenFor(['secretariat']);
});

const http = () => request(testApp.app.getHttpServer());
const eventCount = () => eventsRecorded(testApp);
const CYRILLIC = /[А-Яа-яЁё]/;
const byField = (details: { field: string }[]) => [...details].sort((a, b) => a.field.localeCompare(b.field));
/** English words that class-validator's own messages are made of. */
const ENGLISH = /\b(must|should|not|be|is|are|exist|string|longer|shorter)\b/;

describe('a body of another media type', () => {
  it('is refused with 415 in the error body, and nothing is written', async () => {
    const before = await eventCount();
    const response = await http()
      .post('/api/v1/notices')
      .set('Authorization', `Bearer ${secretariat}`)
      .set('Content-Type', 'text/plain')
      .send('{"title":{"ru":"Повестка"}}')
      .expect(415);
    expect(response.body).toEqual({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'The request body must be application/json',
      details: { contentType: 'text/plain' },
    });
    expect(await eventCount()).toBe(before);
  });

  it('is refused in Russian to a client that reads Russian', async () => {
    const response = await http()
      .post('/api/v1/notices')
      .set('Authorization', `Bearer ${secretariat}`)
      .set('Accept-Language', 'ru')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('title=Повестка')
      .expect(415);
    expect(response.body.message).toBe('Тело запроса должно быть в формате application/json');
  });

  it('leaves a command without a body to the command', async () => {
    const response = await http().post(`/api/v1/notices/${randomUUID()}/archival`).set('Authorization', `Bearer ${secretariat}`);
    expect(response.body.code).toBe('NOTICE_REQUIRED');
  });
});

describe('a known path asked with a method it does not answer', () => {
  it('is answered 405 with the methods it does answer, not 404', async () => {
    const response = await http().put('/api/v1/notices').set('Authorization', `Bearer ${secretariat}`).send({}).expect(405);
    expect(response.headers.allow).toBe('GET, POST');
    expect(response.body).toEqual({
      statusCode: 405,
      code: 'METHOD_NOT_ALLOWED',
      message: 'PUT is not allowed here; allowed: GET, POST',
      details: { allowed: ['GET', 'POST'] },
    });
  });

  it('is answered 405 for a path with an id, and for a command read with GET', async () => {
    const deleted = await http().delete(`/api/v1/members/${randomUUID()}`).set('Authorization', `Bearer ${secretariat}`).expect(405);
    expect(deleted.headers.allow).toBe('GET');
    const read = await http().get(`/api/v1/members/${randomUUID()}/admission`).set('Accept-Language', 'ru').expect(405);
    expect(read.headers.allow).toBe('POST');
    expect(read.body).toMatchObject({ code: 'METHOD_NOT_ALLOWED', message: 'Метод GET здесь не поддерживается; допустимы: POST' });
  });

  it('leaves an unknown path a 404', async () => {
    const response = await http().put('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});

describe('a path id that is not a UUID', () => {
  it('is a 400 naming the parameter', async () => {
    const response = await http().get('/api/v1/notices/not-a-uuid').set('Authorization', `Bearer ${secretariat}`).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some fields are invalid',
      details: [{ field: 'id', problems: ['id must be a UUID'] }],
    });
  });

  it('names each malformed parameter of a command, in Russian too, and writes nothing', async () => {
    const before = await eventCount();
    const response = await http()
      .post('/api/v1/accounts/1/api-tokens/2/revocation')
      .set('Authorization', `Bearer ${await testApp.tokenFor(['admin'])}`)
      .set('Accept-Language', 'ru')
      .send({})
      .expect(400);
    expect(byField(response.body.details)).toEqual([
      { field: 'id', problems: ['id: ожидается UUID'] },
      { field: 'tokenId', problems: ['tokenId: ожидается UUID'] },
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('is checked only once the caller may use the route', async () => {
    await http().get('/api/v1/members/not-a-uuid').expect(401);
    await http().get('/api/v1/members/not-a-uuid').set('Authorization', `Bearer ${await testApp.tokenFor([])}`).expect(403);
  });
});

describe('field problems', () => {
  const register = (body: object, language?: string) => {
    const call = http().post('/api/v1/addressees').set('Authorization', `Bearer ${secretariat}`);
    return (language ? call.set('Accept-Language', language) : call).send(body).expect(400);
  };

  it('give a value of the wrong kind one problem: its kind, not the length it cannot have', async () => {
    const response = await register({ name: { ru: 42 }, country: 'RU', kind: 'ministry' });
    expect(response.body.details).toEqual([{ field: 'name.ru', problems: ['ru must be a string'] }]);
  });

  it('give a missing field one problem, not one per rule it would have to meet', async () => {
    const response = await register({ name: {} });
    expect(byField(response.body.details)).toEqual([
      { field: 'country', problems: ['country is required'] },
      { field: 'kind', problems: ['kind is required'] },
      { field: 'name.ru', problems: ['ru is required'] },
    ]);
  });

  it('are Russian through and through for a client that reads Russian', async () => {
    const response = await register({ name: { ru: 'я'.repeat(501), en: 5 }, country: 'ru', kind: 'embassy', colour: 'red' }, 'ru-RU,ru;q=0.9');
    expect(response.body.message).toBe('Проверьте поля запроса');
    const details = response.body.details as { field: string; problems: string[] }[];
    expect(details.map((detail) => detail.field).sort()).toEqual(['colour', 'country', 'kind', 'name.en', 'name.ru']);
    for (const problem of details.flatMap((detail) => detail.problems)) {
      expect(problem).toMatch(CYRILLIC);
      expect(problem.replace(/^[\w.]+: /, '')).not.toMatch(ENGLISH);
    }
    expect(details).toContainEqual({ field: 'name.ru', problems: ['ru: не длиннее 500 символов'] });
    expect(details).toContainEqual({ field: 'colour', problems: ['colour: неизвестное поле'] });
    expect(details).toContainEqual({ field: 'name.en', problems: ['en: ожидается строка'] });
    expect(details.find((detail) => detail.field === 'kind')?.problems[0]).toMatch(/^kind: допустимые значения — ministry, agency/);
  });

  it('keep the English texts for other clients', async () => {
    const response = await register({ name: { ru: 'Министерство' }, country: 'ru', kind: 'ministry' });
    expect(response.body.details).toEqual([{ field: 'country', problems: ['country must be an ISO 3166-1 alpha-2 code in capitals, such as RU, or "interstate"'] }]);
  });

  it('of the query are Russian too: a cursor the API did not issue', async () => {
    const response = await http().get('/api/v1/notices?cursor=zzz').set('Authorization', `Bearer ${secretariat}`).set('Accept-Language', 'ru').expect(400);
    expect(response.body.details).toEqual([{ field: 'cursor', problems: ['cursor не выдан этим API'] }]);
  });
});

describe('a refusal for want of a role', () => {
  it('names the roles as people call them in Russian', async () => {
    const response = await http()
      .post('/api/v1/notices')
      .set('Authorization', `Bearer ${await testApp.tokenFor(['committee'])}`)
      .set('Accept-Language', 'ru')
      .send({ title: { ru: 'Повестка' } })
      .expect(403);
    expect(response.body).toEqual({
      statusCode: 403,
      code: 'ROLE_REQUIRED',
      message: 'Нужна одна из ролей: «секретариат»',
      details: { required: ['secretariat'] },
    });
  });
});
