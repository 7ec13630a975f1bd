import { CommandHandler } from '@nestjs/cqrs';
import type { CommandInput, CommandOptions } from '#accord/eventsourcing';
import type { LocalizedText } from '#accord/kernel';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import { addresseeAggregate, type AddresseeCommand, type AddresseeInput } from '../domain/addressee/addressee.decide.js';

export class RegisterAddressee extends RecordCommand {
  constructor(
    addresseeId: string,
    readonly addressee: AddresseeInput,
    options: CommandOptions,
  ) {
    super(addresseeId, options);
  }
}

export class ReviseAddressee extends RecordCommand {
  constructor(
    addresseeId: string,
    /** Only what is given changes. */
    readonly changes: Partial<AddresseeInput>,
    options: CommandOptions,
  ) {
    super(addresseeId, options);
  }
}

export class RetireAddressee extends RecordCommand {
  constructor(
    addresseeId: string,
    readonly reason: LocalizedText | null,
    options: CommandOptions,
  ) {
    super(addresseeId, options);
  }
}

@CommandHandler(RegisterAddressee)
export class RegisterAddresseeHandler extends RecordCommandHandler<RegisterAddressee, AddresseeCommand> {
  protected readonly aggregate = addresseeAggregate;

  protected decisionOf({ addressee }: RegisterAddressee): CommandInput<AddresseeCommand> {
    return { type: 'RegisterAddressee', data: addressee };
  }
}

@CommandHandler(ReviseAddressee)
export class ReviseAddresseeHandler extends RecordCommandHandler<ReviseAddressee, AddresseeCommand> {
  protected readonly aggregate = addresseeAggregate;

  protected decisionOf({ changes }: ReviseAddressee): CommandInput<AddresseeCommand> {
    return { type: 'ReviseAddressee', data: changes };
  }
}

@CommandHandler(RetireAddressee)
export class RetireAddresseeHandler extends RecordCommandHandler<RetireAddressee, AddresseeCommand> {
  protected readonly aggregate = addresseeAggregate;

  protected decisionOf({ reason }: RetireAddressee): CommandInput<AddresseeCommand> {
    return { type: 'RetireAddressee', data: { reason } };
  }
}

/** The handlers of an addressee's commands, for the module that provides them. */
export const addresseeCommandHandlers = [RegisterAddresseeHandler, ReviseAddresseeHandler, RetireAddresseeHandler];
