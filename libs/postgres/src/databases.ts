import pg from 'pg';

/** Creates a database on the server behind `serverUrl` and returns the URL that reaches it. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * A connection that outlives its server. pg emits 'error' on a client that loses its connection
 * while checked out of the pool between two queries; with no listener that ends the process. Here
 * the loss is left to the next query on the client, which fails, and the pool discards the client.
 */
class ResilientClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/**
 * Pool settings for every pool of the platform (ours and TypeORM's): clients that survive their
 * server, and a bound on waiting for a connection, so a request fails (503) rather than hangs.
 */
export const RESILIENT_POOL_OPTIONS = { Client: ResilientClient, connectionTimeoutMillis: 30_000 } as const;

/** A pool; bigint columns arrive as strings, since positions may exceed 2^53 in long-lived clusters. */
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 10_000, ...RESILIENT_POOL_OPTIONS });
  // An idle connection that the server closes (restart, failover) is dropped by the pool and the
  // next query reconnects; without a listener the 'error' event would end the process.
  pool.on('error', () => undefined);
  return pool;
}
