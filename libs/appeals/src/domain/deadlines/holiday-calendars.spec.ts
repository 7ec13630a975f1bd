import { isWeekend } from './calendar-dates.js';
import { HOLIDAY_CALENDARS, holidayCalendar } from './holiday-calendars.js';
import type { Certainty } from './jurisdiction-policy.js';

const CERTAINTIES: readonly Certainty[] = ['confirmed', 'secondary', 'recalled', 'unknown'];
const years = HOLIDAY_CALENDARS.flatMap((calendar) => calendar.years.map((year) => [calendar.country, year.year, year] as const));

describe('holiday calendars', () => {
  it.each([
    ['KZ', 2026],
    ['KZ', 2027],
    ['KG', 2026],
    ['KG', 2027],
  ])('cover %s in %i', (country, year) => {
    expect(HOLIDAY_CALENDARS.find((calendar) => calendar.country === country)?.years.map((entry) => entry.year)).toContain(year);
  });

  it.each(years)('date every day of %s %i inside its year, once, with a bilingual name', (_, year, entry) => {
    const days = [...entry.nonWorkingDays, ...entry.workingWeekendDays];
    expect(new Set(days.map((day) => day.on)).size).toBe(days.length);
    for (const day of days) {
      expect(day.on.startsWith(`${year}-`)).toBe(true);
      expect(new Date(`${day.on}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day.on);
      expect(day.name.ru.trim() && day.name.en.trim()).toBeTruthy();
    }
  });

  it.each(years)('give %s %i a source, a certainty and a weaker certainty only on less sure days', (_, __, entry) => {
    expect(entry.source.trim()).not.toBe('');
    expect(CERTAINTIES).toContain(entry.certainty);
    for (const day of entry.nonWorkingDays.filter((holiday) => holiday.certainty !== undefined)) {
      expect(CERTAINTIES.indexOf(day.certainty as Certainty)).toBeGreaterThan(CERTAINTIES.indexOf(entry.certainty));
    }
  });

  it.each(years)('make only Saturdays or Sundays working days in %s %i', (_, __, entry) => {
    expect(entry.workingWeekendDays.every((day) => isWeekend(day.on))).toBe(true);
  });

  it.each([
    ['KZ', '2026-03-23', false, 'Nauryz on a Monday'],
    ['KZ', '2026-03-24', false, 'the day off moved from Saturday 21 March'],
    ['KZ', '2026-03-26', true, 'the Thursday after Nauryz'],
    ['KZ', '2026-05-27', false, 'Kurban Ait'],
    ['KZ', '2026-08-31', true, 'a Monday no longer a day off since Constitution Day moved to 15 March'],
    ['KZ', '2026-10-26', false, 'the day off moved from Republic Day on a Sunday'],
    ['KZ', '2026-12-19', false, 'a Saturday'],
    ['KZ', '2027-03-15', false, 'the new Constitution Day'],
    ['KG', '2026-01-09', false, 'a day off added by the Cabinet of Ministers'],
    ['KG', '2026-01-12', true, 'the Monday after the New Year holidays'],
    ['KG', '2026-02-23', true, 'Defender of the Fatherland Day, a working day'],
    ['KG', '2026-03-09', true, 'the Monday after 8 March on a Sunday, not moved'],
    ['KG', '2026-03-20', false, 'Orozo Ait'],
    ['KG', '2026-05-06', false, 'the May holidays'],
    ['KG', '2026-05-11', true, 'the Monday after the May holidays'],
  ])('given %s on %s, then working is %p (%s)', (country, date, working) => {
    expect(holidayCalendar(country).isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['KZ', '2028-03-22'],
    ['KG', '2025-12-31'],
    ['UZ', '2026-05-04'],
    [null, '2026-05-04'],
  ])('given %s and a year it has no data for (%s), then the day is not covered', (country, date) => {
    expect(holidayCalendar(country).isWorkingDay(date)).toBeUndefined();
  });
});
