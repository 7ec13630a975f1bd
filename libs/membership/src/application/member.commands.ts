import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandProcessor, type CommandInput, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import type { MemberActKind } from '../domain/decision-basis.js';
import type { LocalizedText, MemberDetailsCorrection, MembershipApplication, Representative } from '../domain/member-application.js';
import { memberAggregate, type MemberCommand } from '../domain/member.decide.js';
import type { BodyDecision, MembershipKind } from '../domain/member.events.js';
import { DecisionBases } from './decision-bases.js';
import { MemberRegistration } from './member-registration.js';

export class ApplyForMembership extends RecordCommand {
  constructor(
    memberId: string,
    readonly application: MembershipApplication,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class AdmitMember extends RecordCommand {
  constructor(
    memberId: string,
    readonly membership: MembershipKind,
    readonly decision: BodyDecision,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class RejectApplication extends RecordCommand {
  constructor(
    memberId: string,
    readonly reason: LocalizedText,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class SuspendMember extends RecordCommand {
  constructor(
    memberId: string,
    readonly reason: LocalizedText,
    readonly decision: BodyDecision,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class ReinstateMember extends RecordCommand {
  constructor(
    memberId: string,
    readonly decision: BodyDecision,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class ExpelMember extends RecordCommand {
  constructor(
    memberId: string,
    readonly decision: BodyDecision,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class WithdrawMembership extends RecordCommand {
  constructor(
    memberId: string,
    readonly noticeDate: string,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class AddRepresentative extends RecordCommand {
  constructor(
    memberId: string,
    readonly representative: Representative,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class RemoveRepresentative extends RecordCommand {
  constructor(
    memberId: string,
    readonly representativeId: string,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

export class CorrectMemberDetails extends RecordCommand {
  constructor(
    memberId: string,
    readonly correction: MemberDetailsCorrection,
    options: CommandOptions,
  ) {
    super(memberId, options);
  }
}

/** The record's identifiers are reserved across the register first, so the registration records it. */
@CommandHandler(ApplyForMembership)
export class ApplyForMembershipHandler implements ICommandHandler<ApplyForMembership> {
  constructor(private readonly registration: MemberRegistration) {}

  execute({ recordId, application, options }: ApplyForMembership): Promise<CommandResult> {
    return this.registration.apply(application, options, recordId);
  }
}

/** A command that carries the decision of a body it is made by. */
type DecidedCommand = AdmitMember | SuspendMember | ReinstateMember | ExpelMember;

/** An act by a decision: the decision is checked against the ledger before anything is recorded. */
@Injectable()
abstract class DecidedActHandler<Sent extends DecidedCommand> extends RecordCommandHandler<Sent, MemberCommand> {
  protected readonly aggregate = memberAggregate;
  protected abstract readonly act: MemberActKind;

  constructor(
    processor: CommandProcessor,
    private readonly bases: DecisionBases,
  ) {
    super(processor);
  }

  /** The domain command once its decision is known to be a basis for the act. */
  protected abstract decidedBy(command: Sent): CommandInput<MemberCommand>;

  protected async decisionOf(command: Sent): Promise<CommandInput<MemberCommand>> {
    await this.bases.verify(command.decision, { kind: this.act, memberId: command.recordId });
    return this.decidedBy(command);
  }
}

@CommandHandler(AdmitMember)
export class AdmitMemberHandler extends DecidedActHandler<AdmitMember> {
  protected readonly act = 'admit_member';

  protected decidedBy({ membership, decision }: AdmitMember): CommandInput<MemberCommand> {
    return { type: 'AdmitMember', data: { membership, decision } };
  }
}

@CommandHandler(RejectApplication)
export class RejectApplicationHandler extends RecordCommandHandler<RejectApplication, MemberCommand> {
  protected readonly aggregate = memberAggregate;

  protected decisionOf({ reason }: RejectApplication): CommandInput<MemberCommand> {
    return { type: 'RejectApplication', data: { reason } };
  }
}

@CommandHandler(SuspendMember)
export class SuspendMemberHandler extends DecidedActHandler<SuspendMember> {
  protected readonly act = 'suspend_member';

  protected decidedBy({ reason, decision }: SuspendMember): CommandInput<MemberCommand> {
    return { type: 'SuspendMember', data: { reason, decision } };
  }
}

@CommandHandler(ReinstateMember)
export class ReinstateMemberHandler extends DecidedActHandler<ReinstateMember> {
  protected readonly act = 'reinstate_member';

  protected decidedBy({ decision }: ReinstateMember): CommandInput<MemberCommand> {
    return { type: 'ReinstateMember', data: { decision } };
  }
}

@CommandHandler(ExpelMember)
export class ExpelMemberHandler extends DecidedActHandler<ExpelMember> {
  protected readonly act = 'expel_member';

  protected decidedBy({ decision }: ExpelMember): CommandInput<MemberCommand> {
    return { type: 'ExpelMember', data: { decision } };
  }
}

@CommandHandler(WithdrawMembership)
export class WithdrawMembershipHandler extends RecordCommandHandler<WithdrawMembership, MemberCommand> {
  protected readonly aggregate = memberAggregate;

  protected decisionOf({ noticeDate }: WithdrawMembership): CommandInput<MemberCommand> {
    return { type: 'WithdrawMembership', data: { noticeDate } };
  }
}

@CommandHandler(AddRepresentative)
export class AddRepresentativeHandler extends RecordCommandHandler<AddRepresentative, MemberCommand> {
  protected readonly aggregate = memberAggregate;

  protected decisionOf({ representative }: AddRepresentative): CommandInput<MemberCommand> {
    return { type: 'AddRepresentative', data: { representative } };
  }
}

@CommandHandler(RemoveRepresentative)
export class RemoveRepresentativeHandler extends RecordCommandHandler<RemoveRepresentative, MemberCommand> {
  protected readonly aggregate = memberAggregate;

  protected decisionOf({ representativeId }: RemoveRepresentative): CommandInput<MemberCommand> {
    return { type: 'RemoveRepresentative', data: { representativeId } };
  }
}

@CommandHandler(CorrectMemberDetails)
export class CorrectMemberDetailsHandler extends RecordCommandHandler<CorrectMemberDetails, MemberCommand> {
  protected readonly aggregate = memberAggregate;

  protected decisionOf({ correction }: CorrectMemberDetails): CommandInput<MemberCommand> {
    return { type: 'CorrectMemberDetails', data: correction };
  }
}

/** The handlers of a member record's commands, for the module that provides them. */
export const memberCommandHandlers = [
  ApplyForMembershipHandler,
  AdmitMemberHandler,
  RejectApplicationHandler,
  SuspendMemberHandler,
  ReinstateMemberHandler,
  ExpelMemberHandler,
  WithdrawMembershipHandler,
  AddRepresentativeHandler,
  RemoveRepresentativeHandler,
  CorrectMemberDetailsHandler,
];
