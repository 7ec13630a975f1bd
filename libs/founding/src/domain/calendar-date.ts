import { DomainRuleViolation, isCalendarDate } from '#accord/kernel';

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
