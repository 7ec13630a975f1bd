import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { LedgerSigner, loadOrCreateSigningKey, PostgresEventStore } from '#accord/ledger';
import { loadConfig } from '#accord/platform';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `accord` the way a user does in a clone: through bin/accord.js, on this suite's database. */
function accord(database: TestDatabase, ...args: string[]): Promise<Run> {
  return accordWithInput(database, '', ...args);
}

function accordWithInput(database: TestDatabase, input: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/accord.js', ...args], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The ledger as the command line opens it: signed with the key under the data folder. */
async function signedStore(database: TestDatabase): Promise<PostgresEventStore> {
  const signer = new LedgerSigner(await loadOrCreateSigningKey(loadConfig().ledgerKeyFile, true));
  return PostgresEventStore.open(database.pool, { signer });
}

const metadata = { actorId: 'account-1', onBehalfOf: null, correlationId: 'c', causationId: null, commandId: null };

describe('accord command line', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('migrates a fresh database, then finds nothing left to do', async () => {
    const first = await accord(database, 'migrate');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\):[\s\S]*0001-ledger[\s\S]*0002-read-models/);
    const second = await accord(database, 'migrate');
    expect(second.stdout).toBe('The schema is up to date.\n');
  });

  it('verifies an intact ledger with exit code 0', async () => {
    await accord(database, 'migrate');
    const store = await signedStore(database);
    await store.append(`note-${randomUUID()}`, [{ eventId: randomUUID(), type: 'Noted', data: { n: 1 }, metadata }], 'no_stream');
    await store.seal();
    const run = await accord(database, 'verify');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Ledger intact: 1 events in 1 streams checked; 1 sealed in the global chain; 1 appends and 1 seals signed/);
  });

  it('exits 1 naming the first broken event of a tampered ledger', async () => {
    await accord(database, 'migrate');
    const store = await signedStore(database);
    const victim = randomUUID();
    await store.append(`note-${randomUUID()}`, [{ eventId: victim, type: 'Noted', data: { n: 1 }, metadata }], 'no_stream');
    await database.pool.query('ALTER TABLE ledger.events DISABLE TRIGGER USER');
    await database.pool.query(`UPDATE ledger.events SET data = '{"n": 2}' WHERE event_id = $1`, [victim]);
    const run = await accord(database, 'verify', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ intact: false, firstBreak: { eventId: victim, version: 1 } });
  });

  it('refuses an unknown command or projection with exit code 2 and the usage', async () => {
    const unknown = await accord(database, 'teleport');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "teleport"[\s\S]*accord verify/);
    const projection = await accord(database, 'rebuild', 'no_such_projection');
    expect(projection.code).toBe(2);
    expect(projection.stderr).toMatch(/Unknown projection\(s\): no_such_projection/);
  });

  it('creates an administrator with the password from standard input, attributed to the command line', async () => {
    const run = await accordWithInput(database, 'a-long-admin-password\n', 'admin', 'create', '--email', 'Chair@Accord.Example', '--name', 'Председатель');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Administrator Chair@Accord.Example created/);
    const { rows } = await database.pool.query(
      `SELECT e.data, e.metadata FROM ledger.events e JOIN identity.credentials c ON e.stream_id = 'account-' || c.account_id
       WHERE c.email = 'chair@accord.example'`,
    );
    expect(rows[0].data).toMatchObject({ roles: ['admin'], name: 'Председатель' });
    expect(rows[0].metadata.actorId).toMatch(/^system:cli:/);
    const again = await accordWithInput(database, 'a-long-admin-password\n', 'admin', 'create', '--email', 'chair@accord.example');
    expect(again.code).toBe(1);
  });

  it('refuses a short administrator password and writes nothing', async () => {
    const run = await accordWithInput(database, 'short\n', 'admin', 'create', '--email', 'x@accord.example');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/at least 12 characters/);
    expect((await database.pool.query('SELECT count(*)::int AS n FROM ledger.events')).rows[0].n).toBe(0);
  });

  // Five passwords hashed at the production cost (scrypt N = 2^17), about a second of CPU each.
  it('seeds one demo account per role, once', async () => {
    const first = await accord(database, 'seed-demo');
    expect(first.code).toBe(0);
    for (const role of ['admin', 'secretariat', 'representative', 'committee', 'auditor']) expect(first.stdout).toContain(`${role}@demo.accord.example`);
    const second = await accord(database, 'seed-demo');
    expect(second.stdout).not.toMatch(/account /);
  }, 120_000);

  it('given a seeded ledger, when every read model is rebuilt at once, then each is reported and a second rebuild leaves the same tables', async () => {
    expect((await accord(database, 'seed-demo')).code).toBe(0);
    const accounts = () => database.pool.query('SELECT * FROM read.accounts ORDER BY id').then((result) => result.rows);
    const first = await accord(database, 'rebuild');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Rebuilt accounts: \d+ events in [\d.]+ s\.$/m);
    expect(first.stdout).toMatch(/^Rebuilt resolutions: \d+ events/m);
    expect(first.stdout).not.toMatch(/representative_departures/);
    const rebuilt = await accounts();
    expect(rebuilt.length).toBeGreaterThanOrEqual(5);
    expect((await accord(database, 'rebuild')).code).toBe(0);
    expect(await accounts()).toEqual(rebuilt);
  }, 180_000);
});
