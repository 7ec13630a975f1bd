import { randomUUID } from 'node:crypto';
import { canonicalJson, ConcurrencyError, formatPosition, START, type AppendCondition, type AppendResult, type EventStore, type NewEvent, type RecordedEvent } from '#accord/ledger';
import { calendarDateIn, DEFAULT_TIME_ZONE, DomainRuleViolation, type Aggregate, type Decider, type DomainCommand, type DomainEvent } from '#accord/kernel';
import { nameBasedUuid } from './deterministic-id.js';
import { FoldedStateCache, type FoldedState } from './folded-state-cache.js';
import { RecordNotFound } from './record-not-found.js';
import { currentContext, optionalContext, type ActionContext } from './request-context.js';
import { StreamBatches } from './stream-batches.js';

/** A command as a caller states it; the processor adds the clock and the actor. */
export type CommandInput<Command extends DomainCommand> = Command extends DomainCommand<infer Type, infer Data>
  ? { readonly type: Type; readonly data: Data }
  : never;

export interface CommandOptions {
  /** The stream version the client saw; a mismatch is a conflict, never retried. Without it, the command takes its turn. */
  readonly expectedVersion?: number;
  /** The client's idempotency key: a repeat returns the first answer and writes nothing. */
  readonly commandId?: string;
  /**
   * A request names the record (its path id): a refusal by the aggregate's `absence` code on an empty
   * stream is then RecordNotFound (404). Automatic steps leave it unset and record the refusal itself.
   */
  readonly absentAsNotFound?: boolean;
  /**
   * Another record's stream and the version of its state the command was built from: the command is
   * refused with a ConcurrencyError naming that stream if it moved since, for the caller to read it
   * and build the command again. The append checks it; a command that appends nothing is checked by
   * the read of its own stream, which reads both.
   */
  readonly unchanged?: AppendCondition;
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
  /** The zone whose days are the legal days (`metadata.today`); the Association's seat when not given. */
  readonly timeZone?: string;
}

// A few megabytes for ordinary records; see ADR 0026 for the sizes of the largest states.
const CACHED_STREAMS = 5_000;
const MAX_ATTEMPTS = 50;
const MAX_BACKOFF_MILLISECONDS = 50;
// One append of at most this many commands: the ledger prepares its INSERT for up to 100 events.
const MAX_BATCH = 50;

/** The id of a record created by a command: derived from the commandId so a repeat finds it again. */
export function newRecordId(commandId?: string): string {
  return commandId ? nameBasedUuid(`${commandId}:record`) : randomUUID();
}

/** A command in line for its stream, with the context of the request that sent it. */
interface Pending {
  readonly aggregate: Aggregate<DomainCommand, DomainEvent, unknown>;
  readonly id: string;
  readonly command: CommandInput<DomainCommand>;
  readonly options: CommandOptions;
  readonly context: ActionContext;
  readonly resolve: (result: CommandResult) => void;
  readonly reject: (error: unknown) => void;
}

/** What one command of a batch comes to: its events and the version after them, or its refusal. */
type Share = { readonly events: readonly NewEvent[]; readonly version: number } | { readonly refusal: unknown };

/**
 * The one command path: fold the stream (from the cached state, reading only the events after it),
 * decide, append at the version that was read. Commands on one stream take turns within the process,
 * and those that arrived during a write are decided one after another and appended together; when a
 * writer elsewhere appended first, read again and decide again (a bounded number of times).
 */
export class CommandProcessor {
  private readonly clock: () => Date;
  private readonly timeZone: string;
  private readonly maxAttempts: number;
  private readonly cache: FoldedStateCache;
  private readonly batches = new StreamBatches<Pending>((streamId, batch) => this.write(streamId, batch), MAX_BATCH);

  constructor(
    private readonly store: EventStore,
    options: CommandProcessorOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    this.cache = new FoldedStateCache(options.cachedStreams ?? CACHED_STREAMS);
  }

  async execute<Command extends DomainCommand, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    id: string,
    command: CommandInput<Command>,
    options: CommandOptions = {},
  ): Promise<CommandResult> {
    const context = currentContext();
    return new Promise((resolve, reject) => {
      // The line of a stream holds commands of any aggregate; each is decided by its own decider again.
      const pending = { aggregate, id, command, options, context, resolve, reject } as unknown as Pending;
      this.batches.add(`${aggregate.category}-${id}`, pending);
    });
  }

  /**
   * The first answer when `options.commandId` was already used for this command on this record, for
   * a step that must not start a side effect again; undefined when the commandId is new.
   * @throws CommandIdReused when it was used on another record, or for a request that asked something else
   */
  async repeated(aggregate: Aggregate<DomainCommand, DomainEvent, unknown>, id: string, options: CommandOptions): Promise<CommandResult | undefined> {
    if (!options.commandId) return undefined;
    const [first] = await this.store.readEvents([firstEventId(options.commandId)]);
    return first && this.earlierAnswer(first, `${aggregate.category}-${id}`, id, options.commandId, optionalContext()?.commandDigest);
  }

  /** Reads a record's state as its decider sees it. */
  async load<Event extends DomainEvent, State>(
    aggregate: Aggregate<DomainCommand, Event, State>,
    id: string,
  ): Promise<{ state: State; version: number }> {
    const { state, version } = await this.current(aggregate.decider, `${aggregate.category}-${id}`);
    return { state, version };
  }

  /** The state this process keeps for the record, without reading the ledger: it may be behind it. */
  kept<Event extends DomainEvent, State>(aggregate: Aggregate<DomainCommand, Event, State>, id: string): { state: State; version: number } | undefined {
    const folded = this.cache.get<State>(`${aggregate.category}-${id}`, aggregate.decider);
    return folded && { state: folded.state, version: folded.version };
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
    const streamId = `${aggregate.category}-${id}`;
    const { state, version } = await this.current(aggregate.decider, streamId);
    return this.decide(aggregate, id, command, options, currentContext(), this.clock(), state, version);
  }

  private decide<Command extends DomainCommand, Event extends DomainEvent, State>(
    { category, decider, absence }: Aggregate<Command, Event, State>,
    id: string,
    command: CommandInput<Command>,
    options: CommandOptions,
    context: ActionContext,
    now: Date,
    state: State,
    version: number,
  ): readonly Event[] {
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(`${category}-${id}`, options.expectedVersion, version);
    }
    const metadata = { now, today: calendarDateIn(now, this.timeZone), actorId: context.actorId, onBehalfOf: context.onBehalfOf };
    try {
      // A command input with its metadata is the command; TypeScript cannot see that for a generic union.
      return decider.decide({ ...command, metadata } as unknown as Command, state);
    } catch (error) {
      if (absence && options.absentAsNotFound && version === 0 && error instanceof DomainRuleViolation && error.code === absence.code) {
        throw new RecordNotFound(absence.kind, id);
      }
      throw error;
    }
  }

  /**
   * The stream folded to its last event: the cached fold, carried on over the events appended since.
   * With `unchanged`, that stream's tail is read in the same round trip.
   * @throws ConcurrencyError naming `unchanged.streamId` when it has events after `unchanged.version`
   */
  private async current<Event extends DomainEvent, State>(
    decider: Pick<Decider<DomainCommand, Event, State>, 'initialState' | 'evolve'>,
    streamId: string,
    unchanged?: AppendCondition,
  ): Promise<FoldedState<State>> {
    const cached = this.cache.get<State>(streamId, decider);
    const fromVersion = cached ? cached.version + 1 : 1;
    const [tail, moved = []] = unchanged
      ? await this.store.readStreamTails([{ streamId, fromVersion }, { streamId: unchanged.streamId, fromVersion: unchanged.version + 1 }])
      : [await this.store.readStream(streamId, { fromVersion })];
    if (moved.length > 0) throw new ConcurrencyError(unchanged!.streamId, unchanged!.version, moved[moved.length - 1].version);
    if (tail.length === 0) return cached ?? { state: decider.initialState, version: 0, position: START };
    // The stream's category names its decider, so its recorded events are that decider's events.
    const state = (tail as unknown as Event[]).reduce(decider.evolve, cached?.state ?? decider.initialState);
    const last = tail[tail.length - 1];
    const folded = { state, version: last.version, position: last.position };
    this.cache.remember(streamId, decider, folded);
    return folded;
  }

  /** Settles every command of the batch: its answer, or the error that refused it. */
  private async write(streamId: string, batch: readonly Pending[]): Promise<void> {
    try {
      const fresh = await this.answerRepeats(streamId, batch);
      if (fresh.length === 0) return;
      // Commands of other deciders on the same stream (none today) are not decided on this one's state,
      // and commands checked against different versions of another stream are not appended together.
      const [first] = fresh;
      if (fresh.some((pending) => pending.aggregate.decider !== first.aggregate.decider || !sameCondition(pending.options.unchanged, first.options.unchanged))) {
        for (const pending of fresh) await this.write(streamId, [pending]);
        return;
      }
      await this.appendInTurn(streamId, fresh);
    } catch (error) {
      // Settling twice is harmless: what was answered keeps its answer.
      for (const pending of batch) pending.reject(error);
    }
  }

  /**
   * Answers the commands whose commandId was used before, in the ledger or earlier in this batch,
   * with the first answer; returns the others.
   */
  private async answerRepeats(streamId: string, batch: readonly Pending[]): Promise<Pending[]> {
    const keyed = batch.filter((pending) => pending.options.commandId);
    if (keyed.length === 0) return [...batch];
    const firsts = new Map((await this.store.readEvents(keyed.map((pending) => firstEventId(pending.options.commandId!)))).map((event) => [event.eventId, event]));
    const fresh: Pending[] = [];
    const inBatch = new Map<string, Pending>();
    for (const pending of batch) {
      const { commandId } = pending.options;
      const first = commandId && firsts.get(firstEventId(commandId));
      if (first) {
        await this.earlierAnswer(first, streamId, pending.id, commandId, pending.context.commandDigest).then(pending.resolve, pending.reject);
        continue;
      }
      const original = commandId && inBatch.get(commandId);
      if (!original) {
        if (commandId) inBatch.set(commandId, pending);
        fresh.push(pending);
        continue;
      }
      const digests = [original.context.commandDigest, pending.context.commandDigest];
      if (digests[0] && digests[1] && digests[0] !== digests[1]) {
        pending.reject(new CommandIdReused(commandId));
        continue;
      }
      // A repeat sent while its first request is still in line gets the first request's answer.
      const joined: Pending = {
        ...original,
        resolve: (result) => (original.resolve(result), pending.resolve(result)),
        reject: (error) => (original.reject(error), pending.reject(error)),
      };
      fresh[fresh.indexOf(original)] = joined;
      inBatch.set(commandId, joined);
    }
    return fresh;
  }

  /**
   * Decides the commands in order, each on the state the ones before it leave, and appends their events
   * at once. The first try decides on the cached fold without reading the stream: the append at its
   * version is the check that nothing was appended since (a conflict reads and decides again). A
   * refusal, or a command that changes nothing, appends nothing that would check it, so such a batch
   * is decided again on the stream as read (with the other stream it was built on, if any).
   */
  private async appendInTurn(streamId: string, batch: readonly Pending[]): Promise<void> {
    const { aggregate, options } = batch[0];
    const { decider } = aggregate;
    const cached = this.cache.get<unknown>(streamId, decider);
    for (let attempt = cached ? 0 : 1; ; attempt += 1) {
      const base = attempt === 0 ? cached! : await this.current(decider, streamId, options.unchanged);
      let { state, version } = base;
      const shares = batch.map((pending): Share => {
        try {
          const now = this.clock();
          const decided = this.decide(aggregate, pending.id, pending.command, pending.options, pending.context, now, state, version);
          // The next command, and the cache, see these events as the ledger will return them: plain JSON.
          state = decided.reduce((folded, event) => decider.evolve(folded, { type: event.type, data: JSON.parse(canonicalJson(event.data)) }), state);
          version += decided.length;
          return { events: decided.map((event, ordinal) => newEvent(event, ordinal, pending, now)), version };
        } catch (refusal) {
          return { refusal };
        }
      });
      if (attempt === 0 && shares.some((share) => !('events' in share) || share.events.length === 0)) continue;
      const events = shares.flatMap((share) => ('events' in share ? share.events : []));
      let appended: AppendResult | undefined;
      try {
        if (events.length > 0) appended = await this.store.append(streamId, events, base.version === 0 ? 'no_stream' : base.version, options.unchanged);
      } catch (error) {
        // The other record moved: the commands were built from its state, so only their callers can build them again.
        if (error instanceof ConcurrencyError && error.streamId !== streamId) throw error;
        // The cached fold was not the stream's last: read what was appended since, at once.
        if (error instanceof ConcurrencyError && attempt === 0) continue;
        if (error instanceof ConcurrencyError && attempt < this.maxAttempts) {
          // Random, so that instances that collided do not collide again at the same moment.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_BACKOFF_MILLISECONDS, 5 * attempt)));
          continue;
        }
        // Alone, each command meets the error it causes itself (a commandId used elsewhere, say).
        if (batch.length > 1 && !(error instanceof ConcurrencyError)) {
          for (const pending of batch) await this.write(streamId, [pending]);
          return;
        }
        throw error;
      }
      // What was appended is the stream's state at its new version, as a fold of the ledger would give it.
      if (appended) this.cache.remember(streamId, decider, { state, version, position: appended.position });
      batch.forEach((pending, index) => {
        const share = shares[index];
        if ('refusal' in share) return pending.reject(share.refusal);
        const position = appended && share.version > base.version ? appended.position : base.position;
        pending.resolve({ id: pending.id, version: share.version, position: formatPosition(position), events: share.events.map((event) => event.eventId) });
      });
      return;
    }
  }

  private async earlierAnswer(first: RecordedEvent, streamId: string, id: string, commandId: string, asked: string | undefined): Promise<CommandResult> {
    if (first.streamId !== streamId) throw new CommandIdReused(commandId);
    // Only requests that state what they asked are compared: automatic steps derive their commandId from their cause.
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

const sameCondition = (left: AppendCondition | undefined, right: AppendCondition | undefined) =>
  left === right || (left !== undefined && right !== undefined && left.streamId === right.streamId && left.version === right.version);

const firstEventId = (commandId: string) => nameBasedUuid(`${commandId}:0`);

/** The event as the ledger records it, with who and why from the command's own request. */
function newEvent(event: DomainEvent, index: number, { options, context }: Pending, recordedAt: Date): NewEvent {
  return {
    eventId: options.commandId ? nameBasedUuid(`${options.commandId}:${index}`) : randomUUID(),
    type: event.type,
    data: event.data,
    recordedAt,
    metadata: {
      actorId: context.actorId,
      onBehalfOf: context.onBehalfOf,
      correlationId: context.correlationId,
      causationId: context.causationId,
      commandId: options.commandId ?? null,
      ...(options.commandId && context.commandDigest && { commandDigest: context.commandDigest }),
    },
  };
}
