import { isBlank, type LocalizedText } from '#accord/kernel';
import { isCountryCode } from './countries.js';
import { fieldProblem, nestedProblems, type FieldProblem } from './field-problem.js';
import { parseNationalIdentifier, type NationalIdentifier } from './national-identifier.js';

export type { LocalizedText };

export const MEMBER_CATEGORIES = [
  'staffing_agency',
  'private_employment_agency',
  'employers_association',
  'educational_organization',
  'qualifications_council',
  'research_expert_body',
  'other_ngo',
] as const;

export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export interface Contacts {
  readonly email: string;
  readonly phone: string | null;
  readonly address: LocalizedText | null;
}

/** A person who acts and votes for the member organization. */
export interface Representative {
  readonly id: string;
  readonly name: LocalizedText;
  readonly position: LocalizedText;
  readonly email: string;
}

export interface MemberProfile {
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly legalForm: LocalizedText;
  readonly nationalIdentifier: NationalIdentifier;
  readonly category: MemberCategory;
  readonly contacts: Contacts;
}

export interface MembershipApplication extends MemberProfile {
  readonly representatives: readonly Representative[];
}

/** What a correction may change: never the country or the identifier, which make the organization what it is. */
export interface MemberDetailsCorrection {
  readonly name?: LocalizedText;
  readonly legalForm?: LocalizedText;
  readonly contacts?: Contacts;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function requiredText(field: string, text: LocalizedText): FieldProblem[] {
  return isBlank(text.ru)
    ? [fieldProblem(`${field}.ru`, 'REQUIRED', { ru: 'Заполните по-русски', en: 'The Russian text is required' })]
    : [];
}

function emailProblems(field: string, email: string): FieldProblem[] {
  return EMAIL.test(email)
    ? []
    : [fieldProblem(field, 'INVALID_EMAIL', { ru: 'Неверный адрес электронной почты', en: 'Not a valid e-mail address' })];
}

function contactsProblems(contacts: Contacts): FieldProblem[] {
  return [
    ...emailProblems('contacts.email', contacts.email),
    ...(contacts.address ? requiredText('contacts.address', contacts.address) : []),
  ];
}

/** The problems of one representative, with fields relative to it (`name.ru`, `email`…). */
export function representativeProblems(representative: Representative): FieldProblem[] {
  return [
    ...(isBlank(representative.id) ? [fieldProblem('id', 'REQUIRED', { ru: 'Нужен идентификатор', en: 'An id is required' })] : []),
    ...requiredText('name', representative.name),
    ...requiredText('position', representative.position),
    ...emailProblems('email', representative.email),
  ];
}

function representativesProblems(representatives: readonly Representative[]): FieldProblem[] {
  if (representatives.length === 0) {
    return [
      fieldProblem('representatives', 'REQUIRED', {
        ru: 'Нужен хотя бы один уполномоченный представитель',
        en: 'At least one authorized representative is required',
      }),
    ];
  }
  return representatives.flatMap((representative, index) => {
    const problems = nestedProblems(`representatives[${index}]`, representativeProblems(representative));
    const repeated = representatives.findIndex((other) => other.id === representative.id) < index;
    if (!repeated) return problems;
    const duplicate = fieldProblem(`representatives[${index}].id`, 'DUPLICATE_ID', {
      ru: 'Этот идентификатор уже указан',
      en: 'This id is already used',
    });
    return [...problems, duplicate];
  });
}

function countryProblems(country: string, identifierCountry: string): FieldProblem[] {
  if (!isCountryCode(country)) {
    return [
      fieldProblem('country', 'UNKNOWN_COUNTRY', {
        ru: 'Страна — код ISO 3166-1 alpha-2',
        en: 'The country must be an ISO 3166-1 alpha-2 code',
      }),
    ];
  }
  return identifierCountry === country
    ? []
    : [
        fieldProblem('nationalIdentifier.country', 'IDENTIFIER_COUNTRY_MISMATCH', {
          ru: 'Идентификатор выдан в другой стране',
          en: 'The identifier belongs to another country',
        }),
      ];
}

function categoryProblems(category: string): FieldProblem[] {
  return (MEMBER_CATEGORIES as readonly string[]).includes(category)
    ? []
    : [fieldProblem('category', 'UNKNOWN_CATEGORY', { ru: 'Неизвестная категория организации', en: 'Unknown category of organization' })];
}

/** Every problem of an application, so that the HTTP layer can answer 400 before a command is built. */
export function applicationProblems(application: MembershipApplication): FieldProblem[] {
  const { name, country, legalForm, nationalIdentifier, category, contacts, representatives } = application;
  return [
    ...requiredText('name', name),
    ...countryProblems(country, nationalIdentifier.country),
    ...requiredText('legalForm', legalForm),
    ...nestedProblems('nationalIdentifier', parseNationalIdentifier(nationalIdentifier).problems),
    ...categoryProblems(category),
    ...contactsProblems(contacts),
    ...representativesProblems(representatives),
  ];
}

export function correctionProblems(correction: MemberDetailsCorrection): FieldProblem[] {
  return [
    ...(correction.name ? requiredText('name', correction.name) : []),
    ...(correction.legalForm ? requiredText('legalForm', correction.legalForm) : []),
    ...(correction.contacts ? contactsProblems(correction.contacts) : []),
  ];
}
