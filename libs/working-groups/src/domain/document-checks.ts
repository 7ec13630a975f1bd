import { DomainRuleViolation, isCalendarDate } from '#accord/kernel';

/** Due dates are compared as text to find what is overdue, which only works for well-formed dates. */
export function requireCalendarDate(field: string, value: string): void {
  if (!isCalendarDate(value)) {
    throw new DomainRuleViolation(
      'INVALID_CALENDAR_DATE',
      { ru: `Поле ${field} должно быть датой вида ГГГГ-ММ-ДД`, en: `${field} must be a calendar date YYYY-MM-DD` },
      { field, value },
    );
  }
}

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
