import { commandDigest } from './command-digest.js';

describe('command digest', () => {
  it('is the same for the same act and body, whatever the order of the fields', () => {
    expect(commandDigest('POST /api/v1/members', { a: 1, b: { c: 2, d: 3 } })).toBe(commandDigest('POST /api/v1/members', { b: { d: 3, c: 2 }, a: 1 }));
  });

  it('differs for another body', () => {
    expect(commandDigest('POST /api/v1/members', { a: 1 })).not.toBe(commandDigest('POST /api/v1/members', { a: 2 }));
  });

  it('differs for another act with the same body', () => {
    expect(commandDigest('POST /api/v1/members/1/suspension', { a: 1 })).not.toBe(commandDigest('POST /api/v1/members/1/expulsion', { a: 1 }));
  });

  it('leaves secrets out, so the ledger holds no hash a guessed password could be checked against', () => {
    const withPassword = (password: string) => commandDigest('POST /api/v1/accounts', { email: 'a@b.example', password, nested: [{ apiToken: password }] });
    expect(withPassword('first-secret-value')).toBe(withPassword('another-secret-value'));
  });

  it('digests a body nested thousands of levels deep without exhausting the stack (the input checks refuse it later)', () => {
    let body: unknown = 'leaf';
    for (let level = 0; level < 5_000; level += 1) body = [body];
    expect(commandDigest('POST /api/v1/members', body)).toMatch(/^[0-9a-f]{64}$/);
  });
});
