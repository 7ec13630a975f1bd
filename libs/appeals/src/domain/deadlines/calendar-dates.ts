import { calendarDateOf, isCalendarDate } from '#accord/kernel';
import type { HolidayCalendar } from './holiday-calendars.js';

/**
 * Arithmetic on legal dates written `YYYY-MM-DD`. A legal date has no time zone, so every date is
 * read as midnight UTC: no local offset or daylight-saving change can shift a day.
 */

const MS_PER_DAY = 86_400_000;

/** A date reached by counting working days, and whether the count crossed a year without a holiday calendar. */
export interface WorkingDayCount {
  readonly date: string;
  /** `true` when a day was judged by weekends alone because its year has no calendar. */
  readonly calendarMissing: boolean;
}

function toEpochDay(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00.000Z`) / MS_PER_DAY;
}

function fromEpochDay(day: number): string {
  return calendarDateOf(new Date(day * MS_PER_DAY));
}

function requireDayCount(days: number): void {
  if (!Number.isInteger(days)) throw new RangeError(`A number of days must be whole: ${days}`);
}

/** `date` plus `days` calendar days (negative counts back). */
export function addCalendarDays(date: string, days: number): string {
  requireDayCount(days);
  return fromEpochDay(toEpochDay(date) + days);
}

/** The number of calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Saturday or Sunday: the days off of the five-day week in every country the table covers. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Whether a day is worked; a year the calendar does not cover falls back to weekends and says so. */
function workingDay(date: string, calendar: HolidayCalendar): { working: boolean; covered: boolean } {
  const working = calendar.isWorkingDay(date);
  return working === undefined ? { working: !isWeekend(date), covered: false } : { working, covered: true };
}

/**
 * The `days`-th working day after `date`. A period counts from the day after its starting event, so
 * the starting day itself is never counted, whether or not it was a working day.
 */
export function addWorkingDays(date: string, days: number, calendar: HolidayCalendar): WorkingDayCount {
  requireDayCount(days);
  if (days < 0) throw new RangeError(`Working days are counted forward only: ${days}`);
  let current = date;
  let calendarMissing = false;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    const day = workingDay(current, calendar);
    calendarMissing ||= !day.covered;
    if (day.working) counted += 1;
  }
  return { date: current, calendarMissing };
}

/** `date` itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(date: string, calendar: HolidayCalendar): WorkingDayCount {
  let current = date;
  let calendarMissing = false;
  for (;;) {
    const day = workingDay(current, calendar);
    calendarMissing ||= !day.covered;
    if (day.working) return { date: current, calendarMissing };
    current = addCalendarDays(current, 1);
  }
}
