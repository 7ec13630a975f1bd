// The baseline of the system figures: a minimal node:http + pg server. Each request checks its
// bearer token exactly as Accord does (HS256, with Accord's own verifier), then runs one
// statement: POST one INSERT, GET one indexed SELECT of 50 rows. Started as a child process:
// `DATABASE_URL`, `ACCORD_JWT_SECRET`; it prints `listening <port>` once it accepts requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { AccessTokens } from '#accord/identity';
import { createPool } from '#accord/postgres';

const PLAIN_MIGRATION = `
CREATE SCHEMA IF NOT EXISTS plain;
CREATE TABLE IF NOT EXISTS plain.records (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id uuid NOT NULL,
  choice text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);`;

const PAGE = 50;
const pool = createPool(process.env.DATABASE_URL!, 20);
const tokens = new AccessTokens(process.env.ACCORD_JWT_SECRET!, 3600);

function answer(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  response.end(payload);
}

async function readBody(request: IncomingMessage): Promise<{ choice?: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { choice?: string });
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const claims = tokens.verify((request.headers.authorization ?? '').replace(/^Bearer /, ''));
  if (!claims) return answer(response, 401, { code: 'unauthorized' });
  if (request.method === 'POST') {
    const { choice = 'for' } = await readBody(request);
    const { rows } = await pool.query({
      name: 'plain_insert',
      text: 'INSERT INTO plain.records (organization_id, choice) VALUES ($1, $2) RETURNING id',
      values: [claims.organizationId ?? claims.accountId, choice],
    });
    return answer(response, 201, { id: rows[0].id });
  }
  const after = Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('after') ?? 0);
  const { rows } = await pool.query({
    name: 'plain_page',
    text: 'SELECT id, organization_id, choice, recorded_at FROM plain.records WHERE id > $1 ORDER BY id LIMIT $2',
    values: [after, PAGE],
  });
  return answer(response, 200, { items: rows });
}

await pool.query(PLAIN_MIGRATION);
const server = createServer((request, response) => {
  handle(request, response).catch((error: Error) => answer(response, 500, { message: error.message }));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
});
