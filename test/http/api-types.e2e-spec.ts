import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { API_TYPES_FILE, renderApiTypes } from '../../apps/api/src/api-types.js';
import { features } from '#accord/composition';
import { createTestApp, testAppForSuite } from '../support/test-app.js';

const testApp = testAppForSuite(() => createTestApp(features.filter((entry) => entry.feature.name !== 'identity')));

describe('the web interface’s API types', () => {
  it('are what /api/docs-json gives today (run `npm run generate:api` when this fails)', async () => {
    const document = (await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    const generated = await renderApiTypes(document);
    expect(await readFile(API_TYPES_FILE, 'utf8')).toBe(generated);
  });
});
