/** Languages of the interface; Russian is the Association's working language and comes first. */
export type Language = 'ru' | 'en';

const LOCALE: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };
const DAY_MS = 86_400_000;

/** A legal date (`2026-05-20`) as words: `20 мая 2026` / `20 May 2026`, never shifted by a time zone. */
export function formatLegalDate(date: string, language: Language): string {
  const parts = new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(`${date}T00:00:00Z`),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

/** A moment in the Association's time zone, with the zone named: `20 мая 2026, 14:30 (Москва, стандартное время)`. */
export function formatMoment(timestamp: string, language: Language, timeZone: string): string {
  const moment = new Date(timestamp);
  const day = formatLegalDate(calendarDateIn(moment, timeZone), language);
  const time = new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(moment);
  const zone = new Intl.DateTimeFormat(LOCALE[language], { timeZone, timeZoneName: 'long' })
    .formatToParts(moment)
    .find((entry) => entry.type === 'timeZoneName')?.value;
  return `${day}, ${time} (${zone ?? timeZone})`;
}

/** The calendar date of a moment in a time zone, as `YYYY-MM-DD`. */
export function calendarDateIn(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(moment);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const DAY_WORDS: Record<Language, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  en: { one: 'day', other: 'days' },
};

function days(count: number, language: Language): string {
  const rule = new Intl.PluralRules(LOCALE[language]).select(count);
  return `${count} ${DAY_WORDS[language][rule] ?? DAY_WORDS[language].other}`;
}

/** How a due date stands against today: `через 3 дня` / `in 3 days`, `сегодня` / `today`, `просрочено на 5 дней` / `5 days overdue`. */
export function dueInWords(dueOn: string, today: string, language: Language): string {
  const left = daysBetween(today, dueOn);
  if (left < 0) return language === 'ru' ? `просрочено на ${days(-left, language)}` : `${days(-left, language)} overdue`;
  return new Intl.RelativeTimeFormat(LOCALE[language], { numeric: 'auto' }).format(left, 'day');
}
