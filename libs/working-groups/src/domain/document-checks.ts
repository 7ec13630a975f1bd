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

