import { inspect } from 'node:util';
import { optionalContext } from '#accord/eventsourcing';

/**
 * What a log line says of a failure: an Error with its stack and cause, anything else as Node shows
 * it, so the line tells where it came from.
 */
export const loggedError = (error: unknown): string => inspect(error, { depth: 4, breakLength: Infinity });

/** The correlation and causation of the request or event the code runs for, when it runs for one. */
export function loggedContext(): { readonly correlationId?: string; readonly causationId?: string | null } {
  const context = optionalContext();
  return context ? { correlationId: context.correlationId, causationId: context.causationId } : {};
}
