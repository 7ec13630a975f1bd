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

/** Today's UTC calendar date by the server's clock: the default "as of" of a read. */
export const todayUtc = (): string => calendarDateOf(new Date());

/**
 * The legal date of an act done by a decision: a decision recorded elsewhere carries its own date;
 * any other (a resolution, whose consequence is carried out as its vote closes) dates the act on the
 * day it was recorded.
 */
export function legalDateOfDecision(decision: { readonly kind: string; readonly date?: string }, recordedAt: Date): string {
  return decision.kind === 'decision' && decision.date !== undefined ? decision.date : calendarDateOf(recordedAt);
}
