import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`.vite/manifest.json`), keyed by its source. */
export interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  /** Keys of the chunks it imports statically: the browser loads them before it runs. */
  readonly imports?: readonly string[];
}

export type Manifest = Readonly<Record<string, ManifestChunk>>;

/**
 * The JavaScript files a first screen loads: the entry chunk, the chunks of the routes it shows at
 * once (loaded lazily, but at once), and everything they import statically, each file once.
 */
export function firstScreenFiles(manifest: Manifest, routes: readonly string[]): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('the build manifest has no entry chunk');
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [entry, ...routes]) visit(key);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

/** The first screen's JavaScript as the browser downloads it, gzip-compressed, in bytes. */
export async function firstScreenSize(webDir: string, routes: readonly string[]): Promise<{ gzipBytes: number; rawBytes: number; files: number }> {
  const manifest = JSON.parse(await readFile(join(webDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = firstScreenFiles(manifest, routes);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const content = await readFile(join(webDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { gzipBytes, rawBytes, files: files.length };
}
