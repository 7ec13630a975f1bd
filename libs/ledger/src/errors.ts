import type { ExpectedVersion } from './event-store.port.js';

/** The stream was not at the version the writer expected: someone else appended first. */
export class ConcurrencyError extends Error {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
    this.name = 'ConcurrencyError';
  }
}

/** Event ids are unique in the whole ledger; these were already used by a different append. */
export class DuplicateEventIdError extends Error {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(readonly eventIds: readonly string[]) {
    super(`Event ids already used by another append: ${eventIds.join(', ')}`);
    this.name = 'DuplicateEventIdError';
  }
}

/** An upcaster chain has a hole: no way to lift a stored schema version to the current one. */
export class UpcastingError extends Error {
  readonly code = 'UPCASTING_FAILED';
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
  ) {
    super(`No upcaster for ${eventType} from schema version ${schemaVersion}`);
    this.name = 'UpcastingError';
  }
}
