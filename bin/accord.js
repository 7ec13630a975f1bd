#!/usr/bin/env node
// In a clone the command runs the TypeScript sources, so it is never older than the code beside it;
// an installation without them (or without the dev tools) runs the build.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const sources = new URL('../apps/cli/src/main.ts', import.meta.url);
const build = new URL('../dist/apps/cli/src/main.js', import.meta.url);

function canCompile() {
  try {
    createRequire(import.meta.url).resolve('@swc/core');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(sources) && canCompile()) {
  await import('./typescript-loader.mjs');
  await import(sources.href);
} else if (existsSync(build)) {
  await import(build.href);
} else {
  process.stderr.write('accord is not built: run `npm run build` first.\n');
  process.exit(1);
}
