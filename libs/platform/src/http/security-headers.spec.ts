import type { Request, Response } from 'express';
import { securityHeaders } from './http-app.js';

const middleware = securityHeaders();
let passedOn = 0;

/** The headers of a response that went through the middleware, starting with Express's own. */
function answered(): Map<string, string> {
  const headers = new Map<string, string>([['x-powered-by', 'Express']]);
  const response = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as Response;
  middleware({} as Request, response, () => (passedOn += 1));
  return headers;
}

describe('security headers worked out once', () => {
  it('given two responses, when each is answered, then both carry the whole set, the policy allowing scripts from the own origin only', () => {
    const [first, second] = [answered(), answered()];
    expect(passedOn).toBe(2);
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
