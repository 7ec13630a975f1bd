/** A fact that happened, in a domain's own words; stored with a type and plain data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** Who asks and when: given to `decide` so that it stays pure (no clock, no globals). */
export interface CommandMetadata {
  readonly now: Date;
  /** The Association's calendar day at `now`: the latest legal date an act may carry, and the default one. */
  readonly today: string;
  readonly actorId: string;
  /** The member organization a representative acts for. */
  readonly onBehalfOf: string | null;
}

export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** The data of one kind of a domain's commands: `CommandData<ResolutionCommand, 'OpenVoting'>`. */
export type CommandData<Command extends DomainCommand, Type extends Command['type']> = Extract<Command, { type: Type }>['data'];

/**
 * A domain written as two pure functions: `decide` turns a command and the current state into
 * new events (or throws a DomainRuleViolation), `evolve` folds an event into the state.
 */
export interface Decider<Command extends DomainCommand, Event extends DomainEvent, State> {
  readonly initialState: State;
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
}

/** A kind of aggregate: its stream category (`member` → streams `member-<id>`) and its decider. */
export interface Aggregate<Command extends DomainCommand, Event extends DomainEvent, State> {
  readonly category: string;
  readonly decider: Decider<Command, Event, State>;
  /** The record's name and the code its decider refuses with when a command meets an empty stream. */
  readonly absence?: { readonly kind: string; readonly code: string };
}

/** Folds events into a state from the decider's initial state. */
export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<DomainCommand, Event, State>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState);
}

/** Compile-time proof that a switch over a union handled every member. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
