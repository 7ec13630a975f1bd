import { nameBasedUuid, runWithContext } from '#accord/eventsourcing';
import type { RecordedEvent } from '#accord/ledger';
import type { EntityManager } from 'typeorm';
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

/**
 * The handler of a process manager built by Nest: it needs services the runner's fixed list cannot hold.
 * `manager` is the transaction that also moves the process's checkpoint.
 */
export interface ProcessHandler {
  handle(event: RecordedEvent, manager: EntityManager): Promise<void>;
}

/** A process manager as its feature declares it: what the runner needs up front, and the class of its handler. */
export interface InjectedProcessManager extends Projection {
  /** The Nest provider that handles its events, resolved in the application that runs it. */
  readonly handler: abstract new (...args: never[]) => ProcessHandler;
}

/**
 * Declares a process manager whose handler Nest builds. The platform gives each application's runner
 * the process with that application's handler (`withHandler`), so the order of modules does not
 * matter and two applications in one process never share a handler.
 */
export function injectedProcessManager(
  name: string,
  eventTypes: readonly string[],
  handler: InjectedProcessManager['handler'],
): InjectedProcessManager {
  const unresolved = processManager({ name, eventTypes, handle: (event) => Promise.reject(new Error(`${name}: ${event.eventId} reached no handler`)) });
  return { ...unresolved, handler };
}

/** The projection as an application runs it: an injected process manager with the handler `resolve` gives. */
export function withHandler(projection: Projection, resolve: (handler: InjectedProcessManager['handler']) => ProcessHandler): Projection {
  if (!('handler' in projection)) return projection;
  const { handler } = projection as InjectedProcessManager;
  const eventTypes = projection.eventTypes ?? [];
  return {
    ...projection,
    apply(events, manager) {
      const resolved = resolve(handler);
      return processManager({ name: projection.name, eventTypes, handle: (event) => resolved.handle(event, manager) }).apply(events, manager);
    },
  };
}
