import { isConnectionFailure } from './connection-failure.js';

describe('connection failures', () => {
  it('recognizes a refused connection, a lost one and a server shutting down', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect([refused, shutdown, new Error('Connection terminated unexpectedly'), new AggregateError([refused])].every((error) => isConnectionFailure(error))).toBe(true);
  });

  it('looks inside the errors that wrap one', () => {
    const wrapped = Object.assign(new Error('Query failed'), { driverError: Object.assign(new Error('x'), { code: '08006' }) });
    expect(isConnectionFailure(wrapped)).toBe(true);
    expect(isConnectionFailure(new Error('outer', { cause: new Error('Client has encountered a connection error and is not queryable') }))).toBe(true);
  });

  it('does not take a wrong statement or a broken rule for an outage', () => {
    const syntax = Object.assign(new Error('syntax error'), { code: '42601' });
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect([syntax, unique, new Error('anything'), 'text', null].some((error) => isConnectionFailure(error))).toBe(false);
  });
});
