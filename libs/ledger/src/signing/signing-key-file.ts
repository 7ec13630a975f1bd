import { generateKeyPairSync } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A new Ed25519 private key in PKCS #8 PEM. */
export function generateSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * The ledger's private key from its file, generated on first use: the file is 0600 in a 0700
 * folder, so only the server's own OS user reads it, and it never enters the database.
 */
export async function loadOrCreateSigningKey(file: string, create: boolean): Promise<string> {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return existing;
  if (!create) throw new Error(`the ledger signing key file ${file} does not exist`);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await chmod(dirname(file), 0o700);
  // Exclusive create: two processes starting at once keep the one key that reached the disk first.
  await writeFile(file, generateSigningKeyPem(), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return readFile(file, 'utf8');
}

/** Replaces the key file in one rename, so a crash leaves either the old key or the new one. */
export async function replaceSigningKey(file: string, pem: string): Promise<void> {
  const next = `${file}.next`;
  await writeFile(next, pem, { mode: 0o600 });
  await rename(next, file);
}
