import { createHash } from 'node:crypto';
import { canonicalJson } from '#accord/ledger';

// Secrets never reach the ledger, not even as an unsalted hash that a guess could be checked against.
const SECRET_FIELD = /password|secret|token/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => [key, SECRET_FIELD.test(key) ? '[secret]' : withoutSecrets(field)]),
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
