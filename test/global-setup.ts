import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// jest loads this file outside its module system, where the `#accord/*` aliases point at the build.
import { startEmbeddedServer, type EmbeddedServer } from '../libs/postgres/src/embedded-server.ts';

declare global {
  var accordTestServer: EmbeddedServer | undefined;
}

/** One PostgreSQL for the whole run (embedded unless DATABASE_URL is set); suites get their own databases. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.ACCORD_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedServer({ dataDir: await mkdtemp(join(tmpdir(), 'accord-test-')), ephemeral: true });
  globalThis.accordTestServer = server;
  process.env.ACCORD_TEST_SERVER_URL = server.url;
}
