import request from 'supertest';
import type { Role } from '#accord/kernel';
import { suiteApp } from '../support/test-app.js';

const testApp = suiteApp();

const health = (token?: string) => {
  const call = request(testApp.app.getHttpServer()).get('/health');
  return token ? call.set('Authorization', `Bearer ${token}`) : call;
};

describe('GET /health', () => {
  it('tells anyone only whether the service is usable', async () => {
    const response = await health().expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('tells a caller with a forged or unknown token no more than anyone else', async () => {
    expect((await health('not-a-token').expect(200)).body).toEqual({ status: 'ok' });
  });

  it.each<Role>(['secretariat', 'committee', 'representative'])('shows %s only the status', async (role) => {
    const token = await testApp.tokenFor([role], role === 'representative' ? '7d0c3b1e-0000-4000-8000-000000000001' : null);
    expect((await health(token).expect(200)).body).toEqual({ status: 'ok' });
  });

  it.each<Role>(['admin', 'auditor'])('shows %s the database, the ledger head and the projections', async (role) => {
    const response = await health(await testApp.tokenFor([role])).expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up' },
      ledger: { adapter: 'postgres', head: expect.stringMatching(/^\d+-\d+$/) },
      projections: expect.arrayContaining([expect.objectContaining({ name: 'accounts', lastError: null })]),
    });
  });
});
