import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText } from '#accord/kernel';
import { Allow, commandOptions, CommandResponse } from '#accord/platform';
import { RegisterAddressee, RetireAddressee, ReviseAddressee } from '../application/addressee.commands.js';
import { AddresseeRegistrationBody, AddresseeRetirementBody, AddresseeRevisionBody } from './addressees.dto.js';

const WRITERS = ['admin', 'secretariat'] as const;

@ApiTags('addressees')
@Controller('addressees')
export class AddresseesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Register a body the Association writes to; without a policy, the default for its country and kind applies' })
  @ApiCreatedResponse({ type: CommandResponse })
  register(@Body() body: AddresseeRegistrationBody): Promise<CommandResult> {
    const addressee = { name: localizedText(body.name), country: body.country, kind: body.kind, policyId: body.policyId };
    return this.commands.execute(new RegisterAddressee(newRecordId(body.commandId), addressee, commandOptions(body)));
  }

  @Post(':id/revision')
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Correct the name, country, kind or policy; only what is given changes, and no change records nothing' })
  @ApiCreatedResponse({ type: CommandResponse })
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddresseeRevisionBody): Promise<CommandResult> {
    const changes = { name: body.name && localizedText(body.name), country: body.country, kind: body.kind, policyId: body.policyId };
    return this.commands.execute(new ReviseAddressee(id, changes, commandOptions(body)));
  }

  @Post(':id/retirement')
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Retire a body from the register: no new appeal goes to it; the appeals it holds keep their history' })
  @ApiCreatedResponse({ type: CommandResponse })
  retire(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddresseeRetirementBody): Promise<CommandResult> {
    return this.commands.execute(new RetireAddressee(id, body.reason ? localizedText(body.reason) : null, commandOptions(body)));
  }
}
