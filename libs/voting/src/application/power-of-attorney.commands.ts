import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandInput, CommandOptions, CommandResult } from '#accord/eventsourcing';
import type { LocalizedText } from '#accord/kernel';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import { powerOfAttorneyAggregate, type PowerOfAttorneyCommand } from '../domain/power-of-attorney/power-of-attorney.decide.js';
import type { PowerOfAttorney } from '../domain/power-of-attorney/power-of-attorney.events.js';
import { PowersOfAttorney } from './powers-of-attorney.js';

export class GrantPowerOfAttorney extends RecordCommand {
  constructor(
    readonly power: PowerOfAttorney,
    options: CommandOptions,
  ) {
    super(power.powerOfAttorneyId, options);
  }
}

export class RevokePowerOfAttorney extends RecordCommand {
  constructor(
    powerOfAttorneyId: string,
    readonly reason: LocalizedText | null,
    options: CommandOptions,
  ) {
    super(powerOfAttorneyId, options);
  }
}

@CommandHandler(GrantPowerOfAttorney)
export class GrantPowerOfAttorneyHandler implements ICommandHandler<GrantPowerOfAttorney> {
  constructor(private readonly powers: PowersOfAttorney) {}

  execute({ power, options }: GrantPowerOfAttorney): Promise<CommandResult> {
    return this.powers.grant(power, options);
  }
}

@CommandHandler(RevokePowerOfAttorney)
export class RevokePowerOfAttorneyHandler extends RecordCommandHandler<RevokePowerOfAttorney, PowerOfAttorneyCommand> {
  protected readonly aggregate = powerOfAttorneyAggregate;

  protected decisionOf({ reason }: RevokePowerOfAttorney): CommandInput<PowerOfAttorneyCommand> {
    return { type: 'RevokePowerOfAttorney', data: { reason } };
  }
}

/** The handlers of a power of attorney's commands, for the module that provides them. */
export const powerOfAttorneyCommandHandlers = [GrantPowerOfAttorneyHandler, RevokePowerOfAttorneyHandler];
