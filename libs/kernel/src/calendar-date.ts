import { DomainRuleViolation } from './domain-rule-violation.js';

/** An ISO 8601 calendar date (`2026-04-20`) that exists in the calendar: legal dates are days, not moments. */
export function isCalendarDate(value: unknown): value is string {
  // The year 0000 does not exist in the Gregorian calendar (PostgreSQL refuses it); 1 BC precedes AD 1.
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && calendarDateOf(date) === value;
}

/** The UTC calendar date of a moment: day arithmetic on legal dates runs on UTC midnights. */
export function calendarDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The Association's seat: its legal days are days of this zone unless `ACCORD_TIME_ZONE` names another. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

interface ZoneDays {
  readonly format: Intl.DateTimeFormat;
  /** The last minute asked (milliseconds since the epoch ÷ 60,000) and its date. */
  minute: number;
  date: string;
}

const zoneDays = new Map<string, ZoneDays>();
const MILLISECONDS_PER_MINUTE = 60_000;
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1972, 0, 1);

/** The calendar date of a moment in a time zone: at 22:30 UTC on 6 December it is 7 December in Moscow. */
export function calendarDateIn(moment: Date, timeZone: string): string {
  // A formatter costs far more to build than to use, and using it costs more than the command it dates:
  // every command asks, so the date of the last minute asked is kept. Since 1972 every zone's offset
  // is a whole number of minutes, so a day never changes inside a minute.
  let days = zoneDays.get(timeZone);
  if (!days) {
    days = { format: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }), minute: Number.NaN, date: '' };
    zoneDays.set(timeZone, days);
  }
  const time = moment.getTime();
  const minute = Math.floor(time / MILLISECONDS_PER_MINUTE);
  if (minute !== days.minute || time < WHOLE_MINUTE_OFFSETS_SINCE) {
    days.date = days.format.format(moment);
    days.minute = minute;
  }
  return days.date;
}

/**
 * The Association's calendar: a legal day is a day of its time zone, so a letter sent in Moscow
 * at half past midnight is dated that day, not the day before as in UTC.
 */
export class AssociationCalendar {
  constructor(
    private readonly timeZone: string = DEFAULT_TIME_ZONE,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Today, the default "as of" of a read and the latest date an act that has happened may carry. */
  today(): string {
    return calendarDateIn(this.clock(), this.timeZone);
  }
}

/** A legal date of something that has happened cannot lie after `today`; the field is named in the details, for the form. */
export function requireNotInFuture(field: string, date: string, today: string): void {
  if (date > today) {
    throw new DomainRuleViolation('DATE_IN_FUTURE', { ru: `Дата ${date} ещё не наступила`, en: `The date ${date} is in the future` }, { field, date, today });
  }
}

/**
 * The legal date of an act done by a decision: a decision recorded elsewhere carries its own date;
 * any other (a resolution, whose consequence is carried out as its vote closes) dates the act on the
 * day it was recorded.
 */
export function legalDateOfDecision(decision: { readonly kind: string; readonly date?: string }, recordedAt: Date): string {
  return decision.kind === 'decision' && decision.date !== undefined ? decision.date : calendarDateOf(recordedAt);
}
