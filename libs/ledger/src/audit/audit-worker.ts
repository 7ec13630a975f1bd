import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';

// From the sources (jest, the TypeScript loader) a worker runs from the sources too, through the loader; from the build, the build.
const fromSources = import.meta.url.endsWith('.ts');
const loader = fileURLToPath(new URL('../../../../bin/typescript-loader.mjs', import.meta.url));

/** A worker thread running `name` (a module beside this one, without its extension). */
export function startAuditWorker(name: string, resourceLimits?: ResourceLimits): Worker {
  const entry = new URL(`./${name}.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  return new Worker(entry, { execArgv: fromSources ? ['--import', loader] : undefined, resourceLimits });
}
