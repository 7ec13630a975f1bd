import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { API_NODE_OPTIONS } from '../../../api/src/node-options.js';

/** A server under measurement, in a process of its own so that the load loop does not share its CPU time. */
export interface ServerProcess {
  readonly url: string;
  /** Resident memory now (VmRSS) and at its peak so far (VmHWM), in MiB; Linux only, else 0. */
  memory(): Promise<{ rssMebibytes: number; peakMebibytes: number }>;
  stop(): Promise<void>;
}

// Run from the sources (jest, the TypeScript loader) the servers' sources run too; from the build, the build.
const fromSources = import.meta.url.endsWith('.ts');
const extension = fromSources ? 'ts' : 'js';
const loader = fileURLToPath(new URL(`../../../../${fromSources ? '' : '../'}bin/typescript-loader.mjs`, import.meta.url));

/** The real Accord API, its own entry point with its own V8 options, on a random loopback port; `args` such as `--demo`. */
export function startAccord(environment: Record<string, string>, args: readonly string[] = []): Promise<ServerProcess> {
  const entry = fileURLToPath(new URL(`../../../api/src/main.${extension}`, import.meta.url));
  const env = { PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', LOG_LEVEL: 'log', ...environment };
  return start(entry, env, /"message":"Accord is serving","url":"([^"]+)"/, (match) => match[1], { nodeOptions: API_NODE_OPTIONS, args });
}

/**
 * The baseline server (plain-server.ts) on a random loopback port, with the API's V8 options, so that
 * a ratio compares the servers and not their heaps (the baseline's rates do not change with them).
 */
export function startPlain(environment: Record<string, string>): Promise<ServerProcess> {
  const entry = fileURLToPath(new URL(`./plain-server.${extension}`, import.meta.url));
  return start(entry, environment, /listening (\d+)/, (match) => `http://127.0.0.1:${match[1]}`, { nodeOptions: API_NODE_OPTIONS });
}

// A loaded machine compiling the sources can take a while; a server that never answers must not hang the run.
const STARTUP_TIMEOUT_MS = 180_000;

interface Invocation {
  readonly nodeOptions?: readonly string[];
  readonly args?: readonly string[];
}

function start(entry: string, environment: Record<string, string>, ready: RegExp, url: (match: RegExpExecArray) => string, { nodeOptions = [], args = [] }: Invocation = {}): Promise<ServerProcess> {
  const argv = [...nodeOptions, ...(fromSources ? ['--import', loader, entry] : [entry]), ...args];
  const child = spawn(process.execPath, argv, { env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => {
      clearTimeout(timeout);
      reject(new Error(`${entry} exited with ${code}:\n${output.slice(-4000)}`));
    };
    const timeout = setTimeout(() => child.kill('SIGKILL'), STARTUP_TIMEOUT_MS);
    child.once('exit', onExit);
    // Only the tail is ever shown.
    child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (!match) return;
      child.off('exit', onExit);
      clearTimeout(timeout);
      // A server that dies under load makes requests fail with a reset connection: say why it died.
      child.once('exit', (code, signal) => {
        if (!stopping.has(child)) process.stderr.write(`${entry} exited with ${code ?? signal} during the run:\n${output.slice(-4000)}\n`);
      });
      // Drained from now on, so that a chatty server never blocks on a full pipe.
      child.stdout!.removeAllListeners('data').resume();
      resolve({ url: url(match), memory: () => memoryOf(child), stop: () => stop(child) });
    });
  });
}

async function memoryOf(child: ChildProcess): Promise<{ rssMebibytes: number; peakMebibytes: number }> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
  // Both in kB.
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) / 1024;
  return { rssMebibytes: field('VmRSS'), peakMebibytes: field('VmHWM') };
}

const stopping = new WeakSet<ChildProcess>();

function stop(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
