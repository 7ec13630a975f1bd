import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { CommandIdReused, RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation, DuplicateRecord, type BilingualText } from '#accord/kernel';
import { ConcurrencyError, DuplicateEventIdError } from '#accord/ledger';
import { ReadModelBehind } from '#accord/projections';
import { isConnectionFailure } from '#accord/postgres';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loggedError } from '../log-fields.js';

/** A field and what is wrong with it: text already in the client's language, or in both for the answer to choose. */
export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly (string | BilingualText)[];
}

/** Input that failed validation: answered as 400 with each field and what is wrong with it. */
export class RequestValidationError extends Error {
  constructor(readonly fields: readonly FieldProblem[]) {
    super(`Invalid input: ${fields.map((field) => field.field).join(', ')}`);
    this.name = 'RequestValidationError';
  }
}

/** A body sent as JSON that is not JSON: answered as 400. */
export class MalformedJsonBody extends Error {
  constructor() {
    super('The request body is not valid JSON');
    this.name = 'MalformedJsonBody';
  }
}

/** An error Fastify raised while reading the request (a body over the limit, say), with the status it means. */
const isFastifyRequestError = (error: unknown): error is Error & { statusCode: number } =>
  error instanceof Error && /^FST_/.test(String((error as { code?: unknown }).code)) && typeof (error as { statusCode?: unknown }).statusCode === 'number';

/** The actor may not see or do this (another organization's record, a session whose organization left): answered as 403. */
export class AccessRefused extends Error {
  constructor(
    readonly code: string,
    readonly text: BilingualText,
  ) {
    super(text.en);
    this.name = 'AccessRefused';
  }
}

/** A representative asked for what belongs to another organization; the text says what it may have instead. */
export const ownOrganizationOnly = (text: BilingualText): AccessRefused => new AccessRefused('OWN_ORGANIZATION_ONLY', text);

/** The one error shape of the API. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

const GENERIC: Record<number, { code: string; text: BilingualText }> = {
  400: { code: 'BAD_REQUEST', text: { ru: 'Некорректный запрос', en: 'Bad request' } },
  401: { code: 'UNAUTHENTICATED', text: { ru: 'Требуется вход в систему', en: 'Authentication required' } },
  403: { code: 'FORBIDDEN', text: { ru: 'Недостаточно прав', en: 'Not allowed' } },
  404: { code: 'NOT_FOUND', text: { ru: 'Не найдено', en: 'Not found' } },
  405: { code: 'METHOD_NOT_ALLOWED', text: { ru: 'Метод не поддерживается', en: 'Method not allowed' } },
  409: { code: 'CONFLICT', text: { ru: 'Конфликт', en: 'Conflict' } },
  413: { code: 'PAYLOAD_TOO_LARGE', text: { ru: 'Слишком большой запрос', en: 'Request body too large' } },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', text: { ru: 'Неподдерживаемый формат', en: 'Unsupported media type' } },
  422: { code: 'DOMAIN_RULE_BROKEN', text: { ru: 'Нарушено правило', en: 'A rule was broken' } },
  429: { code: 'RATE_LIMITED', text: { ru: 'Слишком много запросов', en: 'Too many requests' } },
  500: { code: 'INTERNAL_ERROR', text: { ru: 'Внутренняя ошибка', en: 'Internal error' } },
  503: { code: 'UNAVAILABLE', text: { ru: 'Сервис недоступен', en: 'Service unavailable' } },
};

const genericFor = (status: number) => GENERIC[status] ?? GENERIC[status >= 500 ? 500 : 400];

/** Russian when the client prefers it, English otherwise. */
export function pickLanguage(request: Pick<FastifyRequest, 'headers'>): keyof BilingualText {
  return /^\s*ru\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'ru' : 'en';
}

/** Maps every error to the one error shape; never leaks a stack trace. */
export function toErrorBody(error: unknown, language: keyof BilingualText): ErrorBody {
  if (error instanceof RequestValidationError) {
    const text = { ru: 'Проверьте поля запроса', en: 'Some fields are invalid' };
    const details = error.fields.map(({ field, problems }) => ({ field, problems: problems.map((problem) => (typeof problem === 'string' ? problem : problem[language])) }));
    return { statusCode: 400, code: 'VALIDATION_FAILED', message: text[language], details };
  }
  if (error instanceof DomainRuleViolation) {
    return { statusCode: 422, code: error.code, message: error.text[language], ...(error.details && { details: error.details }) };
  }
  if (error instanceof AccessRefused) {
    return { statusCode: 403, code: error.code, message: error.text[language] };
  }
  if (error instanceof DuplicateRecord) {
    return { statusCode: 409, code: error.code, message: error.text[language], ...(error.details && { details: error.details }) };
  }
  if (error instanceof RecordNotFound) {
    const text = { ru: `Запись не найдена: ${error.kind} ${error.id}`, en: error.message };
    return { statusCode: 404, code: 'NOT_FOUND', message: text[language], details: { kind: error.kind, id: error.id } };
  }
  if (error instanceof ConcurrencyError) {
    const text = {
      ru: `Запись изменилась: версия ${error.actual}, ожидалась ${String(error.expected)}`,
      en: `The record changed: it is at version ${error.actual}, ${String(error.expected)} was expected`,
    };
    return { statusCode: 409, code: error.code, message: text[language], details: { expectedVersion: error.expected, actualVersion: error.actual } };
  }
  if (error instanceof DuplicateEventIdError || error instanceof CommandIdReused) {
    const text = { ru: 'Идентификатор команды уже использован для другой команды', en: error.message };
    return { statusCode: 409, code: error.code, message: text[language] };
  }
  if (error instanceof ReadModelBehind) {
    const text = {
      ru: 'Данные ещё не учли последние записи журнала; повторите запрос через секунду',
      en: 'The read models have not applied the latest entries of the ledger yet; try again in a second',
    };
    return { statusCode: 503, code: error.code, message: text[language], details: { projections: error.projections, position: error.position } };
  }
  if (error instanceof MalformedJsonBody) {
    return { statusCode: 400, code: 'MALFORMED_JSON', message: { ru: 'Тело запроса — не JSON', en: 'The request body is not valid JSON' }[language] };
  }
  if (isFastifyRequestError(error) && error.statusCode < 500) {
    const generic = genericFor(error.statusCode);
    return { statusCode: error.statusCode, code: generic.code, message: generic.text[language] };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const explicit = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    const generic = genericFor(status);
    return {
      statusCode: status,
      code: typeof explicit.code === 'string' ? explicit.code : generic.code,
      message: typeof explicit.text === 'object' ? (explicit.text as BilingualText)[language] : generic.text[language],
      ...(explicit.details !== undefined && { details: explicit.details }),
    };
  }
  if (isConnectionFailure(error)) {
    const text = { ru: 'База данных недоступна, повторите запрос позже', en: 'The database is unavailable; try again later' };
    return { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: text[language] };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: GENERIC[500].text[language] };
}

/** How long a client should wait before it tries again after a 503: the database is usually back within seconds. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

@Catch()
export class AccordExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const response = http.getResponse<FastifyReply>();
    const body = toErrorBody(error, pickLanguage(request));
    // A stream (server-sent events, an export) may have begun before the error.
    const begun = () => response.sent || response.raw.headersSent;
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE && !begun() && !response.hasHeader('Retry-After')) {
      response.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    }
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.warn({ message: 'request refused: the database is unavailable', requestId: request.id, error: error instanceof Error ? error.message : String(error) });
    } else if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR) {
      this.logger.error({ message: 'request failed', requestId: request.id, correlationId: request.id, error: loggedError(error) });
    }
    if (error instanceof ReadModelBehind && !begun()) response.header('Retry-After', '1');
    if (!begun()) response.status(body.statusCode).send(body);
  }
}
