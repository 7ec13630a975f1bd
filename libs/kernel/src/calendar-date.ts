/** An ISO 8601 calendar date (`2026-04-20`) that exists in the calendar: legal dates are days, not moments. */
export function isCalendarDate(value: unknown): value is string {
  // The year 0000 does not exist in the Gregorian calendar (PostgreSQL refuses it); 1 BC precedes AD 1.
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && calendarDateOf(date) === value;
}

/** The UTC calendar date of a moment: the server's clock and the record's legal dates are both in UTC. */
export function calendarDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
