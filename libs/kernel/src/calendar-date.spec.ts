import { calendarDateOf, isCalendarDate, legalDateOfDecision } from './calendar-date.js';

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

  it('dates an act by the recorded decision that made it', () => {
    expect(legalDateOfDecision({ kind: 'decision', date: '2026-06-30' }, new Date('2026-12-01T10:00:00Z'))).toBe('2026-06-30');
  });

  it('dates an act by a resolution on the day it was recorded', () => {
    expect(legalDateOfDecision({ kind: 'resolution' }, new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-01');
  });
});
