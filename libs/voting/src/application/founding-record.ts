import { FOUNDING_PROCESS_ID, type FoundingEvent } from '#accord/founding';
import { type EventStore, readStreamOf, type RecordedOf } from '#accord/ledger';

/** The founding's stream (category `founding`, one process per deployment). */
const FOUNDING_STREAM = `founding-${FOUNDING_PROCESS_ID}`;

/** The latest event of a type in the founding's stream, as the ledger holds it now. */
export async function latestFoundingEvent<Type extends FoundingEvent['type']>(
  store: EventStore,
  type: Type,
): Promise<Extract<FoundingEvent, { type: Type }> | undefined> {
  const founding = await readStreamOf<FoundingEvent>(store, FOUNDING_STREAM);
  return founding.findLast((event): event is Extract<RecordedOf<FoundingEvent>, { type: Type }> => event.type === type);
}
