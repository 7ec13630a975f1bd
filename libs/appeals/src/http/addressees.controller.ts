import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import { AggregateCommand, Allow, CommandBody, commandOptions, CommandResponse } from '#accord/platform';
import { addresseeAggregate, type AddresseeCommand } from '../domain/addressee/addressee.decide.js';
import { AddresseeRegistrationBody, AddresseeRetirementBody, AddresseeRevisionBody } from './addressees.dto.js';

const WRITERS = ['admin', 'secretariat'] as const;

/** Commands on a body that was never registered answer 404. */
function unknownAddresseeAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'ADDRESSEE_NOT_REGISTERED') throw new RecordNotFound('addressee', id);
    throw error;
  };
}

@ApiTags('addressees')
@Controller('addressees')
export class AddresseesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Register a body the Association writes to; without a policy, the default for its country and kind applies' })
  @ApiCreatedResponse({ type: CommandResponse })
  register(@Body() body: AddresseeRegistrationBody): Promise<CommandResult> {
    const data = { name: localizedText(body.name), country: body.country, kind: body.kind, policyId: body.policyId };
    return this.commands.execute(new AggregateCommand(addresseeAggregate, newRecordId(body.commandId), { type: 'RegisterAddressee', data }, commandOptions(body)));
  }

  @Post(':id/revision')
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Correct the name, country, kind or policy; only what is given changes, and no change records nothing' })
  @ApiCreatedResponse({ type: CommandResponse })
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddresseeRevisionBody): Promise<CommandResult> {
    const data = { name: body.name && localizedText(body.name), country: body.country, kind: body.kind, policyId: body.policyId };
    return this.act(id, { type: 'ReviseAddressee', data }, body);
  }

  @Post(':id/retirement')
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Retire a body from the register: no new appeal goes to it; the appeals it holds keep their history' })
  @ApiCreatedResponse({ type: CommandResponse })
  retire(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddresseeRetirementBody): Promise<CommandResult> {
    return this.act(id, { type: 'RetireAddressee', data: { reason: body.reason ? localizedText(body.reason) : null } }, body);
  }

  private act(id: string, input: CommandInput<AddresseeCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(addresseeAggregate, id, input, commandOptions(body))).catch(unknownAddresseeAs404(id));
  }
}
