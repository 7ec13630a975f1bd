import { createHash, randomUUID } from 'node:crypto';

// Accord's own namespace for name-based ids (RFC 9562 §5.5).
const ACCORD_NAMESPACE = Buffer.from('6f1c0a64e2b94c1f9d0a3f4b5c6d7e8f', 'hex');

/** A UUID v5: the same name always gives the same id, so a repeated command repeats no event. */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(ACCORD_NAMESPACE).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a record a command creates beside its own (a representative, a deliverable, a meeting):
 * derived from the command's id for a purpose, so a repeated command names the same record; random without one.
 */
export const derivedId = (commandId: string | undefined, purpose: string): string =>
  commandId ? nameBasedUuid(`${commandId}:${purpose}`) : randomUUID();
