import { Agent, request } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  /** From the request's start to its last byte. */
  readonly milliseconds: number;
}

/**
 * A keep-alive HTTP/1.1 client for one loopback server: at most `sockets` connections, reused,
 * so that the servers, not connection set-up, set the pace.
 */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    readonly baseUrl: string,
    sockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  get(path: string, token: string): Promise<HttpAnswer> {
    return this.send('GET', path, token, undefined);
  }

  post(path: string, token: string, body: object = {}): Promise<HttpAnswer> {
    return this.send('POST', path, token, body);
  }

  /** Like `post`, failing unless the server answers 201. */
  async created(path: string, token: string, body: object = {}): Promise<{ id: string; position: string }> {
    const answer = await this.post(path, token, body);
    if (answer.status !== 201) throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string; position: string };
  }

  /** Like `get`, failing unless the server answers 200. */
  async ok(path: string, token: string): Promise<unknown> {
    const answer = await this.get(path, token);
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  close(): void {
    this.agent.destroy();
  }

  /**
   * A kept-alive connection the server closes just as a request goes out fails with ECONNRESET
   * before any answer; such a request is sent once more.
   */
  private async send(method: string, path: string, token: string, body: object | undefined): Promise<HttpAnswer> {
    try {
      return await this.sendOnce(method, path, token, body);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ECONNRESET') throw error;
      return this.sendOnce(method, path, token, body);
    }
  }

  private sendOnce(method: string, path: string, token: string, body: object | undefined): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { Authorization: `Bearer ${token}` };
    if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const outgoing = request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = (response.headers['content-type'] ?? '').includes('json');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: json && text !== '' ? JSON.parse(text) : text,
            milliseconds: performance.now() - start,
          });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }
}

/** What a load run measured: requests answered as expected, their time, and the spread of their latency. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly p50Milliseconds: number;
  readonly p99Milliseconds: number;
}

/**
 * Runs `workers` loops at once, each calling `step(worker, iteration)` `iterations` times in turn, and
 * stops issuing new calls once `maxSeconds` have passed. Every call must answer `expectedStatus`:
 * a load that fails is no measurement.
 */
export async function loadLoop(
  workers: number,
  iterations: number,
  maxSeconds: number,
  expectedStatus: number,
  step: (worker: number, iteration: number) => Promise<HttpAnswer>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const start = performance.now();
  const deadline = start + maxSeconds * 1000;
  const worker = async (index: number) => {
    for (let iteration = 0; iteration < iterations && performance.now() < deadline; iteration += 1) {
      const answer = await step(index, iteration);
      if (answer.status !== expectedStatus) {
        throw new Error(`expected ${expectedStatus}, the server answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      }
      latencies.push(answer.milliseconds);
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  const seconds = (performance.now() - start) / 1000;
  return { requests: latencies.length, seconds, p50Milliseconds: percentile(latencies, 0.5), p99Milliseconds: percentile(latencies, 0.99) };
}

/** The nearest-rank percentile; 0 for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}
