import type { BilingualText } from '#accord/kernel';
import { isCountryCode } from './countries.js';
import type { FieldProblem } from './field-problem.js';

export type NationalIdentifierScheme = 'RU_OGRN_INN' | 'KZ_BIN' | 'UZ_STIR' | 'KG_INN' | 'TJ_INN' | 'OTHER';

/** An organization's identifier in its national register of legal entities, checked for its country. */
export type NationalIdentifier =
  | { readonly country: 'RU'; readonly scheme: 'RU_OGRN_INN'; readonly values: { readonly ogrn: string; readonly inn: string } }
  | { readonly country: 'KZ'; readonly scheme: 'KZ_BIN'; readonly values: { readonly bin: string } }
  | { readonly country: 'UZ'; readonly scheme: 'UZ_STIR'; readonly values: { readonly stir: string } }
  | { readonly country: 'KG'; readonly scheme: 'KG_INN'; readonly values: { readonly inn: string } }
  | { readonly country: 'TJ'; readonly scheme: 'TJ_INN'; readonly values: { readonly inn: string } }
  | { readonly country: string; readonly scheme: 'OTHER'; readonly values: { readonly registryId: string } };

/** An identifier as it arrives from outside, before it is checked. */
export interface NationalIdentifierInput {
  readonly country: string;
  readonly scheme: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export type ParsedNationalIdentifier =
  | { readonly identifier: NationalIdentifier; readonly problems: readonly [] }
  | { readonly identifier: null; readonly problems: readonly FieldProblem[] };

export type IdentifierDefect = 'INVALID_FORMAT' | 'INVALID_CHECK_DIGIT';

const digitsOf = (value: string): number[] => [...value].map(Number);

const weightedSum = (digits: readonly number[], weights: readonly number[]): number =>
  weights.reduce((sum, weight, index) => sum + weight * digits[index], 0);

/**
 * ОГРН of a legal entity: 13 digits. The first is 1 or 5 (other first digits number other kinds
 * of register records or sole traders); the last is (the first 12 digits as a number mod 11) mod 10.
 */
export function checkOgrn(value: string): IdentifierDefect | null {
  if (!/^[15]\d{12}$/.test(value)) return 'INVALID_FORMAT';
  return Number(value.slice(0, 12)) % 11 % 10 === Number(value[12]) ? null : 'INVALID_CHECK_DIGIT';
}

/** ИНН of a Russian legal entity: 10 digits; the last is the weighted sum of the first 9 mod 11 mod 10. */
export function checkRussianInn(value: string): IdentifierDefect | null {
  if (!/^\d{10}$/.test(value)) return 'INVALID_FORMAT';
  const digits = digitsOf(value);
  return weightedSum(digits, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 === digits[9] ? null : 'INVALID_CHECK_DIGIT';
}

/**
 * БИН of Kazakhstan: 12 digits. The control digit is the sum of the first 11 weighted 1…11, mod 11;
 * a result of 10 is recomputed with the weights 3…11, 1, 2, and if it is 10 again the number is not valid.
 */
export function checkKazakhBin(value: string): IdentifierDefect | null {
  if (!/^\d{12}$/.test(value)) return 'INVALID_FORMAT';
  const digits = digitsOf(value);
  let control = weightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (control === 10) control = weightedSum(digits, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  // A control of 10 again equals no digit, so no number with that prefix passes.
  return control === digits[11] ? null : 'INVALID_CHECK_DIGIT';
}

/**
 * СТИР (ИНН) of Uzbekistan: 9 digits. Only the length and the digits are checked: no check-digit
 * rule is officially published, and the first digit often cited for legal entities (2–7) is not enforced.
 */
export function checkUzbekStir(value: string): IdentifierDefect | null {
  return /^\d{9}$/.test(value) ? null : 'INVALID_FORMAT';
}

/** ИНН of Kyrgyzstan: 14 digits; only the length and the digits are checked. */
export function checkKyrgyzInn(value: string): IdentifierDefect | null {
  return /^\d{14}$/.test(value) ? null : 'INVALID_FORMAT';
}

/** ИНН of Tajikistan: 9 digits; only the length and the digits are checked. */
export function checkTajikInn(value: string): IdentifierDefect | null {
  return /^\d{9}$/.test(value) ? null : 'INVALID_FORMAT';
}

/** Any other country's registry number, kept as given: 1 to 50 characters, no control characters. */
export function checkRegistryId(value: string): IdentifierDefect | null {
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= 50 && !/\p{Cc}/u.test(trimmed) ? null : 'INVALID_FORMAT';
}

interface ValueRule {
  readonly check: (value: string) => IdentifierDefect | null;
  readonly label: BilingualText;
  readonly format: BilingualText;
}

const OGRN: ValueRule = {
  check: checkOgrn,
  label: { ru: 'ОГРН', en: 'OGRN' },
  format: { ru: '13 цифр, первая — 1 или 5', en: '13 digits, the first being 1 or 5' },
};
const RUSSIAN_INN: ValueRule = { check: checkRussianInn, label: { ru: 'ИНН', en: 'INN' }, format: { ru: '10 цифр', en: '10 digits' } };
const KAZAKH_BIN: ValueRule = { check: checkKazakhBin, label: { ru: 'БИН', en: 'BIN' }, format: { ru: '12 цифр', en: '12 digits' } };
const UZBEK_STIR: ValueRule = { check: checkUzbekStir, label: { ru: 'СТИР', en: 'STIR' }, format: { ru: '9 цифр', en: '9 digits' } };
const KYRGYZ_INN: ValueRule = { check: checkKyrgyzInn, label: { ru: 'ИНН', en: 'INN' }, format: { ru: '14 цифр', en: '14 digits' } };
const TAJIK_INN: ValueRule = { check: checkTajikInn, label: { ru: 'ИНН', en: 'INN' }, format: { ru: '9 цифр', en: '9 digits' } };
const REGISTRY_ID: ValueRule = {
  check: checkRegistryId,
  label: { ru: 'Регистрационный номер', en: 'Registry number' },
  format: { ru: 'от 1 до 50 символов', en: '1 to 50 characters' },
};

/** The scheme a country's organizations are identified by; countries without one use their registry's own number. */
export function identifierSchemeFor(country: string): NationalIdentifierScheme {
  switch (country) {
    case 'RU':
      return 'RU_OGRN_INN';
    case 'KZ':
      return 'KZ_BIN';
    case 'UZ':
      return 'UZ_STIR';
    case 'KG':
      return 'KG_INN';
    case 'TJ':
      return 'TJ_INN';
    default:
      return 'OTHER';
  }
}

function valueProblem(key: string, rule: ValueRule, value: unknown): FieldProblem | null {
  const field = `values.${key}`;
  if (value === undefined || value === null || value === '') {
    return { field, code: 'REQUIRED', message: { ru: `Укажите ${rule.label.ru}`, en: `${rule.label.en} is required` } };
  }
  switch (typeof value === 'string' ? rule.check(value) : 'INVALID_FORMAT') {
    case null:
      return null;
    case 'INVALID_FORMAT':
      return {
        field,
        code: 'INVALID_FORMAT',
        message: { ru: `${rule.label.ru}: нужно ${rule.format.ru}`, en: `${rule.label.en} must be ${rule.format.en}` },
      };
    case 'INVALID_CHECK_DIGIT':
      return {
        field,
        code: 'INVALID_CHECK_DIGIT',
        message: { ru: `${rule.label.ru}: неверная контрольная цифра`, en: `${rule.label.en}: the check digit is wrong` },
      };
  }
}

function readValues<Key extends string>(
  values: Readonly<Record<string, unknown>>,
  rules: Readonly<Record<Key, ValueRule>>,
): { readonly values: Record<Key, string>; readonly problems: readonly FieldProblem[] } {
  const keys = Object.keys(rules) as Key[];
  const problems = keys.flatMap((key) => valueProblem(key, rules[key], values[key]) ?? []);
  const read = Object.fromEntries(keys.map((key) => [key, String(values[key]).trim()])) as Record<Key, string>;
  return { values: read, problems };
}

function built<Key extends string>(
  read: { readonly values: Record<Key, string>; readonly problems: readonly FieldProblem[] },
  build: (values: Record<Key, string>) => NationalIdentifier,
): ParsedNationalIdentifier {
  return read.problems.length > 0 ? { identifier: null, problems: read.problems } : { identifier: build(read.values), problems: [] };
}

/** Checks an identifier against its country's scheme and returns it typed, or every problem found. */
export function parseNationalIdentifier(input: NationalIdentifierInput): ParsedNationalIdentifier {
  const { country, scheme: given, values } = input;
  if (!isCountryCode(country)) {
    return {
      identifier: null,
      problems: [
        {
          field: 'country',
          code: 'UNKNOWN_COUNTRY',
          message: { ru: 'Страна — код ISO 3166-1 alpha-2', en: 'The country must be an ISO 3166-1 alpha-2 code' },
        },
      ],
    };
  }
  const scheme = identifierSchemeFor(country);
  if (given !== scheme) {
    return {
      identifier: null,
      problems: [
        {
          field: 'scheme',
          code: 'SCHEME_NOT_FOR_COUNTRY',
          message: { ru: `Для страны ${country} идентификатор — ${scheme}`, en: `Organizations of ${country} are identified by ${scheme}` },
        },
      ],
    };
  }
  switch (scheme) {
    case 'RU_OGRN_INN':
      return built(readValues(values, { ogrn: OGRN, inn: RUSSIAN_INN }), (read) => ({ country: 'RU', scheme, values: read }));
    case 'KZ_BIN':
      return built(readValues(values, { bin: KAZAKH_BIN }), (read) => ({ country: 'KZ', scheme, values: read }));
    case 'UZ_STIR':
      return built(readValues(values, { stir: UZBEK_STIR }), (read) => ({ country: 'UZ', scheme, values: read }));
    case 'KG_INN':
      return built(readValues(values, { inn: KYRGYZ_INN }), (read) => ({ country: 'KG', scheme, values: read }));
    case 'TJ_INN':
      return built(readValues(values, { inn: TAJIK_INN }), (read) => ({ country: 'TJ', scheme, values: read }));
    case 'OTHER':
      return built(readValues(values, { registryId: REGISTRY_ID }), (read) => ({ country, scheme, values: read }));
  }
}

/** One value of an identifier that names one organization alone: the register holds it for one live record. */
export interface IdentifierKey {
  /** `RU:INN:7707083893`: the country, the kind of number and the number as the register compares it. */
  readonly key: string;
  readonly label: BilingualText;
  readonly value: string;
}

const identifierKey = (country: string, kind: string, label: BilingualText, value: string): IdentifierKey => ({
  key: `${country}:${kind}:${value}`,
  label,
  value,
});

/** A registry number as the register compares and searches it: without spaces, in capitals. */
export const comparableRegistryNumber = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/**
 * Every key of an identifier, the primary one first: a Russian organization is named alone by its
 * ОГРН and by its ИНН, so neither may be held by a second live record of the register.
 */
export function nationalIdentifierKeys(identifier: NationalIdentifier): IdentifierKey[] {
  switch (identifier.scheme) {
    case 'RU_OGRN_INN':
      return [identifierKey('RU', 'OGRN', OGRN.label, identifier.values.ogrn), identifierKey('RU', 'INN', RUSSIAN_INN.label, identifier.values.inn)];
    case 'KZ_BIN':
      return [identifierKey('KZ', 'BIN', KAZAKH_BIN.label, identifier.values.bin)];
    case 'UZ_STIR':
      return [identifierKey('UZ', 'STIR', UZBEK_STIR.label, identifier.values.stir)];
    case 'KG_INN':
      return [identifierKey('KG', 'INN', KYRGYZ_INN.label, identifier.values.inn)];
    case 'TJ_INN':
      return [identifierKey('TJ', 'INN', TAJIK_INN.label, identifier.values.inn)];
    case 'OTHER':
      return [identifierKey(identifier.country, 'REGISTRY', REGISTRY_ID.label, comparableRegistryNumber(identifier.values.registryId))];
  }
}

/** The primary key of an identifier: the primary state registration number where the scheme has one. */
export function nationalIdentifierKey(identifier: NationalIdentifier): string {
  return nationalIdentifierKeys(identifier)[0].key;
}
