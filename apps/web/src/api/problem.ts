/** The one error format of the API: `{ statusCode, code, message, details? }` (docs/api-conventions). */
export interface ApiProblem {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.message);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.statusCode;
  }
}

export function problemOf(status: number, body: unknown): ApiProblem {
  const candidate = body as Partial<ApiProblem> | null;
  return {
    statusCode: status,
    code: typeof candidate?.code === 'string' ? candidate.code : 'HTTP_' + status,
    message: typeof candidate?.message === 'string' ? candidate.message : String(status),
    ...(candidate?.details !== undefined && { details: candidate.details }),
  };
}

/** A 400's field problems by field name (`venue.url`), for messages next to the fields. */
export function fieldProblems(problem: ApiProblem | undefined): Record<string, string> {
  if (problem?.statusCode !== 400 || !Array.isArray(problem.details)) return {};
  const fields: Record<string, string> = {};
  for (const entry of problem.details as { field?: unknown; problems?: unknown }[]) {
    if (typeof entry.field === 'string' && Array.isArray(entry.problems)) fields[entry.field] = entry.problems.join('; ');
  }
  return fields;
}
