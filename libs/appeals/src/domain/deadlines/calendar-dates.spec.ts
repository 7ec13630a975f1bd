import { addCalendarDays, addWorkingDays, daysBetween, isWeekend, nextWorkingDay } from './calendar-dates.js';
import type { HolidayCalendar } from './holiday-calendars.js';

/** A made-up country that covers 2026 only: 1 May is a holiday and Saturday 9 May a working day. */
const calendar: HolidayCalendar = {
  isWorkingDay(date) {
    if (!date.startsWith('2026-')) return undefined;
    if (date === '2026-05-09') return true;
    return date !== '2026-05-01' && !isWeekend(date);
  },
};

describe('calendar dates', () => {
  it.each([
    ['2026-04-20', 30, '2026-05-20'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // a European daylight-saving change does not shift a legal date
    ['2026-05-20', -7, '2026-05-13'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('given %s, when %i calendar days are added, then the date is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-04-20', '2026-05-20', 30],
    ['2028-02-01', '2028-03-01', 29],
    ['2027-02-01', '2027-03-01', 28],
    ['2026-05-20', '2026-04-20', -30],
    ['2026-12-31', '2027-01-01', 1],
  ])('given %s and %s, when the days between are counted, then there are %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['a Monday, to the Tuesday', '2026-05-04', 1, '2026-05-05', false],
    ['a Friday, over the weekend', '2026-05-15', 1, '2026-05-18', false],
    ['a Thursday, over a Friday holiday and the weekend', '2026-04-30', 1, '2026-05-04', false],
    ['a Sunday, never counting the starting day', '2026-05-03', 5, '2026-05-08', false],
    ['a Thursday, into a year the calendar does not cover', '2026-12-31', 1, '2027-01-01', true],
  ])('given %s, when working days are added, then the count ends where the law says', (_, date, days, expected, missing) => {
    expect(addWorkingDays(date, days, calendar)).toEqual({ date: expected, calendarMissing: missing });
  });

  it('given a Friday, when one working day is added, then a working Saturday counts', () => {
    expect(addWorkingDays('2026-05-08', 1, calendar)).toEqual({ date: '2026-05-09', calendarMissing: false });
  });

  it.each([
    ['a working day stays where it is', '2026-05-04', '2026-05-04', false],
    ['a holiday moves to the next working day', '2026-05-01', '2026-05-04', false],
    ['a Sunday moves to the Monday', '2026-05-03', '2026-05-04', false],
    ['a Saturday in a year without a calendar moves by weekends alone', '2027-01-02', '2027-01-04', true],
  ])('given the next working day is asked for, then %s', (_, date, expected, missing) => {
    expect(nextWorkingDay(date, calendar)).toEqual({ date: expected, calendarMissing: missing });
  });

  it.each(['2026-02-30', '2026-13-01', '26-04-20', '2026-4-20', '2026-04-20T00:00:00Z', ''])(
    'given the malformed date %p, then arithmetic refuses it',
    (date) => {
      expect(() => addCalendarDays(date, 1)).toThrow(RangeError);
    },
  );

  it('given a fractional or negative count, then working days are not counted', () => {
    expect(() => addWorkingDays('2026-05-04', 1.5, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-05-04', -1, calendar)).toThrow(RangeError);
  });
});
