import { nameBasedUuid, runWithContext } from '#accord/eventsourcing';
import type { RecordedEvent } from '#accord/ledger';
import type { Projection } from './projection.js';

export interface ProcessManagerDefinition {
  /** Stable name: its checkpoint key, and its actor `system:<name>` in the events it causes. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  /**
   * Carries out the consequences of one event, as commands on other aggregates. Called again
   * after a crash for events whose checkpoint did not commit, so every command must use a
   * `commandId` from `consequenceId`: a repeat then records nothing.
   */
  handle(event: RecordedEvent): Promise<void>;
}

/** The idempotency key of the consequence `purpose` of an event: the same on every replay. */
export function consequenceId(event: Pick<RecordedEvent, 'eventId'>, purpose: string): string {
  return nameBasedUuid(`${event.eventId}:consequence:${purpose}`);
}

/**
 * A process manager runs like a projection (checkpoint, batches, retries) but writes to the ledger:
 * each consequence is attributed to `system:<name>`, correlated with the triggering event's request
 * and caused by the triggering event, so "which decision made this so?" always has an answer.
 */
export function processManager(definition: ProcessManagerDefinition): Projection {
  return {
    name: definition.name,
    tables: [],
    eventTypes: definition.eventTypes,
    rebuildable: false,
    async apply(events) {
      for (const event of events) {
        const context = {
          actorId: `system:${definition.name}`,
          onBehalfOf: null,
          correlationId: event.metadata.correlationId,
          causationId: event.eventId,
        };
        await runWithContext(context, () => definition.handle(event));
      }
    },
  };
}
