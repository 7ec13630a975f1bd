import { createHash } from 'node:crypto';
import { canonicalJson } from '#accord/ledger';

// Secrets never reach the ledger, not even as an unsalted hash that a guess could be checked against.
const SECRET_FIELD = /password|secret|token/i;

// Far deeper than any body the input checks let through: a deeper one is refused before any command
// runs, so its digest never matters, but it must not exhaust the stack on the way there.
const MAX_DEPTH = 64;

function withoutSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => [key, SECRET_FIELD.test(key) ? '[secret]' : withoutSecrets(field, depth + 1)]),
  );
}

/**
 * The digest of what a client asked with a commandId: the act (method and path) and the body, in
 * canonical JSON. A repeat of the commandId with the same digest is a retry; with another, a reuse.
 * It is taken from the request rather than from the command the server builds, because a faithful
 * retry may meet different derived data (the electorate now, a power of attorney's state).
 */
export function commandDigest(act: string, body: unknown): string {
  return createHash('sha256').update(canonicalJson({ act, body: withoutSecrets(body) })).digest('hex');
}
