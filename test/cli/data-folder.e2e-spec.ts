import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer } from '#accord/postgres';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** Runs the server's own entry point until it exits; its exit code and what it wrote to stderr. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const server = spawn(process.execPath, ['--import', './bin/typescript-loader.mjs', 'apps/api/src/main.ts'], {
      env: { ...process.env, DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', ACCORD_JWT_SECRET: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    server.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('the server’s data folder', () => {
  it('refuses to start when the signing key is writable by others, and says how to fix it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'accord-insecure-'));
    await mkdir(join(dataDir, 'secrets'), { mode: 0o700 });
    const key = join(dataDir, 'secrets', 'jwt-secret');
    await writeFile(key, 'a-key-someone-else-may-have-written-here');
    await chmod(key, 0o666);
    const { code, stderr } = await runServer({ ACCORD_DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toContain(`Refusing to start: ${key} is writable by group or others (mode 0666)`);
    expect(stderr).toContain(`chmod 600 ${key}`);
  }, 60_000);

  it('gives the embedded cluster a folder of its own, owned by the database user when run as root', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'accord-cluster-'));
    const server = await startEmbeddedServer({ dataDir, ephemeral: true });
    try {
      const cluster = await stat(join(dataDir, 'pg'));
      const folder = await stat(dataDir);
      expect(folder.mode & 0o777).toBe(userInfo().uid === 0 ? 0o711 : 0o700);
      expect(cluster.mode & 0o077).toBe(0);
      if (userInfo().uid === 0) expect(cluster.uid).not.toBe(0);
      else expect(cluster.uid).toBe(userInfo().uid);
      expect((await stat(join(dataDir, 'secrets', 'embedded-postgres.json'))).mode & 0o777).toBe(0o600);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
