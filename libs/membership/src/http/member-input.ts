import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { derivedId } from '#accord/eventsourcing';
import { localizedText, type BilingualText } from '#accord/kernel';
import { pickLanguage, RequestValidationError } from '#accord/platform';
import type { FieldProblem } from '../domain/field-problem.js';
import {
  applicationProblems,
  type Contacts,
  type MemberCategory,
  type MembershipApplication,
  type Representative,
} from '../domain/member-application.js';
import { identifierSchemeFor, parseNationalIdentifier, type NationalIdentifier } from '../domain/national-identifier.js';
import type { ApplicationBody, ContactsBody, RepresentativeBody } from './membership.dto.js';

/** The language the client reads (`Accept-Language`), for the texts of field problems. */
export const Language = createParamDecorator(
  (_: unknown, context: ExecutionContext): keyof BilingualText => pickLanguage(context.switchToHttp().getRequest()),
);

export const toContacts = (body: ContactsBody): Contacts => ({
  email: body.email.trim(),
  phone: body.phone?.trim() || null,
  address: body.address ? localizedText(body.address) : null,
});

export const toRepresentative = (id: string, body: RepresentativeBody): Representative => ({
  id,
  name: localizedText(body.name),
  position: localizedText(body.position),
  email: body.email.trim(),
});

/** A new record's id within a command: derived from the commandId, so a repeated command finds the same one. */

/**
 * The application as the domain takes it, with its identifier parsed (trimmed, typed, only the
 * scheme's values), or 400 with every problem the domain finds in it.
 */
export function checkedApplication(body: ApplicationBody, language: keyof BilingualText): MembershipApplication {
  const application = toApplication(body);
  refuseProblems(applicationProblems(application), language);
  return { ...application, nationalIdentifier: parseNationalIdentifier(application.nationalIdentifier).identifier! };
}

/**
 * The application as given. Its identifier is not checked yet: `applicationProblems` parses it
 * itself and reports what is wrong with it, so it may be handed over unchecked.
 */
function toApplication(body: ApplicationBody): MembershipApplication {
  const identifier = body.nationalIdentifier;
  const country = identifier.country ?? body.country;
  return {
    name: localizedText(body.name),
    country: body.country,
    legalForm: localizedText(body.legalForm),
    nationalIdentifier: { country, scheme: identifier.scheme ?? identifierSchemeFor(country), values: identifier.values } as NationalIdentifier,
    category: body.category as MemberCategory,
    contacts: toContacts(body.contacts),
    representatives: body.representatives.map((representative, index) =>
      toRepresentative(derivedId(body.commandId, `representative:${index}`), representative),
    ),
  };
}

/**
 * Answers 400 VALIDATION_FAILED with each field and its problems, each as its code and its text in
 * the client's language ("INVALID_CHECK_DIGIT: INN: the check digit is wrong").
 */
export function refuseProblems(problems: readonly FieldProblem[], language: keyof BilingualText): void {
  if (problems.length === 0) return;
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const texts = byField.get(problem.field) ?? [];
    texts.push(`${problem.code}: ${problem.message[language]}`);
    byField.set(problem.field, texts);
  }
  throw new RequestValidationError([...byField].map(([field, texts]) => ({ field, problems: texts })));
}
