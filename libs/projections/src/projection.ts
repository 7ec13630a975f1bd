import type { EventShape, RecordedOf } from '#accord/ledger';
import type { EntityManager } from 'typeorm';

/**
 * A read model kept from the ledger. `apply` receives events in global order, in batches, inside
 * the transaction that also moves the projection's checkpoint, so a batch counts once or not at all.
 * Tables are named without a schema: the runner points `search_path` at the live schema (`read`) or,
 * during a rebuild, at a fresh one that is swapped in when it has caught up.
 */
export interface Projection<E extends EventShape = EventShape> {
  /** Stable name: the key of its checkpoint and of its rebuild schema (lowercase, digits, `_`). */
  readonly name: string;
  /** The tables in schema `read` that belong to this projection alone (created by migrations). */
  readonly tables: readonly string[];
  /** When given, only these event types reach `apply`; the checkpoint still passes the others. */
  readonly eventTypes?: readonly string[];
  /** False for process managers: replaying them would repeat commands, not rebuild tables. */
  readonly rebuildable?: boolean;
  /** `events` are of the types in `eventTypes`, so a projection names them as its domain's events `E`. */
  apply(events: readonly RecordedOf<E>[], manager: EntityManager): Promise<void>;
}

/** Nest injection token for the list of projections an application runs. */
export const PROJECTIONS = Symbol('Projections');
