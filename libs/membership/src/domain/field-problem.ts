import type { BilingualText } from '#accord/kernel';

export type FieldProblemCode =
  | 'REQUIRED'
  | 'INVALID_FORMAT'
  | 'INVALID_CHECK_DIGIT'
  | 'UNKNOWN_COUNTRY'
  | 'SCHEME_NOT_FOR_COUNTRY'
  | 'IDENTIFIER_COUNTRY_MISMATCH'
  | 'UNKNOWN_CATEGORY'
  | 'INVALID_EMAIL'
  | 'DUPLICATE_ID';

/** One field's problem, as the HTTP layer lists it in a 400 answer. `field` is a path such as `representatives[0].email`. */
export interface FieldProblem {
  readonly field: string;
  readonly code: FieldProblemCode;
  readonly message: BilingualText;
}

/** The same problems about a nested value, reported from the enclosing value's point of view. */
export function nestedProblems(prefix: string, problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => ({ ...problem, field: `${prefix}.${problem.field}` }));
}

export function fieldProblem(field: string, code: FieldProblemCode, message: BilingualText): FieldProblem {
  return { field, code, message };
}
