import { nextDay, startOfDayIn } from './zoned-days';

describe('the start of a day in a time zone', () => {
  it('is the previous evening in UTC east of Greenwich', () => {
    expect(startOfDayIn('2026-09-01', 'Europe/Moscow')).toBe('2026-08-31T21:00:00.000Z');
    expect(startOfDayIn('2026-09-01', 'Asia/Tashkent')).toBe('2026-08-31T19:00:00.000Z');
  });

  it('follows a change of offset on the day itself', () => {
    // Berlin moves to summer time on 29 March 2026; midnight is still winter time.
    expect(startOfDayIn('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('the next day', () => {
  it('crosses the end of a month and of a year', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
