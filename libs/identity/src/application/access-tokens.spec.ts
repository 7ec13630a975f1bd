import { AccessTokens } from './access-tokens.js';

const KEY = 'a-signing-key-of-thirty-two-bytes-or-more';
const CLAIMS = { accountId: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5', roles: ['secretariat' as const], organizationId: null, signInId: 'sign-in-1', sessionEpoch: 2 };

/** Tokens of a 60-second life on a clock the test moves. */
function tokensAt(start: string) {
  const clock = { now: new Date(start) };
  return { tokens: new AccessTokens(KEY, 60, () => clock.now), clock };
}

describe('access tokens', () => {
  it('given a token verified once, when it is presented again before it expires, then it gives the same claims', () => {
    const { tokens, clock } = tokensAt('2026-06-01T10:00:00Z');
    const { token } = tokens.sign(CLAIMS);
    expect(tokens.verify(token)).toEqual(CLAIMS);
    clock.now = new Date('2026-06-01T10:00:59Z');
    expect(tokens.verify(token)).toEqual(CLAIMS);
  });

  it('given a token verified once, when it is presented at or after its expiry, then it is refused', () => {
    const { tokens, clock } = tokensAt('2026-06-01T10:00:00Z');
    const { token } = tokens.sign(CLAIMS);
    expect(tokens.verify(token)).not.toBeNull();
    clock.now = new Date('2026-06-01T10:01:00Z');
    expect(tokens.verify(token)).toBeNull();
    expect(tokens.verify(token)).toBeNull();
  });

  it('given a genuine token verified once, when its signature or its claims are changed, then the changed token is refused', () => {
    const { tokens } = tokensAt('2026-06-01T10:00:00Z');
    const { token } = tokens.sign(CLAIMS);
    expect(tokens.verify(token)).not.toBeNull();
    const [header, payload, signature] = token.split('.');
    const otherSignature = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const moreRoles = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] })).toString('base64url');
    expect(tokens.verify(`${header}.${payload}.${otherSignature}`)).toBeNull();
    expect(tokens.verify(`${header}.${moreRoles}.${signature}`)).toBeNull();
  });

  it('given a token signed with another key, when it is presented, then it is refused however often', () => {
    const { tokens } = tokensAt('2026-06-01T10:00:00Z');
    const { token } = new AccessTokens('another-signing-key-of-thirty-two-bytes', 60, () => new Date('2026-06-01T10:00:00Z')).sign(CLAIMS);
    expect(tokens.verify(token)).toBeNull();
    expect(tokens.verify(token)).toBeNull();
  });

  it('gives claims that no request can change for the next one', () => {
    const { tokens } = tokensAt('2026-06-01T10:00:00Z');
    const claims = tokens.verify(tokens.sign(CLAIMS).token)!;
    expect(Object.isFrozen(claims)).toBe(true);
    expect(Object.isFrozen(claims.roles)).toBe(true);
  });
});
