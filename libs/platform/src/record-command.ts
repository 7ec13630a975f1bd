import { Injectable } from '@nestjs/common';
import { Command, type ICommandHandler } from '@nestjs/cqrs';
import { CommandProcessor, type CommandInput, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import type { Aggregate, DomainCommand, DomainEvent } from '#accord/kernel';

/**
 * A request to change one record, as an adapter (a controller, the command line) sends it through
 * Nest's CommandBus: each kind of command is its own class with its own handler (ADR 0027). It
 * carries the record's id and the request's options: the idempotency key, the version the client
 * saw, and that a missing record is a 404.
 */
export abstract class RecordCommand<Result = CommandResult> extends Command<Result> {
  constructor(
    readonly recordId: string,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

/**
 * The handler of a command that is one decision on one record: it names the record kind's
 * aggregate and says which domain command the typed command stands for; the command processor
 * does the rest (load, decide, append, retry). Handlers of commands that need more (reads of other
 * records, several steps) implement ICommandHandler and call their application service.
 */
@Injectable()
export abstract class RecordCommandHandler<Sent extends RecordCommand, Decision extends DomainCommand> implements ICommandHandler<RecordCommand> {
  protected abstract readonly aggregate: Aggregate<Decision, DomainEvent, unknown>;

  constructor(private readonly processor: CommandProcessor) {}

  /** The domain command the typed command stands for (a handler may read what it needs first). */
  protected abstract decisionOf(command: Sent): CommandInput<Decision> | Promise<CommandInput<Decision>>;

  async execute(command: Sent): Promise<CommandResult> {
    return this.processor.execute(this.aggregate, command.recordId, await this.decisionOf(command), command.options);
  }
}
