import type { GlobalPosition } from '#accord/ledger';

/** A stream's state as its decider folded it up to `version`, and where that version's event lies in the log. */
export interface FoldedState<State = unknown> {
  readonly state: State;
  readonly version: number;
  readonly position: GlobalPosition;
}

interface Entry {
  /** The decider whose `evolve` made the state: another fold of the same stream is not this one. */
  readonly decider: object;
  readonly folded: FoldedState;
}

/**
 * Folded states by stream id, the least recently used dropped beyond `maxStreams`. An entry is
 * exact for the version it names, since committed events never change: a reader folds only the
 * events after it. States are shared between readers, so deciders must never mutate them.
 */
export class FoldedStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly maxStreams: number) {}

  get<State>(streamId: string, decider: object): FoldedState<State> | undefined {
    const entry = this.entries.get(streamId);
    if (entry?.decider !== decider) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry.folded as FoldedState<State>;
  }

  /** Keeps the state unless a later version of the same fold is already kept (concurrent readers). */
  remember(streamId: string, decider: object, folded: FoldedState): void {
    if (this.maxStreams <= 0) return;
    const kept = this.entries.get(streamId);
    if (kept?.decider === decider && kept.folded.version >= folded.version) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, { decider, folded });
    if (this.entries.size > this.maxStreams) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
