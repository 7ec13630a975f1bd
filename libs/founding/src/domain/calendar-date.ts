import { DomainRuleViolation } from '#accord/kernel';

/** An ISO 8601 calendar date (`2026-04-20`) that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Stages are compared by their dates, so a malformed date would silently order them wrongly. */
export function requireCalendarDates(fields: Readonly<Record<string, string>>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (!isCalendarDate(value)) {
      throw new DomainRuleViolation(
        'INVALID_CALENDAR_DATE',
        { ru: `Поле ${field} должно быть датой вида ГГГГ-ММ-ДД`, en: `${field} must be a calendar date YYYY-MM-DD` },
        { field, value },
      );
    }
  }
}

/** A later step cannot be dated before the step it follows. */
export function requireNotBefore(field: string, date: string, notBefore: string): void {
  if (date < notBefore) {
    throw new DomainRuleViolation(
      'DATE_OUT_OF_ORDER',
      { ru: `Дата ${field} (${date}) не может быть раньше ${notBefore}`, en: `${field} (${date}) cannot be before ${notBefore}` },
      { field, date, notBefore },
    );
  }
}
