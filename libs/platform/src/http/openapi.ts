import type { OpenAPIObject } from '@nestjs/swagger';
import { AS_OF_POSITION_HEADER } from './point-in-time.js';
import { ERROR_STATUSES, type ErrorStatus } from './responses.js';

type Operation = OpenAPIObject['paths'][string]['get'] & object;

const ERROR_CONTENT = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } };
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The error statuses every route answers by construction of the HTTP conventions, so that no route can
 * forget one: input (parameters or a body) can be invalid (400), a path id can name no record (404), a
 * body can be too large (413) or of another media type (415), and a command can meet a changed record or
 * a duplicate (409) and a domain rule (422). Routes declare what only they answer (429 on sign-in) with `ApiError`.
 */
function conventionalErrors(operation: Operation, document: OpenAPIObject): ErrorStatus[] {
  const parameters = (operation.parameters ?? []) as { in?: string }[];
  const body = operation.requestBody !== undefined;
  const statuses: ErrorStatus[] = [];
  if (parameters.length > 0 || body) statuses.push(400);
  if (parameters.some((parameter) => parameter.in === 'path')) statuses.push(404);
  if (body) statuses.push(413, 415);
  if (isCommand(operation, document)) statuses.push(409, 422);
  return statuses;
}

/** A command is an operation whose body carries `commandId` and `expectedVersion` (`CommandBody`). */
function isCommand(operation: Operation, document: OpenAPIObject): boolean {
  const body = operation.requestBody as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined;
  const reference = body?.content?.['application/json']?.schema?.$ref;
  const schema = reference ? document.components?.schemas?.[reference.replace('#/components/schemas/', '')] : undefined;
  return schema !== undefined && 'properties' in schema && schema.properties?.commandId !== undefined;
}

/** Completes the document: the conventional error statuses on every operation, each with the one error body. */
export function describeErrorResponses(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const status of conventionalErrors(operation, document)) {
        operation.responses[status] ??= { description: ERROR_STATUSES[status] };
      }
      // Errors are JSON whatever the route produces when it succeeds (a CSV file, server-sent events).
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^4\d\d$/.test(status)) (response as { content?: unknown }).content = ERROR_CONTENT;
      }
    }
  }
  return document;
}

const POINT_IN_TIME_PARAMETERS = new Set(['asOfPosition', 'asOfTime']);

/**
 * Completes the reads that accept `asOfPosition` and `asOfTime` (every `ReadQuery`): the header that names
 * the position of the answer and the refusals only a point-in-time read meets. A stream of server-sent
 * events has no past state, so its parameters are not offered.
 */
export function describePointInTime(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    const operation = item.get;
    const pointInTime = (parameter: object) => POINT_IN_TIME_PARAMETERS.has((parameter as { name?: string }).name ?? '');
    if (!operation?.parameters?.some(pointInTime)) continue;
    const success = operation.responses['200'] as { content?: Record<string, unknown>; headers?: Record<string, unknown> } | undefined;
    if (success?.content?.['text/event-stream']) {
      operation.parameters = operation.parameters.filter((parameter) => !pointInTime(parameter));
      continue;
    }
    if (success) {
      success.headers = {
        ...success.headers,
        [AS_OF_POSITION_HEADER]: {
          description: 'With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound)',
          schema: { type: 'string', example: '18342-977' },
        },
      };
    }
    const forbidden = operation.responses['403'] as { description?: string } | undefined;
    if (forbidden) forbidden.description = `${forbidden.description ?? ERROR_STATUSES[403]}; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role`;
    operation.responses['422'] ??= { description: 'POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head)' };
    operation.responses['429'] ??= { description: 'RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again' };
  }
  return document;
}

/** A path template of the API as a pattern, and the methods it answers. */
export interface RouteMethods {
  readonly pattern: RegExp;
  readonly methods: readonly string[];
}

/** The methods each path of the document answers, to tell "no such method here" (405) from "no such path" (404). */
export function routeTable(document: OpenAPIObject): RouteMethods[] {
  return Object.entries(document.paths).map(([template, item]) => ({
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
    methods: METHODS.filter((method) => item[method] !== undefined).map((method) => method.toUpperCase()),
  }));
}
