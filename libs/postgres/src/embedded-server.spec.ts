import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { InsecureDataFolder, prepareDataFolder, privateSecret } from './embedded-server.js';

const mode = async (path: string) => (await stat(path)).mode & 0o777;
const freshFolder = async () => join(await mkdtemp(join(tmpdir(), 'accord-data-')), 'data');

describe('the data folder', () => {
  it('is private to the server’s user, passable (not listable) by the database user when run as root', async () => {
    const dataDir = await freshFolder();
    const { secrets, cluster } = await prepareDataFolder(dataDir);
    expect(await mode(dataDir)).toBe(userInfo().uid === 0 ? 0o711 : 0o700);
    expect(await mode(secrets)).toBe(0o700);
    expect(cluster).toBe(join(dataDir, 'pg'));
  });

  it('closes a folder an earlier version left open to everyone', async () => {
    const dataDir = await freshFolder();
    await prepareDataFolder(dataDir);
    await chmod(dataDir, 0o777);
    await prepareDataFolder(dataDir);
    expect((await mode(dataDir)) & 0o022).toBe(0);
  });

  it('keeps a generated secret in a file only its owner can read or write, and gives the same one back', async () => {
    const { secrets } = await prepareDataFolder(await freshFolder());
    const file = join(secrets, 'jwt-secret');
    const first = await privateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await mode(file)).toBe(0o600);
    expect(await privateSecret(file)).toBe(first);
  });

  it('moves the secrets of the earlier layout into the secrets folder', async () => {
    const dataDir = await freshFolder();
    await prepareDataFolder(dataDir);
    await writeFile(join(dataDir, 'jwt-secret'), 'an-older-key', { mode: 0o600 });
    const { secrets } = await prepareDataFolder(dataDir);
    expect(await readFile(join(secrets, 'jwt-secret'), 'utf8')).toBe('an-older-key');
  });

  it('refuses a secret file that group or others may write, naming the file and the fix', async () => {
    const { secrets } = await prepareDataFolder(await freshFolder());
    const file = join(secrets, 'jwt-secret');
    await privateSecret(file);
    await chmod(file, 0o666);
    const refusal = privateSecret(file);
    await expect(refusal).rejects.toBeInstanceOf(InsecureDataFolder);
    await expect(refusal).rejects.toThrow(`Refusing to start: ${file} is writable by group or others (mode 0666)`);
    await expect(refusal).rejects.toThrow(`chmod 600 ${file}`);
  });

  it('refuses a secrets folder that group or others may write', async () => {
    const dataDir = await freshFolder();
    const { secrets } = await prepareDataFolder(dataDir);
    await chmod(secrets, 0o777);
    await expect(prepareDataFolder(dataDir)).rejects.toThrow(`chmod 700 ${secrets}`);
  });
});
