import type { EventMetadata, EventShape, RecordedEvent } from '#accord/ledger';
import type { DataSource } from 'typeorm';
import type { Projection } from '../projection.js';

let sequence = 0;

/**
 * The events of one stream as the ledger gives them: versions from `firstVersion`, ids and global
 * positions in the order of the calls, recorded an hour apart from 09:00 UTC on 1 September 2026.
 */
export function recordedStream(
  streamId: string,
  events: readonly EventShape[],
  options: { readonly firstVersion?: number; readonly metadata?: Partial<EventMetadata> } = {},
): RecordedEvent[] {
  return events.map((event, index) => {
    sequence += 1;
    return {
      eventId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      streamId,
      version: (options.firstVersion ?? 1) + index,
      position: { commit: BigInt(sequence), sequence: BigInt(sequence) },
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { actorId: 'account-1', onBehalfOf: null, correlationId: 'request-1', causationId: null, commandId: null, ...options.metadata },
      recordedAt: new Date(Date.UTC(2026, 8, 1, 9) + sequence * 3_600_000),
      hash: '0'.repeat(64),
    };
  });
}

/**
 * `given(events)` applies events to a projection as the runner does, in one transaction;
 * `thenReplayChangesNothing(events)` is the check every projection owes: applying the same events
 * again, whole or in part, leaves the rows as they were.
 */
export function projectionSpec(dataSource: () => DataSource, projection: Projection, rows: () => Promise<unknown>) {
  const given = (events: readonly RecordedEvent[]) => dataSource().transaction((manager) => projection.apply(events, manager));
  return {
    given,
    async thenReplayChangesNothing(events: readonly RecordedEvent[]): Promise<void> {
      await given(events);
      const once = await rows();
      await given(events);
      expect(await rows()).toEqual(once);
      await given(events.slice(0, 1));
      expect(await rows()).toEqual(once);
    },
  };
}
