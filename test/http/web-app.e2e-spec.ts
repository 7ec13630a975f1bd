import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { serveWebApp } from '#accord/platform';
import { createTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let webDir: string;
let server: Parameters<typeof request>[0];

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'accord-web-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Accord</title><div id="root"></div>');
  await writeFile(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  testApp = await createTestApp([], { ACCORD_TIME_ZONE: 'Asia/Tashkent' }, (app, config) => serveWebApp(app, config, webDir));
  server = testApp.app.getHttpServer();
});
afterAll(async () => {
  await testApp.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('the API serving the web interface', () => {
  it('answers the application at / and at its own routes', async () => {
    for (const path of ['/', '/dashboard', '/resolutions/3f1b6c2e-8d4a-4e5f-9a7b-1c2d3e4f5a6b']) {
      const response = await request(server).get(path).set('Accept', 'text/html').expect(200);
      expect(response.text).toContain('<div id="root">');
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    }
  });

  it('serves built assets for good and a missing one as a 404', async () => {
    const asset = await request(server).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    await request(server).get('/assets/missing.js').set('Accept', 'text/html').expect(404);
  });

  it('serves the files at the root of the build by their names', async () => {
    const icon = await request(server).get('/favicon.svg').expect(200);
    expect(icon.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(icon.headers['cache-control']).toBe('public, max-age=0');
    await request(server).head('/favicon.svg').expect(200);
    await request(server).post('/favicon.svg').expect(404);
  });

  it('leaves the API, the documentation and the health check as they were', async () => {
    const unknown = await request(server).get('/api/v1/no-such-thing').set('Accept', 'text/html').expect(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    await request(server).get('/api/docs-json').expect(200);
    await request(server).get('/health').expect(200);
  });

  it('tells the interface the Association’s time zone', async () => {
    const response = await request(server).get('/app-config.json').expect(200);
    expect(response.body).toEqual({ timeZone: 'Asia/Tashkent' });
  });
});
