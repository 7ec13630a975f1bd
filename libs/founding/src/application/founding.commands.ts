import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CommandProcessor, RecordNotFound, type CommandInput, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, type Aggregate, type CommandData } from '#accord/kernel';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import { FOUNDING_PROCESS_ID, type FoundingCommand } from '../domain/founding.decide.js';
import type { FoundingEvent } from '../domain/founding.events.js';
import type { FoundingState } from '../domain/founding.state.js';
import { FOUNDING_AGGREGATE } from './founding.tokens.js';

type FoundingData<Type extends FoundingCommand['type']> = CommandData<FoundingCommand, Type>;
type FoundingAggregate = Aggregate<FoundingCommand, FoundingEvent, FoundingState>;

/** A step of the founding with what the secretariat records of it; the founding is one record, so no step names it. */
abstract class FoundingStep<Type extends FoundingCommand['type']> extends RecordCommand {
  constructor(
    readonly data: FoundingData<Type>,
    options: CommandOptions,
  ) {
    super(FOUNDING_PROCESS_ID, options);
  }
}

export class LaunchFoundingInitiative extends FoundingStep<'LaunchFoundingInitiative'> {}

export class ReceiveLetterOfIntent extends FoundingStep<'ReceiveLetterOfIntent'> {}

export class WithdrawLetterOfIntent extends FoundingStep<'WithdrawLetterOfIntent'> {}

export class RecordCharterDraft extends FoundingStep<'RecordCharterDraft'> {}

export class ConveneFoundingAssembly extends FoundingStep<'ConveneFoundingAssembly'> {}

export class RecordFoundingAssembly extends FoundingStep<'RecordFoundingAssembly'> {}

export class FileStateRegistration extends FoundingStep<'FileStateRegistration'> {}

export class RecordRegistrationRefusal extends FoundingStep<'RecordRegistrationRefusal'> {}

export class RecordStateRegistration extends FoundingStep<'RecordStateRegistration'> {}

/** The founding's rules come from the configuration, so its aggregate is injected rather than imported. */
abstract class FoundingStepHandler<Sent extends RecordCommand> extends RecordCommandHandler<Sent, FoundingCommand> {
  constructor(
    processor: CommandProcessor,
    @Inject(FOUNDING_AGGREGATE) protected readonly aggregate: FoundingAggregate,
  ) {
    super(processor);
  }
}

@CommandHandler(LaunchFoundingInitiative)
export class LaunchFoundingInitiativeHandler extends FoundingStepHandler<LaunchFoundingInitiative> {
  protected decisionOf({ data }: LaunchFoundingInitiative): CommandInput<FoundingCommand> {
    return { type: 'LaunchFoundingInitiative', data };
  }
}

@CommandHandler(ReceiveLetterOfIntent)
export class ReceiveLetterOfIntentHandler extends FoundingStepHandler<ReceiveLetterOfIntent> {
  constructor(
    processor: CommandProcessor,
    @Inject(FOUNDING_AGGREGATE) aggregate: FoundingAggregate,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super(processor, aggregate);
  }

  protected decisionOf({ data }: ReceiveLetterOfIntent): CommandInput<FoundingCommand> {
    return { type: 'ReceiveLetterOfIntent', data };
  }

  /** Answers with the letter's id (the founder's future member id). */
  override async execute(command: ReceiveLetterOfIntent): Promise<CommandResult> {
    const result = await super.execute(command);
    // A repeated commandId answers with the letter the first command recorded.
    const [recorded] = await this.store.readEvents(result.events.slice(0, 1));
    return { ...result, id: (recorded?.data as { letterId?: string } | undefined)?.letterId ?? command.data.letterId };
  }
}

@CommandHandler(WithdrawLetterOfIntent)
export class WithdrawLetterOfIntentHandler extends FoundingStepHandler<WithdrawLetterOfIntent> {
  protected decisionOf({ data }: WithdrawLetterOfIntent): CommandInput<FoundingCommand> {
    return { type: 'WithdrawLetterOfIntent', data };
  }

  /** The letter is named by the request's path: one the founding never received is a 404. */
  override async execute(command: WithdrawLetterOfIntent): Promise<CommandResult> {
    try {
      return await super.execute(command);
    } catch (error) {
      if (error instanceof DomainRuleViolation && error.code === 'LETTER_NOT_FOUND') throw new RecordNotFound('letter of intent', command.data.letterId);
      throw error;
    }
  }
}

@CommandHandler(RecordCharterDraft)
export class RecordCharterDraftHandler extends FoundingStepHandler<RecordCharterDraft> {
  protected decisionOf({ data }: RecordCharterDraft): CommandInput<FoundingCommand> {
    return { type: 'RecordCharterDraft', data };
  }
}

@CommandHandler(ConveneFoundingAssembly)
export class ConveneFoundingAssemblyHandler extends FoundingStepHandler<ConveneFoundingAssembly> {
  protected decisionOf({ data }: ConveneFoundingAssembly): CommandInput<FoundingCommand> {
    return { type: 'ConveneFoundingAssembly', data };
  }
}

@CommandHandler(RecordFoundingAssembly)
export class RecordFoundingAssemblyHandler extends FoundingStepHandler<RecordFoundingAssembly> {
  protected decisionOf({ data }: RecordFoundingAssembly): CommandInput<FoundingCommand> {
    return { type: 'RecordFoundingAssembly', data };
  }
}

@CommandHandler(FileStateRegistration)
export class FileStateRegistrationHandler extends FoundingStepHandler<FileStateRegistration> {
  protected decisionOf({ data }: FileStateRegistration): CommandInput<FoundingCommand> {
    return { type: 'FileStateRegistration', data };
  }
}

@CommandHandler(RecordRegistrationRefusal)
export class RecordRegistrationRefusalHandler extends FoundingStepHandler<RecordRegistrationRefusal> {
  protected decisionOf({ data }: RecordRegistrationRefusal): CommandInput<FoundingCommand> {
    return { type: 'RecordRegistrationRefusal', data };
  }
}

@CommandHandler(RecordStateRegistration)
export class RecordStateRegistrationHandler extends FoundingStepHandler<RecordStateRegistration> {
  protected decisionOf({ data }: RecordStateRegistration): CommandInput<FoundingCommand> {
    return { type: 'RecordStateRegistration', data };
  }
}

/** The handlers of the founding's commands, for the module that provides them. */
export const foundingCommandHandlers = [
  LaunchFoundingInitiativeHandler,
  ReceiveLetterOfIntentHandler,
  WithdrawLetterOfIntentHandler,
  RecordCharterDraftHandler,
  ConveneFoundingAssemblyHandler,
  RecordFoundingAssemblyHandler,
  FileStateRegistrationHandler,
  RecordRegistrationRefusalHandler,
  RecordStateRegistrationHandler,
];
