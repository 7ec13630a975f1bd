import { AssociationCalendar, calendarDateIn, calendarDateOf, isCalendarDate, legalDateOfDecision, requireNotInFuture } from './calendar-date.js';
import { expectRejection } from './testing/decider-spec.js';

describe('calendar dates', () => {
  it('recognizes ISO calendar dates that exist', () => {
    expect(['2026-10-31', '2028-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '2026-10-31T00:00:00Z', '20261031', '', '0000-01-01'].some(isCalendarDate)).toBe(false);
  });

  it('refuses what is not text', () => {
    expect([20261031, null, undefined, new Date('2026-10-31')].some(isCalendarDate)).toBe(false);
  });

  it('gives the UTC date of a moment', () => {
    expect(calendarDateOf(new Date('2026-10-31T23:30:00-02:00'))).toBe('2026-11-01');
  });

  it('gives the date of a moment in a time zone, across a change of day and of year', () => {
    expect(calendarDateIn(new Date('2026-12-06T21:30:00Z'), 'Europe/Moscow')).toBe('2026-12-07');
    expect(calendarDateIn(new Date('2026-12-06T21:30:00Z'), 'UTC')).toBe('2026-12-06');
    expect(calendarDateIn(new Date('2026-12-31T18:30:00Z'), 'Asia/Bishkek')).toBe('2027-01-01');
    expect(calendarDateIn(new Date('2026-06-01T02:00:00Z'), 'America/New_York')).toBe('2026-05-31');
  });

  it('names today by the day in the Association’s zone, from the first second after its midnight', () => {
    const todayAt = (moment: string) => new AssociationCalendar('Europe/Moscow', () => new Date(moment)).today();
    expect(todayAt('2026-12-06T20:59:59Z')).toBe('2026-12-06');
    expect(todayAt('2026-12-06T21:00:00Z')).toBe('2026-12-07');
  });

  it('dates each moment by its own minute, asked in any order and in several zones', () => {
    const moments = ['2026-12-06T20:59:59.999Z', '2026-12-06T21:00:00.000Z', '2026-12-06T20:59:00.000Z', '2026-12-06T21:00:59.999Z', '2027-12-06T21:00:30.000Z'];
    const expected = { 'Europe/Moscow': ['2026-12-06', '2026-12-07', '2026-12-06', '2026-12-07', '2027-12-07'], UTC: ['2026-12-06', '2026-12-06', '2026-12-06', '2026-12-06', '2027-12-06'] };
    for (let pass = 0; pass < 2; pass += 1) {
      for (const [zone, dates] of Object.entries(expected)) {
        expect(moments.map((moment) => calendarDateIn(new Date(moment), zone))).toEqual(dates);
      }
    }
  });

  it('accepts a legal date up to today and refuses the day after, naming the field', () => {
    expect(() => requireNotInFuture('dispatchedOn', '2026-12-07', '2026-12-07')).not.toThrow();
    expectRejection(() => requireNotInFuture('dispatchedOn', '2026-12-08', '2026-12-07'), 'DATE_IN_FUTURE', { field: 'dispatchedOn', date: '2026-12-08', today: '2026-12-07' });
  });

  it('dates an act by the recorded decision that made it', () => {
    expect(legalDateOfDecision({ kind: 'decision', date: '2026-06-30' }, new Date('2026-12-01T10:00:00Z'))).toBe('2026-06-30');
  });

  it('dates an act by a resolution on the day it was recorded', () => {
    expect(legalDateOfDecision({ kind: 'resolution' }, new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-01');
  });
});
