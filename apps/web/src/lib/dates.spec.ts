import { calendarDateIn, daysBetween, dueInWords, formatLegalDate, formatMoment } from './dates';

describe('legal dates', () => {
  it('are written as a day, a month in words and a year, without the Russian "г."', () => {
    expect(formatLegalDate('2026-05-20', 'ru')).toBe('20 мая 2026');
    expect(formatLegalDate('2026-05-20', 'en')).toBe('20 May 2026');
  });

  it('do not move to the previous day west of Greenwich', () => {
    expect(formatLegalDate('2026-01-01', 'en')).toBe('1 January 2026');
  });
});

describe('moments', () => {
  it('are shown in the given time zone with the zone named', () => {
    expect(formatMoment('2026-05-20T11:30:00Z', 'ru', 'Europe/Moscow')).toMatch(/^20 мая 2026, 14:30 \(Москва/);
    expect(formatMoment('2026-05-20T11:30:00Z', 'en', 'Europe/Moscow')).toMatch(/^20 May 2026, 14:30 \(Moscow/);
  });

  it('fall on the calendar date of the zone, not of UTC', () => {
    expect(calendarDateIn(new Date('2026-05-20T22:30:00Z'), 'Europe/Moscow')).toBe('2026-05-21');
    expect(formatMoment('2026-05-20T22:30:00Z', 'en', 'Asia/Tashkent')).toMatch(/^21 May 2026, 03:30 /);
  });
});

describe('due dates in words', () => {
  it('count whole calendar days', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
  });

  it('say how many days are left', () => {
    expect(dueInWords('2026-05-23', '2026-05-20', 'en')).toBe('in 3 days');
    expect(dueInWords('2026-05-23', '2026-05-20', 'ru')).toBe('через 3 дня');
    expect(dueInWords('2026-05-20', '2026-05-20', 'en')).toBe('today');
  });

  it('say how many days a date is overdue, with the Russian plural of the number', () => {
    expect(dueInWords('2026-05-15', '2026-05-20', 'en')).toBe('5 days overdue');
    expect(dueInWords('2026-05-15', '2026-05-20', 'ru')).toBe('просрочено на 5 дней');
    expect(dueInWords('2026-05-19', '2026-05-20', 'ru')).toBe('просрочено на 1 день');
    expect(dueInWords('2026-05-18', '2026-05-20', 'ru')).toBe('просрочено на 2 дня');
    expect(dueInWords('2026-05-19', '2026-05-20', 'en')).toBe('1 day overdue');
  });
});
