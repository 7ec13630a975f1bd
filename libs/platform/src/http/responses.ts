import { applyDecorators, Header, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Bilingual text as reads return it: Russian always, English when it was given. */
export class LocalizedTextView {
  @ApiProperty({ example: 'Текст на русском языке' })
  ru: string;

  @ApiProperty({ type: String, nullable: true, example: 'The text in English' })
  en: string | null;
}

/** One event of a record's stream as a record's page shows it: what, when, who and why, with its data. */
export class RecordEventView {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ example: 'MembershipApplicationSubmitted' })
  type: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ example: '854-29' })
  position: string;

  @ApiProperty({ example: 'system:demo' })
  actorId: string;

  @ApiProperty({ type: String, nullable: true })
  onBehalfOf: string | null;

  @ApiProperty({ description: 'The request id (X-Request-Id) or the event that caused this one' })
  correlationId: string;

  @ApiProperty({ type: String, nullable: true })
  causationId: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;
}

/** One field and what is wrong with it, in the client's language. */
export class FieldProblemView {
  @ApiProperty({ example: 'title.ru' })
  field: string;

  @ApiProperty({ type: [String], example: ['обязательное поле'] })
  problems: string[];
}

/** The one error body of the API (api-conventions: errors). */
@ApiSchema({ name: 'ErrorBody' })
export class ErrorResponse {
  @ApiProperty({ example: 422 })
  statusCode: number;

  @ApiProperty({ description: 'Machine-readable: VALIDATION_FAILED, NOT_FOUND, a rule code such as FOUNDING_STAGE_REQUIRED…', example: 'VALIDATION_FAILED' })
  code: string;

  @ApiProperty({ description: 'In Russian with Accept-Language: ru, in English otherwise', example: 'Проверьте поля запроса' })
  message: string;

  @ApiPropertyOptional({
    description: 'For 400 VALIDATION_FAILED the fields and their problems (FieldProblemView[]); for other codes an object that the code documents',
    oneOf: [{ type: 'array', items: { $ref: '#/components/schemas/FieldProblemView' } }, { type: 'object', additionalProperties: true }],
  })
  details?: FieldProblemView[] | Record<string, unknown>;
}

/** The statuses a route answers with the error body, and what each of them means in this API. */
export const ERROR_STATUSES = {
  400: 'VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID',
  401: 'UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked',
  403: 'ROLE_REQUIRED (details.required), or a resource check such as OWN_ORGANIZATION_ONLY',
  404: 'NOT_FOUND: no record with this id (details: { kind, id })',
  409: 'CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record',
  413: 'PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT',
  415: 'UNSUPPORTED_MEDIA_TYPE: a body that is not application/json',
  422: 'A domain rule was broken: code names the rule, message explains it; nothing was written',
  429: 'RATE_LIMITED: too many attempts; Retry-After says when to try again',
} as const;

export type ErrorStatus = keyof typeof ERROR_STATUSES;

/** Declares that a route answers this status with the error body, and when. */
export const ApiError = (status: ErrorStatus, description: string = ERROR_STATUSES[status]) =>
  applyDecorators(ApiExtraModels(ErrorResponse, FieldProblemView), ApiResponse({ status, description, type: ErrorResponse }));


/** A success answer of the given class (or array of it). */
export const ApiAnswer = (type: Type | [Type], description?: string) => ApiOkResponse({ type, description });

/**
 * A handler that returns the JSON text of its answer, written already (kept from an earlier request): sent as it
 * is, with the type `res.json` would give it, rather than parsed and serialized again.
 */
export const JsonText = () => Header('Content-Type', 'application/json; charset=utf-8');

/** Whether an If-None-Match header names this entity tag, compared weakly (RFC 9110, 13.1.2), or is `*`. */
function holds(ifNoneMatch: string | undefined, entityTag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(entityTag));
}

/**
 * A kept answer with its entity tag: its text, or nothing with 304 when the reader holds that text
 * already (for a handler with `@Res({ passthrough: true })`).
 */
export function taggedAnswer(request: FastifyRequest, reply: FastifyReply, answer: { readonly text: string; readonly entityTag: string }): string | undefined {
  reply.header('ETag', answer.entityTag);
  if (!holds(request.headers['if-none-match'], answer.entityTag)) return answer.text;
  reply.status(304);
  return undefined;
}

/** A collection page (api-conventions: `{ items, nextCursor }`) whose items are of the given class. */
export const ApiPage = (item: Type, description?: string, example?: object) =>
  applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          nextCursor: { type: 'string', nullable: true, description: 'Pass it as ?cursor= for the next page; null on the last page' },
        },
        ...(example && { example: { items: [example], nextCursor: null } }),
      },
    }),
  );
