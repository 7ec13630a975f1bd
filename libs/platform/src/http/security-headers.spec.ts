import { securityHeaders } from './http-app.js';

describe('security headers worked out once', () => {
  it('given two servers, when each works out its headers, then both get the whole set, the policy allowing scripts from the own origin only', () => {
    const [first, second] = [new Map(securityHeaders()), new Map(securityHeaders())];
    expect([...first.keys()].map((name) => name.toLowerCase()).sort()).toEqual([
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
    expect(first.get('Content-Security-Policy')).toMatch(/script-src 'self';/);
    expect(first.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    expect(second).toEqual(first);
  });
});
