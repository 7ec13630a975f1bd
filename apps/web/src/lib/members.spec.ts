import { actsFor, countsBy, identifierKeys } from './members';

describe('the acts offered on a member', () => {
  it.each([
    ['applied', ['admission', 'rejection', 'representative', 'representativeRemoval', 'details']],
    ['admitted', ['suspension', 'expulsion', 'withdrawal', 'representative', 'representativeRemoval', 'details']],
    ['suspended', ['reinstatement', 'expulsion', 'withdrawal', 'representative', 'representativeRemoval', 'details']],
    ['expelled', []],
  ] as const)('given a record that is %s, offers %j', (status, acts) => {
    expect(actsFor(status)).toEqual(acts);
  });
});

describe('the parts of a national identifier', () => {
  it.each([
    ['RU', ['ogrn', 'inn']],
    ['kz', ['bin']],
    ['UZ', ['stir']],
    ['TJ', ['inn']],
    ['IN', ['registryId']],
    ['', ['registryId']],
  ])('given the country %j, asks for %j', (country, keys) => {
    expect(identifierKeys(country)).toEqual(keys);
  });
});

describe('counts of the register', () => {
  const title = { ru: '', en: null };
  const counts = [
    { country: 'RU', category: 'staffing_agency', status: 'admitted', count: 2, statusTitle: title },
    { country: 'KZ', category: 'staffing_agency', status: 'applied', count: 1, statusTitle: title },
    { country: 'RU', category: 'other_ngo', status: 'applied', count: 3, statusTitle: title },
  ] as const;

  it('given counts by country, category and status, when summed by country, then gives each country its total, the largest first', () => {
    expect(countsBy(counts, 'country')).toEqual([
      { value: 'RU', count: 5 },
      { value: 'KZ', count: 1 },
    ]);
  });

  it('given counts with equal totals, when summed by status, then orders the equal ones by their value', () => {
    expect(countsBy([...counts, { ...counts[0], count: 2 }], 'status')).toEqual([
      { value: 'admitted', count: 4 },
      { value: 'applied', count: 4 },
    ]);
  });
});
