import { ISO_3166_ALPHA2_CODES, isCountryCode } from './countries.js';
import { applicationProblems, correctionProblems, representativeProblems, type MemberCategory } from './member-application.js';
import { deputy, indianApplication, kazakhApplication, representative, russianApplication } from './testing/applications.js';

const fields = (problems: readonly { field: string; code: string }[]) => problems.map(({ field, code }) => [field, code]);

describe('membership application', () => {
  it.each([
    ['a Russian staffing agency', russianApplication],
    ['a Kazakh employers association', kazakhApplication],
    ['an Indian research body', indianApplication],
  ])('finds nothing wrong with %s', (_, application) => {
    expect(applicationProblems(application)).toEqual([]);
  });

  it('asks for the Russian name and legal form', () => {
    const application = { ...russianApplication, name: { ru: ' ', en: 'Primer' }, legalForm: { ru: '', en: null } };
    expect(fields(applicationProblems(application))).toEqual([
      ['name.ru', 'REQUIRED'],
      ['legalForm.ru', 'REQUIRED'],
    ]);
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code', () => {
    const nationalIdentifier = { country: 'IND', scheme: 'OTHER', values: { registryId: 'U74999DL2010NPL123456' } } as const;
    const application = { ...indianApplication, country: 'IND', nationalIdentifier };
    expect(fields(applicationProblems(application))).toEqual([
      ['country', 'UNKNOWN_COUNTRY'],
      ['nationalIdentifier.country', 'UNKNOWN_COUNTRY'],
    ]);
  });

  it('refuses an identifier of another country than the organization', () => {
    expect(fields(applicationProblems({ ...kazakhApplication, country: 'UZ' }))).toEqual([
      ['nationalIdentifier.country', 'IDENTIFIER_COUNTRY_MISMATCH'],
    ]);
  });

  it('reports the identifier problems under nationalIdentifier', () => {
    const nationalIdentifier = { country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1267700000018', inn: '7700000016' } } as const;
    expect(fields(applicationProblems({ ...russianApplication, nationalIdentifier }))).toEqual([
      ['nationalIdentifier.values.ogrn', 'INVALID_CHECK_DIGIT'],
    ]);
  });

  it('refuses an unknown category', () => {
    const application = { ...russianApplication, category: 'bank' as MemberCategory };
    expect(fields(applicationProblems(application))).toEqual([['category', 'UNKNOWN_CATEGORY']]);
  });

  it('checks the contact e-mail and asks for the Russian address when an address is given', () => {
    const contacts = { email: 'office@', phone: null, address: { ru: '', en: 'Moscow' } };
    expect(fields(applicationProblems({ ...russianApplication, contacts }))).toEqual([
      ['contacts.email', 'INVALID_EMAIL'],
      ['contacts.address.ru', 'REQUIRED'],
    ]);
  });

  it('asks for at least one authorized representative', () => {
    expect(fields(applicationProblems({ ...russianApplication, representatives: [] }))).toEqual([['representatives', 'REQUIRED']]);
  });

  it('reports each representative problem with its position in the list', () => {
    const broken = { id: '', name: { ru: '', en: null }, position: { ru: '', en: null }, email: 'nobody' };
    expect(fields(applicationProblems({ ...russianApplication, representatives: [representative, broken] }))).toEqual([
      ['representatives[1].id', 'REQUIRED'],
      ['representatives[1].name.ru', 'REQUIRED'],
      ['representatives[1].position.ru', 'REQUIRED'],
      ['representatives[1].email', 'INVALID_EMAIL'],
    ]);
  });

  it('refuses two representatives with one id', () => {
    const twin = { ...deputy, id: representative.id };
    expect(fields(applicationProblems({ ...russianApplication, representatives: [representative, twin] }))).toEqual([
      ['representatives[1].id', 'DUPLICATE_ID'],
    ]);
  });

  it('gives every problem a bilingual message', () => {
    const [problem] = applicationProblems({ ...russianApplication, representatives: [] });
    expect(problem.message).toEqual({
      ru: 'Нужен хотя бы один уполномоченный представитель',
      en: 'At least one authorized representative is required',
    });
  });

  it('checks one representative with fields relative to it', () => {
    expect(fields(representativeProblems({ ...deputy, email: 'i.lebedev' }))).toEqual([['email', 'INVALID_EMAIL']]);
  });

  it('checks only the details a correction gives', () => {
    expect(correctionProblems({})).toEqual([]);
    expect(fields(correctionProblems({ name: { ru: '', en: null }, legalForm: { ru: ' ', en: null } }))).toEqual([
      ['name.ru', 'REQUIRED'],
      ['legalForm.ru', 'REQUIRED'],
    ]);
    expect(fields(correctionProblems({ contacts: { email: 'x', phone: null, address: null } }))).toEqual([['contacts.email', 'INVALID_EMAIL']]);
  });
});

describe('country codes', () => {
  it('holds the 249 officially assigned ISO 3166-1 alpha-2 codes', () => {
    expect(ISO_3166_ALPHA2_CODES.size).toBe(249);
    expect([...ISO_3166_ALPHA2_CODES].every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('knows every CIS state, Georgia, Ukraine and India', () => {
    expect(['AM', 'AZ', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'TM', 'UZ', 'GE', 'UA', 'IN'].every(isCountryCode)).toBe(true);
  });

  it('refuses user-assigned, reserved and lowercase codes', () => {
    expect(['XK', 'EU', 'UK', 'SU', 'ru', 'RUS', ''].some(isCountryCode)).toBe(false);
  });
});
