// SQLSTATE classes and codes that mean "the server is away", not "the statement is wrong":
// 08 connection exception, 57P01–57P03 shutdown and start-up, 53300 too many connections.
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|53300)$/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// pg reports a lost or refused connection in plain errors without a code.
const LOST_CONNECTION = /Connection terminated|not queryable|timeout exceeded when trying to connect|Client was closed|Cannot use a pool after calling end/i;

/**
 * True when an error (or one it wraps: TypeORM's driverError, a cause, an AggregateError's parts)
 * says the database could not be reached, so the request may succeed later (503), rather than
 * that the request itself was wrong.
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, cause, driverError, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    driverError?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code))) return true;
  if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
  const wrapped = [cause, driverError, ...(Array.isArray(errors) ? errors : [])];
  return wrapped.some((inner) => inner !== error && isConnectionFailure(inner, depth + 1));
}
