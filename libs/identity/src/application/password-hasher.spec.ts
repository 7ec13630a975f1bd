import { loadConfig, ConfigError } from '#accord/platform';
import { MINIMUM_SCRYPT_COST, PasswordHasher } from './password-hasher.js';

// Tests hash at a low cost; only the test of the production default pays the real one.
const fast = new PasswordHasher({ log2N: 10, r: 8, p: 1 });

describe('password hashes', () => {
  it('are made at OWASP’s scrypt cost by default: N = 2^17, r = 8, p = 1', async () => {
    expect(MINIMUM_SCRYPT_COST).toEqual({ log2N: 17, r: 8, p: 1 });
    expect(loadConfig({}).passwordScryptLog2N).toBe(17);
    const stored = await new PasswordHasher().hash('a-long-enough-password');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('cannot be configured below that cost', () => {
    expect(() => loadConfig({ PASSWORD_SCRYPT_LOG2N: '16' })).toThrow(ConfigError);
  });

  it('are verified with the cost stored in each hash, not the configured one', async () => {
    const stored = await fast.hash('a-long-enough-password');
    const stronger = new PasswordHasher({ log2N: 12, r: 8, p: 1 });
    expect(await stronger.verify('a-long-enough-password', stored)).toBe(true);
    expect(await stronger.verify('another-password', stored)).toBe(false);
  });

  it('ask to be made again when made at a lower cost than the configured one', async () => {
    const stored = await fast.hash('a-long-enough-password');
    expect(fast.needsRehash(stored)).toBe(false);
    expect(new PasswordHasher({ log2N: 12, r: 8, p: 1 }).needsRehash(stored)).toBe(true);
  });

  it('refuse a stored hash whose cost would exhaust memory, without computing it', async () => {
    const stored = (await fast.hash('x')).replace('$1024$', `$${2 ** 30}$`);
    expect(await fast.verify('x', stored)).toBe(false);
  });

  it('take as long for an unknown account and never match it', async () => {
    expect(await fast.verifyUnknownAccount('anything')).toBe(false);
  });
});
