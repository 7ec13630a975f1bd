import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandProcessor, type CommandInput, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import type { Aggregate, DomainCommand, DomainEvent } from '#accord/kernel';

/**
 * A command for one aggregate, sent through Nest's CommandBus: controllers build it, the one
 * handler below runs it on the command path (load, decide, append, retry).
 */
export class AggregateCommand<C extends DomainCommand = DomainCommand> extends Command<CommandResult> {
  constructor(
    readonly aggregate: Aggregate<C, DomainEvent, unknown>,
    readonly id: string,
    readonly input: CommandInput<C>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}

@CommandHandler(AggregateCommand)
export class AggregateCommandHandler implements ICommandHandler<AggregateCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute(command: AggregateCommand): Promise<CommandResult> {
    return this.processor.execute(command.aggregate, command.id, command.input, command.options);
  }
}
