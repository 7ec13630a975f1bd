import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^log2N, block size r, parallelism p. */
export interface ScryptCost {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/** OWASP Password Storage Cheat Sheet: scrypt with N = 2^17, r = 8, p = 1 at the least. */
export const MINIMUM_SCRYPT_COST: ScryptCost = { log2N: 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
// A stored hash names its own cost; beyond these it is refused rather than allowed to exhaust memory.
const MAX_LOG2N = 20;
const MAX_R = 16;
const MAX_P = 4;

const options = (N: number, r: number, p: number): ScryptOptions => ({ N, r, p, maxmem: 256 * N * r * p });

function derive(password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, cost, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

interface StoredHash {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly key: Buffer;
}

/** `scrypt$N$r$p$salt$key`: the parameters travel with each hash, so that they can be raised later. */
function parse(stored: string): StoredHash | undefined {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  const valid =
    scheme === 'scrypt' &&
    key !== undefined &&
    Number.isInteger(Math.log2(N)) &&
    N >= 2 &&
    N <= 2 ** MAX_LOG2N &&
    Number.isInteger(R) &&
    R >= 1 &&
    R <= MAX_R &&
    Number.isInteger(P) &&
    P >= 1 &&
    P <= MAX_P;
  return valid ? { N, r: R, p: P, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') } : undefined;
}

/** scrypt with a per-user salt at a configured cost; verification uses the cost stored with each hash. */
export class PasswordHasher {
  private unknownAccountHash: Promise<string> | undefined;

  constructor(private readonly cost: ScryptCost = MINIMUM_SCRYPT_COST) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const { log2N, r, p } = this.cost;
    const key = await derive(password, salt, options(2 ** log2N, r, p));
    return ['scrypt', 2 ** log2N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const hash = parse(stored);
    if (!hash) return false;
    const actual = await derive(password, hash.salt, options(hash.N, hash.r, hash.p));
    return actual.length === hash.key.length && timingSafeEqual(actual, hash.key);
  }

  /** Checked when the e-mail is unknown, so that a wrong address costs as long as a wrong password. */
  verifyUnknownAccount(password: string): Promise<boolean> {
    this.unknownAccountHash ??= this.hash(randomBytes(16).toString('hex'));
    return this.unknownAccountHash.then((stored) => this.verify(password, stored)).then(() => false);
  }

  /** True when the hash was made at a lower cost than the configured one: re-hash at the next sign-in. */
  needsRehash(stored: string): boolean {
    const hash = parse(stored);
    const { log2N, r, p } = this.cost;
    return !hash || hash.N < 2 ** log2N || hash.r < r || hash.p < p;
  }
}
