import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import { DecisionBases, toDecision } from '#accord/membership';
import { AggregateCommand, Allow, CommandBody, commandOptions, CommandResponse } from '#accord/platform';
import { WorkingGroupRoster } from '../application/working-group-roster.js';
import { workingGroupAggregate, type WorkingGroupCommand } from '../domain/working-group.decide.js';
import { DeliverableBody, DeliveryBody, DissolutionBody, EstablishmentBody, MeetingBody, OrganizationBody } from './working-groups.dto.js';

/** Commands on a group that does not exist answer 404. */
function unknownGroupAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'WORKING_GROUP_NOT_ESTABLISHED') throw new RecordNotFound('working group', id);
    throw error;
  };
}

@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly roster: WorkingGroupRoster,
    private readonly bases: DecisionBases,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Establish a working group by a decision; its members must be member organizations (admitted or suspended)' })
  @ApiCreatedResponse({ type: CommandResponse })
  establish(@Body() body: EstablishmentBody): Promise<CommandResult> {
    return this.roster.establish(
      {
        name: localizedText(body.name),
        mandate: localizedText(body.mandate),
        chairId: body.chairOrganizationId,
        memberIds: body.memberOrganizationIds,
        decision: toDecision(body.decision),
      },
      commandOptions(body),
    );
  }

  @Post(':id/members')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a member organization to the group' })
  @ApiCreatedResponse({ type: CommandResponse })
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationBody): Promise<CommandResult> {
    return this.roster.addMember(id, body.organizationId, commandOptions(body)).catch(unknownGroupAs404(id));
  }

  @Post(':id/members/:organizationId/removal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Remove an organization from the group (the chair only after another is assigned)' })
  @ApiCreatedResponse({ type: CommandResponse })
  removeMember(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('organizationId', ParseUUIDPipe) organizationId: string,
    @Body() body: CommandBody,
  ): Promise<CommandResult> {
    return this.act(id, { type: 'RemoveGroupMember', data: { organizationId } }, body);
  }

  @Post(':id/chair')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Assign the chair to one of the group’s members' })
  @ApiCreatedResponse({ type: CommandResponse })
  reassignChair(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationBody): Promise<CommandResult> {
    return this.act(id, { type: 'ReassignChair', data: { chairId: body.organizationId } }, body);
  }

  @Post(':id/deliverables')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a deliverable with its due date' })
  @ApiCreatedResponse({ type: CommandResponse })
  addDeliverable(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeliverableBody): Promise<CommandResult> {
    const deliverableId = body.id ?? derivedId(body.commandId, 'deliverable');
    return this.act(id, { type: 'AddDeliverable', data: { deliverableId, title: localizedText(body.title), dueDate: body.dueDate } }, body);
  }

  @Post(':id/deliverables/:deliverableId/delivery')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that a deliverable was delivered, with the hash of the document' })
  @ApiCreatedResponse({ type: CommandResponse })
  deliver(@Param('id', ParseUUIDPipe) id: string, @Param('deliverableId') deliverableId: string, @Body() body: DeliveryBody): Promise<CommandResult> {
    return this.act(id, { type: 'MarkDeliverableDelivered', data: { deliverableId, documentSha256: body.documentSha256, deliveredOn: body.date } }, body);
  }

  @Post(':id/meetings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a meeting: its date, the attending member organizations and the hash of the minutes' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordMeeting(@Param('id', ParseUUIDPipe) id: string, @Body() body: MeetingBody): Promise<CommandResult> {
    const meetingId = derivedId(body.commandId, 'meeting');
    const data = { meetingId, date: body.date, attendeeIds: body.attendeeOrganizationIds, minutesSha256: body.minutesSha256 };
    return this.act(id, { type: 'RecordMeeting', data }, body);
  }

  @Post(':id/dissolution')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Dissolve the group by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  async dissolve(@Param('id', ParseUUIDPipe) id: string, @Body() body: DissolutionBody): Promise<CommandResult> {
    const decision = toDecision(body.decision);
    await this.bases.verify(decision, { kind: 'dissolve_working_group', workingGroupId: id });
    return this.act(id, { type: 'DissolveWorkingGroup', data: { decision } }, body);
  }

  private act(id: string, input: CommandInput<WorkingGroupCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(workingGroupAggregate, id, input, commandOptions(body))).catch(unknownGroupAs404(id));
  }
}
