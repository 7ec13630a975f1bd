import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandInput, CommandOptions, CommandResult } from '#accord/eventsourcing';
import type { CommandData, LocalizedText } from '#accord/kernel';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import { appealAggregate, type AppealCommand } from '../domain/appeal/appeal.decide.js';
import type { AppealContent, Signatory } from '../domain/appeal/appeal.events.js';
import { AppealCorrespondence, type DispatchRequest, type ForwardingRequest } from './appeal-correspondence.js';

type AppealData<Type extends AppealCommand['type']> = CommandData<AppealCommand, Type>;

export class DraftAppeal extends RecordCommand {
  constructor(
    appealId: string,
    readonly content: AppealContent,
    /** The draft's legal date; the day it is recorded when null. */
    readonly draftedOn: string | null,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class ReviseAppeal extends RecordCommand {
  constructor(
    appealId: string,
    readonly content: AppealContent,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class ApproveAppeal extends RecordCommand {
  constructor(
    appealId: string,
    readonly resolutionId: string | null,
    readonly approvedOn: string | null,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class SignAppeal extends RecordCommand {
  constructor(
    appealId: string,
    readonly signatory: Signatory,
    readonly signedOn: string | null,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class DispatchAppeal extends RecordCommand {
  constructor(
    appealId: string,
    readonly request: DispatchRequest,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class RecordRegistration extends RecordCommand {
  constructor(
    appealId: string,
    readonly registeredOn: string,
    readonly incomingNumber: string,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class RecordExtension extends RecordCommand {
  constructor(
    appealId: string,
    readonly dueOn: string,
    readonly noticeOn: string,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class RecordForwarding extends RecordCommand {
  constructor(
    appealId: string,
    readonly request: ForwardingRequest,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class SetExpectedAnswerDate extends RecordCommand {
  constructor(
    appealId: string,
    readonly expectedAnswerOn: string,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class RecordAnswer extends RecordCommand {
  constructor(
    appealId: string,
    readonly answer: AppealData<'RecordAnswer'>,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

export class CloseAppeal extends RecordCommand {
  constructor(
    appealId: string,
    /** Required by the rules when the appeal was never answered. */
    readonly reason: LocalizedText | null,
    options: CommandOptions,
  ) {
    super(appealId, options);
  }
}

/** Sent on the original appeal: links the follow-up to it and drafts the follow-up. */
export class OpenFollowUp extends RecordCommand {
  constructor(
    originalId: string,
    readonly followUpId: string,
    readonly content: AppealContent,
    options: CommandOptions,
  ) {
    super(originalId, options);
  }
}

@CommandHandler(DraftAppeal)
export class DraftAppealHandler implements ICommandHandler<DraftAppeal> {
  constructor(private readonly correspondence: AppealCorrespondence) {}

  execute({ recordId, content, draftedOn, options }: DraftAppeal): Promise<CommandResult> {
    return this.correspondence.draft(recordId, content, draftedOn, options);
  }
}

@CommandHandler(ReviseAppeal)
export class ReviseAppealHandler implements ICommandHandler<ReviseAppeal> {
  constructor(private readonly correspondence: AppealCorrespondence) {}

  execute({ recordId, content, options }: ReviseAppeal): Promise<CommandResult> {
    return this.correspondence.revise(recordId, content, options);
  }
}

@CommandHandler(ApproveAppeal)
export class ApproveAppealHandler extends RecordCommandHandler<ApproveAppeal, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ resolutionId, approvedOn }: ApproveAppeal): CommandInput<AppealCommand> {
    return { type: 'ApproveAppeal', data: { resolutionId, approvedOn } };
  }
}

@CommandHandler(SignAppeal)
export class SignAppealHandler extends RecordCommandHandler<SignAppeal, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ signatory, signedOn }: SignAppeal): CommandInput<AppealCommand> {
    return { type: 'SignAppeal', data: { signatory, signedOn } };
  }
}

@CommandHandler(DispatchAppeal)
export class DispatchAppealHandler implements ICommandHandler<DispatchAppeal> {
  constructor(private readonly correspondence: AppealCorrespondence) {}

  execute({ recordId, request, options }: DispatchAppeal): Promise<CommandResult> {
    return this.correspondence.dispatch(recordId, request, options);
  }
}

@CommandHandler(RecordRegistration)
export class RecordRegistrationHandler extends RecordCommandHandler<RecordRegistration, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ registeredOn, incomingNumber }: RecordRegistration): CommandInput<AppealCommand> {
    return { type: 'RecordRegistration', data: { registeredOn, incomingNumber } };
  }
}

@CommandHandler(RecordExtension)
export class RecordExtensionHandler extends RecordCommandHandler<RecordExtension, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ dueOn, noticeOn }: RecordExtension): CommandInput<AppealCommand> {
    return { type: 'RecordExtension', data: { dueOn, noticeOn } };
  }
}

@CommandHandler(RecordForwarding)
export class RecordForwardingHandler implements ICommandHandler<RecordForwarding> {
  constructor(private readonly correspondence: AppealCorrespondence) {}

  execute({ recordId, request, options }: RecordForwarding): Promise<CommandResult> {
    return this.correspondence.forward(recordId, request, options);
  }
}

@CommandHandler(SetExpectedAnswerDate)
export class SetExpectedAnswerDateHandler extends RecordCommandHandler<SetExpectedAnswerDate, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ expectedAnswerOn }: SetExpectedAnswerDate): CommandInput<AppealCommand> {
    return { type: 'SetExpectedAnswerDate', data: { expectedAnswerOn } };
  }
}

@CommandHandler(RecordAnswer)
export class RecordAnswerHandler extends RecordCommandHandler<RecordAnswer, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ answer }: RecordAnswer): CommandInput<AppealCommand> {
    return { type: 'RecordAnswer', data: answer };
  }
}

@CommandHandler(CloseAppeal)
export class CloseAppealHandler extends RecordCommandHandler<CloseAppeal, AppealCommand> {
  protected readonly aggregate = appealAggregate;

  protected decisionOf({ reason }: CloseAppeal): CommandInput<AppealCommand> {
    return { type: 'CloseAppeal', data: { reason } };
  }
}

@CommandHandler(OpenFollowUp)
export class OpenFollowUpHandler implements ICommandHandler<OpenFollowUp> {
  constructor(private readonly correspondence: AppealCorrespondence) {}

  execute({ recordId, followUpId, content, options }: OpenFollowUp): Promise<CommandResult> {
    return this.correspondence.openFollowUp(recordId, followUpId, content, options);
  }
}

/** The handlers of an appeal's commands, for the module that provides them. */
export const appealCommandHandlers = [
  DraftAppealHandler,
  ReviseAppealHandler,
  ApproveAppealHandler,
  SignAppealHandler,
  DispatchAppealHandler,
  RecordRegistrationHandler,
  RecordExtensionHandler,
  RecordForwardingHandler,
  SetExpectedAnswerDateHandler,
  RecordAnswerHandler,
  CloseAppealHandler,
  OpenFollowUpHandler,
];
