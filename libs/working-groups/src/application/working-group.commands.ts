import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandProcessor, type CommandInput, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import type { CommandData } from '#accord/kernel';
import { DecisionBases, type BodyDecision } from '#accord/membership';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import { workingGroupAggregate, type WorkingGroupCommand } from '../domain/working-group.decide.js';
import type { Deliverable } from '../domain/working-group.events.js';
import { WorkingGroupRoster, type Establishment } from './working-group-roster.js';

type WorkingGroupData<Type extends WorkingGroupCommand['type']> = CommandData<WorkingGroupCommand, Type>;

export class EstablishWorkingGroup extends RecordCommand {
  constructor(
    workingGroupId: string,
    readonly establishment: Establishment,
    options: CommandOptions,
  ) {
    super(workingGroupId, options);
  }
}

/** A command that names one organization: the member added or removed, the new chair. */
abstract class OrganizationCommand extends RecordCommand {
  constructor(
    workingGroupId: string,
    readonly organizationId: string,
    options: CommandOptions,
  ) {
    super(workingGroupId, options);
  }
}

export class AddGroupMember extends OrganizationCommand {}

export class RemoveGroupMember extends OrganizationCommand {}

export class ReassignChair extends OrganizationCommand {}

export class AddDeliverable extends RecordCommand {
  constructor(
    workingGroupId: string,
    readonly deliverable: Deliverable,
    options: CommandOptions,
  ) {
    super(workingGroupId, options);
  }
}

export class MarkDeliverableDelivered extends RecordCommand {
  constructor(
    workingGroupId: string,
    readonly delivery: WorkingGroupData<'MarkDeliverableDelivered'>,
    options: CommandOptions,
  ) {
    super(workingGroupId, options);
  }
}

export class RecordMeeting extends RecordCommand {
  constructor(
    workingGroupId: string,
    readonly meeting: WorkingGroupData<'RecordMeeting'>,
    options: CommandOptions,
  ) {
    super(workingGroupId, options);
  }
}

export class DissolveWorkingGroup extends RecordCommand {
  constructor(
    workingGroupId: string,
    readonly decision: BodyDecision,
    options: CommandOptions,
  ) {
    super(workingGroupId, options);
  }
}

@CommandHandler(EstablishWorkingGroup)
export class EstablishWorkingGroupHandler implements ICommandHandler<EstablishWorkingGroup> {
  constructor(private readonly roster: WorkingGroupRoster) {}

  execute({ recordId, establishment, options }: EstablishWorkingGroup): Promise<CommandResult> {
    return this.roster.establish(recordId, establishment, options);
  }
}

@CommandHandler(AddGroupMember)
export class AddGroupMemberHandler implements ICommandHandler<AddGroupMember> {
  constructor(private readonly roster: WorkingGroupRoster) {}

  execute({ recordId, organizationId, options }: AddGroupMember): Promise<CommandResult> {
    return this.roster.addMember(recordId, organizationId, options);
  }
}

@CommandHandler(RemoveGroupMember)
export class RemoveGroupMemberHandler extends RecordCommandHandler<RemoveGroupMember, WorkingGroupCommand> {
  protected readonly aggregate = workingGroupAggregate;

  protected decisionOf({ organizationId }: RemoveGroupMember): CommandInput<WorkingGroupCommand> {
    return { type: 'RemoveGroupMember', data: { organizationId } };
  }
}

@CommandHandler(ReassignChair)
export class ReassignChairHandler extends RecordCommandHandler<ReassignChair, WorkingGroupCommand> {
  protected readonly aggregate = workingGroupAggregate;

  protected decisionOf({ organizationId }: ReassignChair): CommandInput<WorkingGroupCommand> {
    return { type: 'ReassignChair', data: { chairId: organizationId } };
  }
}

@CommandHandler(AddDeliverable)
export class AddDeliverableHandler extends RecordCommandHandler<AddDeliverable, WorkingGroupCommand> {
  protected readonly aggregate = workingGroupAggregate;

  protected decisionOf({ deliverable }: AddDeliverable): CommandInput<WorkingGroupCommand> {
    return { type: 'AddDeliverable', data: deliverable };
  }
}

@CommandHandler(MarkDeliverableDelivered)
export class MarkDeliverableDeliveredHandler extends RecordCommandHandler<MarkDeliverableDelivered, WorkingGroupCommand> {
  protected readonly aggregate = workingGroupAggregate;

  protected decisionOf({ delivery }: MarkDeliverableDelivered): CommandInput<WorkingGroupCommand> {
    return { type: 'MarkDeliverableDelivered', data: delivery };
  }
}

@CommandHandler(RecordMeeting)
export class RecordMeetingHandler extends RecordCommandHandler<RecordMeeting, WorkingGroupCommand> {
  protected readonly aggregate = workingGroupAggregate;

  protected decisionOf({ meeting }: RecordMeeting): CommandInput<WorkingGroupCommand> {
    return { type: 'RecordMeeting', data: meeting };
  }
}

@CommandHandler(DissolveWorkingGroup)
export class DissolveWorkingGroupHandler extends RecordCommandHandler<DissolveWorkingGroup, WorkingGroupCommand> {
  protected readonly aggregate = workingGroupAggregate;

  constructor(
    processor: CommandProcessor,
    private readonly bases: DecisionBases,
  ) {
    super(processor);
  }

  protected async decisionOf({ recordId, decision }: DissolveWorkingGroup): Promise<CommandInput<WorkingGroupCommand>> {
    await this.bases.verify(decision, { kind: 'dissolve_working_group', workingGroupId: recordId });
    return { type: 'DissolveWorkingGroup', data: { decision } };
  }
}

/** The handlers of a working group's commands, for the module that provides them. */
export const workingGroupCommandHandlers = [
  EstablishWorkingGroupHandler,
  AddGroupMemberHandler,
  RemoveGroupMemberHandler,
  ReassignChairHandler,
  AddDeliverableHandler,
  MarkDeliverableDeliveredHandler,
  RecordMeetingHandler,
  DissolveWorkingGroupHandler,
];
