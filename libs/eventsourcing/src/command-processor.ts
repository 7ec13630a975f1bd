import { randomUUID } from 'node:crypto';
import { ConcurrencyError, formatPosition, START, type EventStore, type NewEvent } from '#accord/ledger';
import type { Aggregate, Decider, DomainCommand, DomainEvent } from '#accord/kernel';
import { nameBasedUuid } from './deterministic-id.js';
import { FoldedStateCache, type FoldedState } from './folded-state-cache.js';
import { currentContext, optionalContext } from './request-context.js';
import { StreamTurns } from './stream-turns.js';

/** A command as a caller states it; the processor adds the clock and the actor. */
export type CommandInput<Command extends DomainCommand> = Command extends DomainCommand<infer Type, infer Data>
  ? { readonly type: Type; readonly data: Data }
  : never;

export interface CommandOptions {
  /** The stream version the client saw; a mismatch is a conflict, never retried. Without it, the command takes its turn. */
  readonly expectedVersion?: number;
  /** The client's idempotency key: a repeat returns the first answer and writes nothing. */
  readonly commandId?: string;
}

/** The answer to every command, as the HTTP API returns it. */
export interface CommandResult {
  readonly id: string;
  readonly version: number;
  readonly position: string;
  readonly events: readonly string[];
}

/** The same idempotency key was already used for a different command: another body, act or record. */
export class CommandIdReused extends Error {
  readonly code = 'COMMAND_ID_REUSED';
  constructor(readonly commandId: string) {
    super(`commandId ${commandId} was already used for a different command`);
    this.name = 'CommandIdReused';
  }
}

export interface CommandProcessorOptions {
  readonly clock?: () => Date;
  /** Attempts when a writer elsewhere (another server instance) appended between our read and our append. */
  readonly maxAttempts?: number;
  /** Streams whose folded state is kept between commands, the least recently used dropped first; 0 keeps none. */
  readonly cachedStreams?: number;
}

// A few megabytes for ordinary records; see ADR 0028 for the sizes of the largest states.
const CACHED_STREAMS = 5_000;
const MAX_ATTEMPTS = 50;
const MAX_BACKOFF_MILLISECONDS = 50;

/** The id of a record created by a command: derived from the commandId so a repeat finds it again. */
export function newRecordId(commandId?: string): string {
  return commandId ? nameBasedUuid(`${commandId}:record`) : randomUUID();
}

/**
 * The one command path: fold the stream (from the cached state, reading only the events after it),
 * decide, append at the version that was read. Commands on one stream take turns within the process;
 * when a writer elsewhere appended first, read again and decide again (a bounded number of times).
 */
export class CommandProcessor {
  private readonly clock: () => Date;
  private readonly maxAttempts: number;
  private readonly cache: FoldedStateCache;
  private readonly turns = new StreamTurns();

  constructor(
    private readonly store: EventStore,
    options: CommandProcessorOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    this.cache = new FoldedStateCache(options.cachedStreams ?? CACHED_STREAMS);
  }

  async execute<Command extends DomainCommand, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    id: string,
    command: CommandInput<Command>,
    options: CommandOptions = {},
  ): Promise<CommandResult> {
    const streamId = `${aggregate.category}-${id}`;
    // In turn, so that a repeat sent while its first request is still at work finds the first answer.
    return this.turns.inTurn(streamId, async () => {
      const earlier = await this.repeated(aggregate, id, options);
      if (earlier) return earlier;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.attempt(aggregate, streamId, id, command, options);
        } catch (error) {
          const retryable = error instanceof ConcurrencyError && options.expectedVersion === undefined;
          if (!retryable || attempt >= this.maxAttempts) throw error;
          // Random, so that instances that collided do not collide again at the same moment.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_BACKOFF_MILLISECONDS, 5 * attempt)));
        }
      }
    });
  }

  /**
   * The first answer when `options.commandId` was already used for this command on this record, for
   * a step that must not start a side effect again; undefined when the commandId is new.
   * @throws CommandIdReused when it was used on another record, or for a request that asked something else
   */
  async repeated(aggregate: Aggregate<DomainCommand, DomainEvent, unknown>, id: string, options: CommandOptions): Promise<CommandResult | undefined> {
    if (!options.commandId) return undefined;
    return this.earlierAnswer(`${aggregate.category}-${id}`, id, options.commandId);
  }

  /** Reads a record's state as its decider sees it. */
  async load<Event extends DomainEvent, State>(
    aggregate: Aggregate<DomainCommand, Event, State>,
    id: string,
  ): Promise<{ state: State; version: number }> {
    const { state, version } = await this.current(aggregate.decider, `${aggregate.category}-${id}`);
    return { state, version };
  }

  /**
   * Decides the command as `execute` would, against the stream as it stands, and appends nothing:
   * a step that must not start a side effect (taking a number) for a command the record refuses.
   * Throws what `execute` would throw for the rules and the expected version.
   */
  async preview<Command extends DomainCommand, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    id: string,
    command: CommandInput<Command>,
    options: CommandOptions = {},
  ): Promise<readonly Event[]> {
    return (await this.decideOn(aggregate, `${aggregate.category}-${id}`, command, options)).decided;
  }

  private async decideOn<Command extends DomainCommand, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    streamId: string,
    command: CommandInput<Command>,
    options: CommandOptions,
  ) {
    const { state, version, position } = await this.current(aggregate.decider, streamId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(streamId, options.expectedVersion, version);
    }
    const context = currentContext();
    const now = this.clock();
    const metadata = { now, actorId: context.actorId, onBehalfOf: context.onBehalfOf };
    const fullCommand = { ...command, metadata } as unknown as Command;
    return { decided: aggregate.decider.decide(fullCommand, state), position, version, now, context };
  }

  /** The stream folded to its last event: the cached fold, carried on over the events appended since. */
  private async current<Event extends DomainEvent, State>(
    decider: Pick<Decider<DomainCommand, Event, State>, 'initialState' | 'evolve'>,
    streamId: string,
  ): Promise<FoldedState<State>> {
    const cached = this.cache.get<State>(streamId, decider);
    const tail = await this.store.readStream(streamId, cached && { fromVersion: cached.version + 1 });
    if (tail.length === 0) return cached ?? { state: decider.initialState, version: 0, position: START };
    const state = (tail as unknown as Event[]).reduce(decider.evolve, cached?.state ?? decider.initialState);
    const last = tail[tail.length - 1];
    const folded = { state, version: last.version, position: last.position };
    this.cache.remember(streamId, decider, folded);
    return folded;
  }

  private async attempt<Command extends DomainCommand, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    streamId: string,
    id: string,
    command: CommandInput<Command>,
    options: CommandOptions,
  ): Promise<CommandResult> {
    const { decided, position, version, now, context } = await this.decideOn(aggregate, streamId, command, options);
    if (decided.length === 0) {
      return { id, version, position: formatPosition(position), events: [] };
    }
    const events: NewEvent[] = decided.map((event, index) => ({
      eventId: options.commandId ? nameBasedUuid(`${options.commandId}:${index}`) : randomUUID(),
      type: event.type,
      data: event.data,
      recordedAt: now,
      metadata: {
        actorId: context.actorId,
        onBehalfOf: context.onBehalfOf,
        correlationId: context.correlationId,
        causationId: context.causationId,
        commandId: options.commandId ?? null,
        ...(options.commandId && context.commandDigest && { commandDigest: context.commandDigest }),
      },
    }));
    const appended = await this.store.append(streamId, events, version === 0 ? 'no_stream' : version);
    return { id, version: appended.version, position: formatPosition(appended.position), events: appended.eventIds };
  }

  private async earlierAnswer(streamId: string, id: string, commandId: string): Promise<CommandResult | undefined> {
    const [first] = await this.store.readEvents([nameBasedUuid(`${commandId}:0`)]);
    if (!first) return undefined;
    if (first.streamId !== streamId) throw new CommandIdReused(commandId);
    // Only requests that state what they asked are compared: automatic steps derive their commandId from their cause.
    const asked = optionalContext()?.commandDigest;
    if (asked && first.metadata.commandDigest && asked !== first.metadata.commandDigest) throw new CommandIdReused(commandId);
    const following = await this.store.readStream(streamId, { fromVersion: first.version });
    const answer = following.filter((event) => event.metadata.commandId === commandId);
    const last = answer[answer.length - 1];
    return {
      id,
      version: last.version,
      position: formatPosition(last.position),
      events: answer.map((event) => event.eventId),
    };
  }
}
