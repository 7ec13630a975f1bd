import { DomainRuleViolation } from './domain-rule-violation.js';

/** A document's SHA-256 as the ledger keeps it: lowercase hex, whatever case it came in. */
export function documentDigest(field: string, value: string): string {
  const digest = value.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(digest)) {
    throw new DomainRuleViolation(
      'INVALID_SHA256',
      { ru: `Поле ${field} должно быть хешем SHA-256 (64 шестнадцатеричных знака)`, en: `${field} must be a SHA-256 hash (64 hex digits)` },
      { field },
    );
  }
  return digest;
}
