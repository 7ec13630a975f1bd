import fc from 'fast-check';
import {
  checkKazakhBin,
  checkKyrgyzInn,
  checkOgrn,
  checkRegistryId,
  checkRussianInn,
  checkTajikInn,
  checkUzbekStir,
  identifierSchemeFor,
  nationalIdentifierKey,
  parseNationalIdentifier,
  type IdentifierDefect,
} from './national-identifier.js';
import { binWith, innWith, ogrnWith } from './testing/check-digits.js';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((values) => values.join(''));
const otherDigit = (digit: string) => fc.integer({ min: 0, max: 9 }).filter((value) => String(value) !== digit).map(String);
const digitsOfAnotherLength = (length: number) =>
  fc
    .integer({ min: 0, max: 20 })
    .filter((other) => other !== length)
    .chain(digits);
/** A string of the right length with one character that is not a digit. */
const withNonDigit = (length: number) =>
  fc
    .tuple(digits(length), fc.integer({ min: 0, max: length - 1 }), fc.constantFrom('a', 'Б', ' ', '-', '.', '٣'))
    .map(([value, index, character]) => value.slice(0, index) + character + value.slice(index + 1));

function rejectsMalformed(check: (value: string) => IdentifierDefect | null, length: number) {
  fc.assert(fc.property(digitsOfAnotherLength(length), (value) => check(value) === 'INVALID_FORMAT'));
  fc.assert(fc.property(withNonDigit(length), (value) => check(value) === 'INVALID_FORMAT'));
}

describe('national identifiers', () => {
  describe('OGRN of a Russian legal entity', () => {
    it('accepts the published OGRN of a large Russian bank, an oracle independent of the spec helpers', () => {
      expect(checkOgrn('1027700132195')).toBeNull();
    });

    it('accepts fictional OGRNs built with their check digit', () => {
      expect(['1267700000017', '5267800000012', ogrnWith('126770012345')].map(checkOgrn)).toEqual([null, null, null]);
    });

    it('accepts every 12-digit prefix starting with 1 or 5 followed by its check digit', () => {
      const prefix = fc.tuple(fc.constantFrom('1', '5'), digits(11)).map(([first, rest]) => first + rest);
      fc.assert(fc.property(prefix, (value) => checkOgrn(ogrnWith(value)) === null));
    });

    it('refuses any other last digit as a wrong check digit', () => {
      const prefix = fc.tuple(fc.constantFrom('1', '5'), digits(11)).map(([first, rest]) => ogrnWith(first + rest));
      fc.assert(
        fc.property(
          prefix.chain((valid) => fc.tuple(fc.constant(valid), otherDigit(valid[12]))),
          ([valid, last]) => checkOgrn(valid.slice(0, 12) + last) === 'INVALID_CHECK_DIGIT',
        ),
      );
    });

    it('refuses a first digit other than 1 or 5, which numbers other kinds of register records', () => {
      const prefix = fc.tuple(fc.constantFrom('0', '2', '3', '4', '6', '7', '8', '9'), digits(11)).map(([first, rest]) => first + rest);
      fc.assert(fc.property(prefix, (value) => checkOgrn(ogrnWith(value)) === 'INVALID_FORMAT'));
    });

    it('refuses anything but 13 digits', () => {
      rejectsMalformed(checkOgrn, 13);
      expect(checkOgrn(' 1027700132195')).toBe('INVALID_FORMAT');
    });
  });

  describe('INN of a Russian legal entity', () => {
    it('accepts the published INN of a large Russian bank, an oracle independent of the spec helpers', () => {
      expect(checkRussianInn('7707083893')).toBeNull();
    });

    it('accepts fictional INNs built with their check digit', () => {
      expect(['7700000016', '7800000010', innWith('500123456')].map(checkRussianInn)).toEqual([null, null, null]);
    });

    it('accepts every 9-digit prefix followed by its check digit', () => {
      fc.assert(fc.property(digits(9), (prefix) => checkRussianInn(innWith(prefix)) === null));
    });

    it('refuses any other last digit as a wrong check digit', () => {
      fc.assert(
        fc.property(
          digits(9).chain((prefix) => fc.tuple(fc.constant(innWith(prefix)), otherDigit(innWith(prefix)[9]))),
          ([valid, last]) => checkRussianInn(valid.slice(0, 9) + last) === 'INVALID_CHECK_DIGIT',
        ),
      );
    });

    it('refuses anything but 10 digits, including the 12-digit INN of a person', () => {
      rejectsMalformed(checkRussianInn, 10);
      expect(checkRussianInn('500100732259')).toBe('INVALID_FORMAT');
    });
  });

  describe('BIN of Kazakhstan', () => {
    it('accepts a BIN in public use, an oracle independent of the spec helpers', () => {
      expect(checkKazakhBin('940140000385')).toBeNull();
    });

    it('accepts a fictional BIN whose control digit needs the second set of weights', () => {
      expect(checkKazakhBin('260440000701')).toBeNull();
      expect(checkKazakhBin('260440000700')).toBe('INVALID_CHECK_DIGIT');
    });

    it('refuses every completion of a prefix whose control sums are 10 with both sets of weights', () => {
      expect(binWith('26044000150')).toBeNull();
      expect(Array.from({ length: 10 }, (_, digit) => checkKazakhBin(`26044000150${digit}`))).toEqual(
        Array(10).fill('INVALID_CHECK_DIGIT'),
      );
    });

    it('accepts exactly the one completion of any 11-digit prefix that has a control digit, and none otherwise', () => {
      fc.assert(
        fc.property(digits(11), (prefix) => {
          const accepted = Array.from({ length: 10 }, (_, digit) => `${prefix}${digit}`).filter((value) => checkKazakhBin(value) === null);
          const expected = binWith(prefix);
          return expected === null ? accepted.length === 0 : accepted.length === 1 && accepted[0] === expected;
        }),
        { numRuns: 2000 },
      );
    });

    it('refuses anything but 12 digits', () => {
      rejectsMalformed(checkKazakhBin, 12);
    });
  });

  describe('identifiers checked for format only', () => {
    it.each([
      ['STIR of Uzbekistan', checkUzbekStir, 9],
      ['INN of Kyrgyzstan', checkKyrgyzInn, 14],
      ['INN of Tajikistan', checkTajikInn, 9],
    ])('accepts any %s of the right number of digits and refuses anything else', (_, check, length) => {
      fc.assert(fc.property(digits(length), (value) => check(value) === null));
      rejectsMalformed(check, length);
    });

    it('accepts fictional examples of each', () => {
      expect([checkUzbekStir('301234567'), checkKyrgyzInn('01234567890123'), checkTajikInn('020123456')]).toEqual([null, null, null]);
    });
  });

  describe('registry numbers of other countries', () => {
    it('accepts any 1 to 50 printable characters', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...'ABCxyz0123456789 -/.'), minLength: 1, maxLength: 50 }), (value) =>
          checkRegistryId(value) === (value.trim() === '' ? 'INVALID_FORMAT' : null),
        ),
      );
    });

    it('accepts an Indian corporate identity number', () => {
      expect(checkRegistryId('U74999DL2010NPL123456')).toBeNull();
    });

    it('refuses an empty, a blank, a too long or a control-character registry number', () => {
      expect(['', '   ', 'X'.repeat(51), 'AB\u0000C', 'AB\nC'].map(checkRegistryId)).toEqual(Array(5).fill('INVALID_FORMAT'));
    });

    it('measures the length without surrounding spaces', () => {
      expect(checkRegistryId(` ${'X'.repeat(50)} `)).toBeNull();
    });
  });

  describe('schemes', () => {
    it('identifies the organizations of each country by its scheme', () => {
      expect(['RU', 'KZ', 'UZ', 'KG', 'TJ', 'IN', 'BY', 'AM'].map(identifierSchemeFor)).toEqual([
        'RU_OGRN_INN',
        'KZ_BIN',
        'UZ_STIR',
        'KG_INN',
        'TJ_INN',
        'OTHER',
        'OTHER',
        'OTHER',
      ]);
    });
  });

  describe('parsing', () => {
    it('returns a valid Russian identifier typed', () => {
      const input = { country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1027700132195', inn: '7707083893' } };
      expect(parseNationalIdentifier(input)).toEqual({ identifier: input, problems: [] });
    });

    it.each([
      [{ country: 'KZ', scheme: 'KZ_BIN', values: { bin: '260440000701' } }],
      [{ country: 'UZ', scheme: 'UZ_STIR', values: { stir: '301234567' } }],
      [{ country: 'KG', scheme: 'KG_INN', values: { inn: '01234567890123' } }],
      [{ country: 'TJ', scheme: 'TJ_INN', values: { inn: '020123456' } }],
    ])('returns a valid identifier of %j', (input) => {
      expect(parseNationalIdentifier(input)).toEqual({ identifier: input, problems: [] });
    });

    it('keeps only the values of the scheme', () => {
      const input = { country: 'KZ', scheme: 'KZ_BIN', values: { bin: '260440000701', kbe: '17' } };
      expect(parseNationalIdentifier(input).identifier).toEqual({ country: 'KZ', scheme: 'KZ_BIN', values: { bin: '260440000701' } });
    });

    it('trims the registry number of another country', () => {
      const parsed = parseNationalIdentifier({ country: 'IN', scheme: 'OTHER', values: { registryId: '  U74999DL2010NPL123456 ' } });
      expect(parsed.identifier).toEqual({ country: 'IN', scheme: 'OTHER', values: { registryId: 'U74999DL2010NPL123456' } });
    });

    it('reports every wrong value with its field, code and bilingual message', () => {
      const parsed = parseNationalIdentifier({ country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1027700132194', inn: '77070838' } });
      expect(parsed).toEqual({
        identifier: null,
        problems: [
          {
            field: 'values.ogrn',
            code: 'INVALID_CHECK_DIGIT',
            message: { ru: 'ОГРН: неверная контрольная цифра', en: 'OGRN: the check digit is wrong' },
          },
          { field: 'values.inn', code: 'INVALID_FORMAT', message: { ru: 'ИНН: нужно 10 цифр', en: 'INN must be 10 digits' } },
        ],
      });
    });

    it('reports a missing value as required', () => {
      expect(parseNationalIdentifier({ country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1027700132195' } }).problems).toEqual([
        { field: 'values.inn', code: 'REQUIRED', message: { ru: 'Укажите ИНН', en: 'INN is required' } },
      ]);
    });

    it('reports a value that is not text as malformed', () => {
      expect(parseNationalIdentifier({ country: 'KZ', scheme: 'KZ_BIN', values: { bin: 260440000701 } }).problems).toMatchObject([
        { field: 'values.bin', code: 'INVALID_FORMAT' },
      ]);
    });

    it('refuses a scheme that is not the one of the country', () => {
      expect(parseNationalIdentifier({ country: 'RU', scheme: 'OTHER', values: { registryId: '1027700132195' } }).problems).toMatchObject([
        { field: 'scheme', code: 'SCHEME_NOT_FOR_COUNTRY' },
      ]);
      expect(parseNationalIdentifier({ country: 'IN', scheme: 'RU_OGRN_INN', values: {} }).problems).toMatchObject([
        { field: 'scheme', code: 'SCHEME_NOT_FOR_COUNTRY' },
      ]);
    });

    it('refuses a country that is not an ISO 3166-1 alpha-2 code', () => {
      for (const country of ['XX', 'ru', 'RUS', '']) {
        expect(parseNationalIdentifier({ country, scheme: 'OTHER', values: { registryId: '1' } }).problems).toMatchObject([
          { field: 'country', code: 'UNKNOWN_COUNTRY' },
        ]);
      }
    });
  });

  describe('uniqueness keys', () => {
    it('keys a Russian organization by its OGRN', () => {
      expect(
        nationalIdentifierKey({ country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1027700132195', inn: '7707083893' } }),
      ).toBe('RU:OGRN:1027700132195');
    });

    it.each([
      [{ country: 'KZ', scheme: 'KZ_BIN', values: { bin: '260440000701' } } as const, 'KZ:BIN:260440000701'],
      [{ country: 'UZ', scheme: 'UZ_STIR', values: { stir: '301234567' } } as const, 'UZ:STIR:301234567'],
      [{ country: 'KG', scheme: 'KG_INN', values: { inn: '01234567890123' } } as const, 'KG:INN:01234567890123'],
      [{ country: 'TJ', scheme: 'TJ_INN', values: { inn: '020123456' } } as const, 'TJ:INN:020123456'],
    ])('keys %j by its number', (identifier, key) => {
      expect(nationalIdentifierKey(identifier)).toBe(key);
    });

    it('keys a registry number of another country without spaces and in capitals, so that spellings meet', () => {
      const key = (registryId: string) => nationalIdentifierKey({ country: 'IN', scheme: 'OTHER', values: { registryId } });
      expect(key('u74999 dl2010 npl123456')).toBe('IN:REGISTRY:U74999DL2010NPL123456');
      expect(key('U74999DL2010NPL123456')).toBe(key('u74999 dl2010 npl123456'));
    });

    it('keeps the same registry number of two countries apart', () => {
      const key = (country: string) => nationalIdentifierKey({ country, scheme: 'OTHER', values: { registryId: '12345' } });
      expect(key('IN')).not.toBe(key('BY'));
    });
  });
});
