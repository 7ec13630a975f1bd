import { spawn, type ChildProcess } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let server: ChildProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server?.exitCode !== null ? resolve(undefined) : server?.once('exit', resolve)));
  await database.drop();
});

/** Starts the server's own entry point, as `npm start -- --demo` does, and resolves with its address. */
function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, ['--import', './bin/typescript-loader.mjs', 'apps/api/src/main.ts', '--demo'], {
      env: { ...process.env, DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', ACCORD_JWT_SECRET: 'a-signing-key-of-at-least-thirty-two-bytes' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const serving = /"message":"Accord is serving","url":"([^"]+)"/.exec(output);
      if (serving) resolve(serving[1]);
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

describe('the server', () => {
  // The demo accounts are hashed, and signed in to, at the production cost (scrypt N = 2^17).
  it('starts with --demo and serves the demo records to a demo account', async () => {
    const url = await startServer();
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'committee@demo.accord.example', password: 'demo-committee-2026' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const members = (await (await fetch(`${url}/api/v1/members?limit=50`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()) as {
      items: { membership: string }[];
    };
    expect(members.items.filter((member) => member.membership === 'full')).toHaveLength(5);
  }, 120_000);
});
