import { createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { generateSigningKeyPem, publishKey } from '#accord/ledger';
import { LedgerIntegrityMonitor } from '#accord/platform';
import { NoticesModule, noticesFeature } from '../fixtures/notices/notices.http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let folder: string;
let keyFile: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'accord-key-'));
  keyFile = join(folder, 'signing-key.pem');
  await writeFile(keyFile, generateSigningKeyPem(), { mode: 0o600 });
  testApp = await createTestApp([{ feature: noticesFeature, module: NoticesModule }], { ACCORD_LEDGER_KEY_FILE: keyFile });
});
afterAll(async () => {
  await testApp.close();
  await rm(folder, { recursive: true, force: true });
});

const server = () => testApp.app.getHttpServer();
const fingerprintOfFile = async () => publishKey(createPublicKey(await readFile(keyFile, 'utf8'))).fingerprint;
const postNotice = async () =>
  request(server()).post('/api/v1/notices').set('Authorization', `Bearer ${await testApp.tokenFor(['secretariat'])}`).send({ title: { ru: 'Объявление' } }).expect(201);

describe('the signing key', () => {
  it('signs with the configured key file and publishes its fingerprint', async () => {
    const key = (await request(server()).get('/api/v1/ledger/public-key').expect(200)).body;
    expect(key.fingerprint).toBe(await fingerprintOfFile());
  });

  it('is rotated by an administrator: the key file is replaced and the ledger still verifies across the rotation', async () => {
    await postNotice();
    const before = (await request(server()).get('/api/v1/ledger/public-key').expect(200)).body.fingerprint;
    const rotation = (await request(server()).post('/api/v1/ledger/key-rotations').set('Authorization', `Bearer ${await testApp.tokenFor(['admin'])}`).send({}).expect(201)).body;
    expect(rotation).toMatchObject({ previousFingerprint: before, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(rotation.fingerprint).not.toBe(before);
    expect(await fingerprintOfFile()).toBe(rotation.fingerprint);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await request(server()).get('/api/v1/ledger/public-key').expect(200)).body.fingerprint).toBe(rotation.fingerprint);

    await postNotice();
    const verified = await testApp.app.get(LedgerIntegrityMonitor).verifyFully();
    expect(verified).toMatchObject({ status: 'intact', report: { keyFingerprint: rotation.fingerprint, firstBreak: null } });
    const [event] = (await request(server()).get('/api/v1/ledger/events?stream=ledger-keys').set('Authorization', `Bearer ${await testApp.tokenFor(['auditor'])}`).expect(200)).body.items;
    expect(event).toMatchObject({ type: 'LedgerSigningKeyRotated', data: { previousFingerprint: before, fingerprint: rotation.fingerprint } });
  });

  it('is rotated by an administrator only', async () => {
    const response = await request(server()).post('/api/v1/ledger/key-rotations').set('Authorization', `Bearer ${await testApp.tokenFor(['auditor'])}`).send({}).expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });
});
