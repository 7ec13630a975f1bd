const DAY_MS = 86_400_000;
const digits = (width: number) => Array.from({ length: 10 ** width }, (_, value) => value.toString().padStart(width, '0'));
const [TWO_DIGITS, THREE_DIGITS] = [digits(2), digits(3)];
// The last day printed: an export meets events in the order they were recorded, nearly always on one day.
let isoDay = { day: NaN, prefix: '' };

/**
 * `new Date(ms).toISOString()` for a time from 1970 on: the date is printed once a day and the time
 * from tables, since `toISOString` for every event cost node about what `to_char` saved the server.
 */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== isoDay.day) isoDay = { day, prefix: new Date(day * DAY_MS).toISOString().slice(0, 11) };
  const inDay = ms - day * DAY_MS;
  const seconds = Math.floor(inDay / 1_000);
  return `${isoDay.prefix}${TWO_DIGITS[Math.floor(seconds / 3_600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}.${THREE_DIGITS[inDay % 1_000]}Z`;
}
