import { DomainRuleViolation, isBlank } from '#accord/kernel';
import type { LocalizedText, Venue, VotingBody } from './voting-terms.js';

/** A record's Russian text is its official one, so it may not be left empty; English is optional. */
export function requireText(field: string, text: LocalizedText): void {
  if (isBlank(text.ru)) {
    throw new DomainRuleViolation(
      'TEXT_REQUIRED',
      { ru: `Заполните поле ${field} на русском языке`, en: `${field} needs its Russian text` },
      { field },
    );
  }
}

export function requireIdentifier(field: string, value: string): void {
  if (isBlank(value)) {
    throw new DomainRuleViolation('IDENTIFIER_REQUIRED', { ru: `Укажите ${field}`, en: `${field} is required` }, { field });
  }
}

/** Ballot streams are keyed `<resolution>_<organization>`, which is unambiguous only without `_` in the first part. */
export function requireResolutionId(resolutionId: string): void {
  requireIdentifier('resolutionId', resolutionId);
  if (resolutionId.includes('_')) {
    throw new DomainRuleViolation(
      'INVALID_RESOLUTION_ID',
      { ru: 'Идентификатор решения не может содержать знак «_»', en: 'A resolution id cannot contain "_"' },
      { resolutionId },
    );
  }
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

function isTimestamp(value: string): boolean {
  const parts = TIMESTAMP.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  const offsetHours = parts[9] === undefined ? 0 : Number(parts[9]);
  const offsetMinutes = parts[10] === undefined ? 0 : Number(parts[10]);
  // Date.parse rolls 31 April over to 1 May; a legal record must name a moment that exists.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours < 24 &&
    offsetMinutes < 60
  );
}

/** An ISO 8601 timestamp with its offset, kept in UTC (`…Z`) so that records compare as text. */
export function canonicalTimestamp(field: string, value: string): string {
  if (!isTimestamp(value)) {
    throw new DomainRuleViolation(
      'INVALID_TIMESTAMP',
      {
        ru: `Поле ${field} должно быть моментом времени ISO 8601 со смещением, например 2026-09-01T09:00:00Z`,
        en: `${field} must be an ISO 8601 timestamp with an offset, e.g. 2026-09-01T09:00:00Z`,
      },
      { field, value },
    );
  }
  return new Date(value).toISOString();
}

export function requireVotingBody(body: VotingBody): void {
  if (body.kind === 'working_group' && isBlank(body.workingGroupId)) {
    throw new DomainRuleViolation('INVALID_VOTING_BODY', {
      ru: 'Для голосования рабочей группы укажите рабочую группу',
      en: 'A vote of a working group names the working group',
    });
  }
}

export function requireVenue(venue: Venue): void {
  if (venue.kind === 'place') {
    requireText('venue.address', venue.address);
    return;
  }
  const url = URL.parse(venue.url);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new DomainRuleViolation(
      'INVALID_VENUE',
      { ru: 'Для онлайн-голосования укажите адрес (URL) площадки', en: 'An online vote names the web address of its platform' },
      { url: venue.url },
    );
  }
}
