import { join } from 'node:path';
import { prepareDataFolder, privateSecret } from '#accord/postgres';

/**
 * The configured signing key, or one generated once and kept in the data folder's secrets (mode
 * 0600 in a 0700 folder), so that tokens survive restarts of a single server without any setup.
 * A key file others could have written stops the start: whoever replaces it can mint tokens.
 */
export async function signingKey(configured: string | null, dataDir: string): Promise<string> {
  if (configured) return configured;
  const { secrets } = await prepareDataFolder(dataDir);
  return privateSecret(join(secrets, 'jwt-secret'));
}
