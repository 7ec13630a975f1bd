import { spawn, type ChildProcess } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
const processes: ChildProcess[] = [];
const ADMIN = { email: 'worker-admin@accord.example', password: 'a-long-admin-password' };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const child of processes) child.kill('SIGTERM');
  await Promise.all(processes.map((child) => (child.exitCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve)))));
  await database.drop();
});

/** Starts an entry point of the sources on this suite's database and resolves with the first match of `ready` in its log. */
function start(entry: string, environment: Record<string, string>, ready: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './bin/typescript-loader.mjs', entry], {
      env: { ...process.env, DATABASE_URL: database.url, LOG_FORMAT: 'json', ACCORD_JWT_SECRET: 'a-signing-key-of-at-least-thirty-two-bytes', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    processes.push(child);
    let output = '';
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve(match[1] ?? match[0]);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
}

async function signIn(url: string): Promise<string> {
  // The credentials' read model is kept by the worker: sign-in works once it has applied the account.
  for (let attempt = 0; ; attempt += 1) {
    const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
    if (login.status === 200) return ((await login.json()) as { accessToken: string }).accessToken;
    if (attempt === 50) throw new Error(`sign-in answered ${login.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the worker beside an API that follows it', () => {
  it('given the API with ACCORD_PROJECTIONS=follow and a worker, when the API records an act, then a read with its position is answered fresh from the worker', async () => {
    const url = await start('apps/api/src/main.ts', { PORT: '0', HOST: '127.0.0.1', ACCORD_PROJECTIONS: 'follow', ACCORD_ADMIN_EMAIL: ADMIN.email, ACCORD_ADMIN_PASSWORD: ADMIN.password }, /"message":"Accord is serving","url":"([^"]+)"/);
    await start('apps/worker/src/main.ts', {}, /"message":"Accord worker keeps the read models live"/);
    const token = await signIn(url);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

    const created = await fetch(`${url}/api/v1/accounts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Анна Петрова', email: 'a.petrova@example.org', password: 'a-long-password-1', roles: ['auditor'] }),
    });
    expect(created.status).toBe(201);
    const { id, position } = (await created.json()) as { id: string; position: string };
    const read = await fetch(`${url}/api/v1/accounts/${id}?minPosition=${position}`, { headers });
    expect(read.status).toBe(200);
    expect(read.headers.get('stale-read')).toBeNull();
    expect(await read.json()).toMatchObject({ id, email: 'a.petrova@example.org' });

    const health = (await (await fetch(`${url}/health`, { headers })).json()) as { projections: { name: string; state: string; lag: number }[] };
    const accounts = health.projections.find((projection) => projection.name === 'accounts');
    // The API applies nothing itself: it reads the checkpoints the worker moves.
    expect(accounts).toMatchObject({ state: 'stopped', lag: 0 });
  }, 180_000);

  it('given no DATABASE_URL, when the worker starts, then it stops with a configuration error', async () => {
    const child = spawn(process.execPath, ['--import', './bin/typescript-loader.mjs', 'apps/worker/src/main.ts'], {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/Configuration error: the worker needs DATABASE_URL/);
  }, 60_000);
});
