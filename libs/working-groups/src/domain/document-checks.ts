import { DomainRuleViolation } from '#accord/kernel';

/** An ISO 8601 calendar date (`2026-04-20`) that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

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
