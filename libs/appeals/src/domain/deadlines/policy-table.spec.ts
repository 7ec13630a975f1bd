import { ADDRESSEE_KINDS, type AddresseeKind } from '../addressee/addressee.events.js';
import { HOLIDAY_CALENDARS } from './holiday-calendars.js';
import type { Certainty, JurisdictionPolicy } from './jurisdiction-policy.js';
import { JURISDICTION_POLICIES, defaultPolicyId, jurisdictionPolicy } from './policy-table.js';

const CERTAINTIES: readonly Certainty[] = ['confirmed', 'secondary', 'recalled', 'unknown'];
const rows = JURISDICTION_POLICIES.map((policy) => [policy.id, policy] as const);

function figures(policy: JurisdictionPolicy) {
  return [policy.registration, policy.answer, policy.extension, policy.forwarding].filter((figure) => figure !== null);
}

describe('the jurisdiction policy table', () => {
  it('gives every row its own id', () => {
    const ids = JURISDICTION_POLICIES.map((policy) => policy.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the rows the appeals context relies on', () => {
    expect(JURISDICTION_POLICIES.map((policy) => policy.id)).toEqual([
      'RU-59FZ',
      'RU-59FZ-MIGRATION',
      'KZ-APPK',
      'UZ-ZRU-445',
      'KG-67',
      'TJ-1339',
      'EXPECTED-DATE',
    ]);
  });

  it.each(rows)('cites a source and a known certainty for each figure of %s', (_, policy) => {
    for (const figure of figures(policy)) {
      expect(figure.source.trim()).not.toBe('');
      expect(CERTAINTIES).toContain(figure.certainty);
      expect(Number.isInteger(figure.days) && figure.days > 0).toBe(true);
    }
  });

  it.each(rows)('titles %s and notes its doubts in both languages', (_, policy) => {
    for (const text of [policy.title, policy.notes, policy.law].filter((value) => value !== null)) {
      expect(text.ru.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  const needingCalendar = rows.filter(
    ([, policy]) => figures(policy).some((figure) => figure.dayKind === 'working') || policy.movesOffNonWorkingDays,
  );
  it.each(needingCalendar)(
    'gives %s, which needs working days, a country with a holiday calendar',
    (_, policy) => {
      expect(HOLIDAY_CALENDARS.map((calendar) => calendar.country)).toContain(policy.calendar);
    },
  );

  it.each(rows.filter(([, policy]) => policy.answer === null))(
    'leaves the due date of %s to the secretariat, with nothing else to count',
    (_, policy) => {
      expect([policy.registration, policy.extension, policy.forwarding]).toEqual([null, null, null]);
    },
  );

  it('counts the 59-FZ period from registration: 30 calendar days, not moved off days off', () => {
    expect(jurisdictionPolicy('RU-59FZ')).toMatchObject({
      periodStartsAt: 'registration',
      registration: { days: 3, dayKind: 'calendar', source: '59-FZ art. 8 part 2', certainty: 'secondary' },
      answer: { days: 30, dayKind: 'calendar', source: '59-FZ art. 12 part 1', certainty: 'confirmed' },
      extension: { days: 30, dayKind: 'calendar', once: true, source: '59-FZ art. 12 part 2' },
      forwarding: { days: 7, source: '59-FZ art. 8 part 3', certainty: 'confirmed' },
      movesOffNonWorkingDays: false,
    });
  });

  it('keeps the 20-day migration period marked as recalled', () => {
    expect(jurisdictionPolicy('RU-59FZ-MIGRATION')?.answer).toEqual({
      days: 20,
      dayKind: 'calendar',
      source: '59-FZ art. 12 part 1.1',
      certainty: 'recalled',
    });
  });

  it.each([
    ['KZ-APPK', 'receipt', 15, 'working', 'KZ'],
    ['UZ-ZRU-445', 'receipt', 15, 'calendar', null],
    ['KG-67', 'registration', 14, 'working', 'KG'],
  ] as const)('counts %s from %s: %i %s days', (id, startsAt, days, dayKind, calendar) => {
    expect(jurisdictionPolicy(id)).toMatchObject({ periodStartsAt: startsAt, answer: { days, dayKind }, calendar });
  });

  it('has no row for an unknown id', () => {
    expect(jurisdictionPolicy('XX-NONE')).toBeUndefined();
  });

  it.each<[string, AddresseeKind, string]>([
    ['RU', 'ministry', 'RU-59FZ'],
    ['RU', 'parliament', 'RU-59FZ'],
    ['KZ', 'agency', 'KZ-APPK'],
    ['UZ', 'ministry', 'UZ-ZRU-445'],
    ['KG', 'agency', 'KG-67'],
    ['TJ', 'ministry', 'TJ-1339'],
    ['AM', 'ministry', 'EXPECTED-DATE'],
    ['constructor', 'ministry', 'EXPECTED-DATE'],
    ['interstate', 'interstate_body', 'EXPECTED-DATE'],
    ['RU', 'interstate_body', 'EXPECTED-DATE'],
    ['KZ', 'ngo', 'EXPECTED-DATE'],
  ])('given a body in %s of kind %s, then its default policy is %s', (country, kind, expected) => {
    expect(defaultPolicyId(country, kind)).toBe(expected);
  });

  const bodies = ADDRESSEE_KINDS.flatMap((kind) =>
    ['RU', 'KZ', 'UZ', 'KG', 'TJ', 'interstate', 'BY'].map((country) => [country, kind] as const),
  );
  it.each(bodies)(
    'given a body in %s of kind %s, then its default policy is a row of the table',
    (country, kind) => {
      expect(jurisdictionPolicy(defaultPolicyId(country, kind))).toBeDefined();
    },
  );
});
