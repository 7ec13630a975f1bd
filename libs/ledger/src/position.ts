/**
 * A place in the global log. Events are totally ordered by (`commit`, `sequence`):
 * on PostgreSQL `commit` is the appending transaction id and `sequence` the row's identity;
 * on EventStoreDB they are the commit and prepare positions of `$all`.
 * A pair, not a single number, because appends are not serialized behind one global lock,
 * so only the writer's transaction order gives a log that readers can never skip past.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly sequence: bigint;
}

export const START: GlobalPosition = { commit: 0n, sequence: 0n };

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.sequence !== b.sequence) return a.sequence < b.sequence ? -1 : 1;
  return 0;
}

/** The earlier of two positions (for `reduce`, the earliest of several). */
export function earlierPosition(a: GlobalPosition, b: GlobalPosition): GlobalPosition {
  return comparePositions(a, b) <= 0 ? a : b;
}

/** The later of two positions (for `reduce`, the latest of several). */
export function laterPosition(a: GlobalPosition, b: GlobalPosition): GlobalPosition {
  return comparePositions(a, b) >= 0 ? a : b;
}

export function isAtOrAfter(position: GlobalPosition, target: GlobalPosition): boolean {
  return comparePositions(position, target) >= 0;
}

/** The opaque text form used by the HTTP API and checkpoints: `"<commit>-<sequence>"`. */
export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}-${position.sequence}`;
}

const POSITION_FORMAT = /^(\d{1,20})-(\d{1,20})$/;
const MAX_BIGINT = 2n ** 63n - 1n;

export function parsePosition(text: string): GlobalPosition | undefined {
  const match = POSITION_FORMAT.exec(text);
  if (!match) return undefined;
  const position = { commit: BigInt(match[1]), sequence: BigInt(match[2]) };
  // Both parts are PostgreSQL bigints: a larger one names no place in any log.
  return position.commit <= MAX_BIGINT && position.sequence <= MAX_BIGINT ? position : undefined;
}
