// Lets a child process run the TypeScript sources directly (node --import this file), the way
// jest does: `#accord/*` resolves to sources, `./x.js` to `./x.ts`, and SWC strips the types.
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

if (!globalThis.accordTypescriptLoader) {
  globalThis.accordTypescriptLoader = true;
  register(import.meta.url);
}

const swcOptions = JSON.parse(await readFile(new URL('../.swcrc', import.meta.url), 'utf8'));

export async function resolve(specifier, context, nextResolve) {
  const withSources = { ...context, conditions: [...context.conditions, 'source'] };
  try {
    return await nextResolve(specifier, withSources);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.endsWith('.js')) throw error;
    return nextResolve(specifier.replace(/\.js$/, '.ts'), withSources);
  }
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { code } = await swc.transform(source, { ...swcOptions, filename: fileURLToPath(url), sourceMaps: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
