import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { RequestValidationError, type FieldProblem } from './errors.js';

/** Deeper than any body of the API; a deeper one is refused before validation recurses into it. */
export const MAX_INPUT_DEPTH = 12;

// PostgreSQL stores neither NUL in text nor a half of a UTF-16 surrogate pair in UTF-8.
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);

/** Text PostgreSQL can store: no NUL, no unpaired surrogate. For text that reaches SQL by another way than a field (a cursor). */
export const isStorableText = (text: string): boolean => !unstorable(text);

/** Every text of a request (body, query, path) once, for what no field may hold, whatever its DTO says. */
export class InputSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problems: FieldProblem[] = [];
    inspect(value, metadata.type === 'param' && metadata.data ? metadata.data : '', 0, problems);
    if (problems.length > 0) throw new RequestValidationError(problems.slice(0, 20));
    return value;
  }
}

function inspect(value: unknown, field: string, depth: number, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    if (unstorable(value)) problems.push({ field: field || 'value', problems: ['must not contain NUL characters or unpaired surrogates'] });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth >= MAX_INPUT_DEPTH) {
    problems.push({ field: field || 'body', problems: [`must not be nested deeper than ${MAX_INPUT_DEPTH} levels`] });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = field ? `${field}.${key}` : key;
    if (unstorable(key)) problems.push({ field: path, problems: ['field names must not contain NUL characters or unpaired surrogates'] });
    inspect(child, path, depth + 1, problems);
    if (problems.length >= 20) return;
  }
}
