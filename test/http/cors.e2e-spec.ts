import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

const ORIGIN = 'https://secretariat.accord.example';

describe('CORS', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('is off by default: no browser origin is allowed', async () => {
    app = await createTestApp();
    const response = await request(app.app.getHttpServer()).options('/api/v1/auth/login').set('Origin', ORIGIN).set('Access-Control-Request-Method', 'POST');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the configured origins', async () => {
    app = await createTestApp([], { CORS_ORIGINS: ORIGIN });
    const server = app.app.getHttpServer();
    const allowed = await request(server).options('/api/v1/auth/login').set('Origin', ORIGIN).set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
    const other = await request(server).options('/api/v1/auth/login').set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
