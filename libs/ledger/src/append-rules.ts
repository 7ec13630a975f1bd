import { DuplicateEventIdError } from './errors.js';
import type { AppendResult, ExpectedVersion, NewEvent, RecordedEvent } from './event-store.port.js';

/** Whether a stream at version `actual` is what the writer expected. */
export function satisfies(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 0;
  if (expected === 'stream_exists') return actual > 0;
  return expected === actual;
}

/**
 * The result of an earlier append of these same events, in the same order, to this stream, given
 * the stored events found under their ids; undefined when none is stored. Ids stored in another
 * stream, in another order or only in part belong to a different append.
 */
export function earlierAppend(
  streamId: string,
  events: readonly NewEvent[],
  stored: readonly Pick<RecordedEvent, 'eventId' | 'streamId' | 'version' | 'position'>[],
): AppendResult | undefined {
  if (stored.length === 0) return undefined;
  const byId = new Map(stored.map((event) => [event.eventId, event]));
  const inOrder = events.map((event) => byId.get(event.eventId));
  const first = inOrder[0];
  const isSameAppend =
    first !== undefined &&
    inOrder.every((event, index) => event?.streamId === streamId && event.version === first.version + index);
  if (!isSameAppend) throw new DuplicateEventIdError(stored.map((event) => event.eventId));
  const last = inOrder[inOrder.length - 1]!;
  return { streamId, version: last.version, position: last.position, eventIds: events.map((event) => event.eventId) };
}
