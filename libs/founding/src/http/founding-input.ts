import { localizedText } from '#accord/kernel';
import { applicationProblems, parseNationalIdentifier, type FieldProblem } from '#accord/membership';
import { RequestValidationError } from '#accord/platform';
import { founderApplication } from '../application/founders-admission.js';
import type { AssemblyVenue, FounderCandidate, FounderRepresentative, LocalizedText, Officer } from '../domain/founding.events.js';
import type { AssemblyMinutesBody, ConveningBody, LetterOfIntentBody, FoundingTextBody } from './founding.dto.js';

// The bodies of the founding's commands turned into the decider's data, with the checks a DTO cannot make.

export const optionalText = (body: FoundingTextBody | null | undefined): LocalizedText | null => (body ? localizedText(body) : null);
export const officer = (body: AssemblyMinutesBody['chair']): Officer => ({ name: localizedText(body.name), representing: body.representing ?? null });

/** The register's problems with a founder, as fields of the letter's body. */
function letterProblems(problems: readonly FieldProblem[], fieldOf: (field: string) => string): RequestValidationError {
  return new RequestValidationError(problems.map((problem) => ({ field: fieldOf(problem.field), problems: [{ ru: `${problem.code}: ${problem.message.ru}`, en: `${problem.code}: ${problem.message.en}` }] })));
}

/** The founder as the letter describes it, checked against the rules the register will admit it by. */
export function founderOf(letterId: string, body: LetterOfIntentBody): { organization: FounderCandidate; representative: FounderRepresentative } {
  const { organization: given, representative: person } = body;
  const parsed = parseNationalIdentifier({ country: given.country, ...given.nationalIdentifier });
  if (!parsed.identifier) {
    throw letterProblems(parsed.problems, (field) => (field === 'country' ? 'organization.country' : `organization.nationalIdentifier.${field}`));
  }
  const { country: _country, ...nationalIdentifier } = parsed.identifier;
  const unknown = Object.keys(given.nationalIdentifier.values).filter((key) => !(key in nationalIdentifier.values));
  if (unknown.length > 0) {
    throw new RequestValidationError(
      unknown.map((key) => ({ field: `organization.nationalIdentifier.values.${key}`, problems: [{ ru: `${key} не входит в схему ${nationalIdentifier.scheme}`, en: `${key} is not a value of the ${nationalIdentifier.scheme} scheme` }] })),
    );
  }
  const organization: FounderCandidate = {
    name: localizedText(given.name),
    country: given.country,
    legalForm: localizedText(given.legalForm),
    category: given.category,
    nationalIdentifier,
    contacts: { email: given.contacts.email, phone: given.contacts.phone ?? null, address: optionalText(given.contacts.address) },
  };
  const representative: FounderRepresentative = { name: localizedText(person.name), position: localizedText(person.position), email: person.email };
  const problems = applicationProblems(founderApplication({ letterId, organization, representative }));
  if (problems.length > 0) {
    throw letterProblems(problems, (field) => (field.startsWith('representatives[0].') ? `representative.${field.slice('representatives[0].'.length)}` : `organization.${field}`));
  }
  return { organization, representative };
}

export function venueOf(body: ConveningBody['venue']): AssemblyVenue {
  if (body.kind === 'place') {
    if (body.url !== undefined) throw new RequestValidationError([{ field: 'venue.url', problems: [{ ru: 'у собрания в определённом месте указывается адрес, а не url', en: 'an assembly at a place has an address, not a url' }] }]);
    return { kind: 'place', address: localizedText(body.address!) };
  }
  if (body.address !== undefined) throw new RequestValidationError([{ field: 'venue.address', problems: [{ ru: 'у собрания онлайн указывается url, а не адрес', en: 'an online assembly has a url, not an address' }] }]);
  return { kind: 'online', url: body.url! };
}
