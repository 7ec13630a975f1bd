import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId, newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText } from '#accord/kernel';
import { toDecision } from '#accord/membership';
import { Allow, CommandBody, commandOptions, CommandResponse } from '#accord/platform';
import {
  AddDeliverable,
  AddGroupMember,
  DissolveWorkingGroup,
  EstablishWorkingGroup,
  MarkDeliverableDelivered,
  ReassignChair,
  RecordMeeting,
  RemoveGroupMember,
} from '../application/working-group.commands.js';
import { DeliverableBody, DeliveryBody, DissolutionBody, EstablishmentBody, MeetingBody, OrganizationBody } from './working-groups.dto.js';

@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Establish a working group by a decision; its members must be member organizations (admitted or suspended)' })
  @ApiCreatedResponse({ type: CommandResponse })
  establish(@Body() body: EstablishmentBody): Promise<CommandResult> {
    const establishment = {
      name: localizedText(body.name),
      mandate: localizedText(body.mandate),
      chairId: body.chairOrganizationId,
      memberIds: body.memberOrganizationIds,
      decision: toDecision(body.decision),
    };
    return this.commands.execute(new EstablishWorkingGroup(newRecordId(body.commandId), establishment, commandOptions(body)));
  }

  @Post(':id/members')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a member organization to the group' })
  @ApiCreatedResponse({ type: CommandResponse })
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationBody): Promise<CommandResult> {
    return this.commands.execute(new AddGroupMember(id, body.organizationId, commandOptions(body)));
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
    return this.commands.execute(new RemoveGroupMember(id, organizationId, commandOptions(body)));
  }

  @Post(':id/chair')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Assign the chair to one of the group’s members' })
  @ApiCreatedResponse({ type: CommandResponse })
  reassignChair(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationBody): Promise<CommandResult> {
    return this.commands.execute(new ReassignChair(id, body.organizationId, commandOptions(body)));
  }

  @Post(':id/deliverables')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a deliverable with its due date' })
  @ApiCreatedResponse({ type: CommandResponse })
  addDeliverable(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeliverableBody): Promise<CommandResult> {
    const deliverableId = body.id ?? derivedId(body.commandId, 'deliverable');
    const deliverable = { deliverableId, title: localizedText(body.title), dueDate: body.dueDate };
    return this.commands.execute(new AddDeliverable(id, deliverable, commandOptions(body)));
  }

  @Post(':id/deliverables/:deliverableId/delivery')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that a deliverable was delivered, with the hash of the document' })
  @ApiCreatedResponse({ type: CommandResponse })
  deliver(@Param('id', ParseUUIDPipe) id: string, @Param('deliverableId') deliverableId: string, @Body() body: DeliveryBody): Promise<CommandResult> {
    const delivery = { deliverableId, documentSha256: body.documentSha256, deliveredOn: body.date };
    return this.commands.execute(new MarkDeliverableDelivered(id, delivery, commandOptions(body)));
  }

  @Post(':id/meetings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a meeting: its date, the attending member organizations and the hash of the minutes' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordMeeting(@Param('id', ParseUUIDPipe) id: string, @Body() body: MeetingBody): Promise<CommandResult> {
    const meetingId = derivedId(body.commandId, 'meeting');
    const meeting = { meetingId, date: body.date, attendeeIds: body.attendeeOrganizationIds, minutesSha256: body.minutesSha256 };
    return this.commands.execute(new RecordMeeting(id, meeting, commandOptions(body)));
  }

  @Post(':id/dissolution')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Dissolve the group by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  dissolve(@Param('id', ParseUUIDPipe) id: string, @Body() body: DissolutionBody): Promise<CommandResult> {
    return this.commands.execute(new DissolveWorkingGroup(id, toDecision(body.decision), commandOptions(body)));
  }
}
