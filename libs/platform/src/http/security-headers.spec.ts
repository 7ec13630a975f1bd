import type { Request, Response } from 'express';
import { securityHeaders } from './http-app.js';

/** A response that keeps the headers set on it. */
function answered(): Map<string, string> {
  const headers = new Map<string, string>([['x-powered-by', 'Express']]);
  const response = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as Response;
  securityHeadersOnce(({} as Request), response);
  return headers;
}

const middleware = securityHeaders();
let nextCalls = 0;
const securityHeadersOnce = (request: Request, response: Response) => middleware(request, response, () => (nextCalls += 1));

describe('security headers worked out once', () => {
  it('given two responses, when each is answered, then both carry the whole set, the policy allowing scripts from the own origin only', () => {
    const [first, second] = [answered(), answered()];
    expect(nextCalls).toBe(2);
    expect([...first.keys()].sort()).toEqual([
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ]);
    expect(first.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(first.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(second).toEqual(first);
  });
});
