import type { BilingualText } from '#accord/kernel';
import { isWeekend } from './calendar-dates.js';
import { KG_HOLIDAYS } from './calendars/kg.js';
import { KZ_HOLIDAYS } from './calendars/kz.js';
import type { Certainty } from './jurisdiction-policy.js';

/** Tells working days from days off in one country; `undefined` for a year it has no data for. */
export interface HolidayCalendar {
  isWorkingDay(date: string): boolean | undefined;
}

/** A day named in a holiday calendar. */
export interface CalendarDay {
  readonly on: string;
  readonly name: BilingualText;
  /** Set only on a day less sure than its year, such as a lunar holiday announced later. */
  readonly certainty?: Certainty;
}

/**
 * One country's year of days off for a five-day week (Saturday and Sunday off), as state bodies
 * keep it. Data, not code: a new year is a new entry.
 */
export interface HolidayYear {
  readonly year: number;
  /** Public holidays and the days off moved to replace holidays that fell on a weekend. */
  readonly nonWorkingDays: readonly CalendarDay[];
  /** Saturdays or Sundays made working days by a government decree. */
  readonly workingWeekendDays: readonly CalendarDay[];
  /** Where the year was taken from, official site first. */
  readonly source: string;
  /** How sure the year's days are, except those that carry a certainty of their own. */
  readonly certainty: Certainty;
  /** Which days are less sure than the rest, and where to confirm them. */
  readonly notes: BilingualText | null;
}

export interface CountryHolidays {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly years: readonly HolidayYear[];
}

export const HOLIDAY_CALENDARS: readonly CountryHolidays[] = [KZ_HOLIDAYS, KG_HOLIDAYS];

function calendarOf(years: readonly HolidayYear[]): HolidayCalendar {
  const byYear = new Map(
    years.map((year) => [
      year.year,
      {
        nonWorking: new Set(year.nonWorkingDays.map((day) => day.on)),
        workingWeekend: new Set(year.workingWeekendDays.map((day) => day.on)),
      },
    ]),
  );
  return {
    isWorkingDay(date) {
      const year = byYear.get(Number(date.slice(0, 4)));
      if (!year) return undefined;
      if (year.workingWeekend.has(date)) return true;
      return !year.nonWorking.has(date) && !isWeekend(date);
    },
  };
}

const CALENDARS = new Map(HOLIDAY_CALENDARS.map((entry) => [entry.country, calendarOf(entry.years)]));

/** With no data, no year is covered: counts fall back to weekends and report the calendar as missing. */
const NO_CALENDAR = calendarOf([]);

/** The public-holiday calendar of a country; a country without data (or `null`) covers no year. */
export function holidayCalendar(country: string | null): HolidayCalendar {
  return (country === null ? undefined : CALENDARS.get(country)) ?? NO_CALENDAR;
}
