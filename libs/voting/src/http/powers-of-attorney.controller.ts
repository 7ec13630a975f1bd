import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import { Actor, AggregateCommand, Allow, CommandBody, commandOptions, CommandResponse, type RequestActor } from '#accord/platform';
import { PowersOfAttorney } from '../application/powers-of-attorney.js';
import { powerOfAttorneyAggregate, type PowerOfAttorneyCommand } from '../domain/power-of-attorney/power-of-attorney.decide.js';
import { GrantBody, RevocationBody, toScope } from './powers-of-attorney.dto.js';

function unknownPowerAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'POWER_OF_ATTORNEY_NOT_FOUND') throw new RecordNotFound('power-of-attorney', id);
    throw error;
  };
}

@ApiTags('powers-of-attorney')
@Controller('powers-of-attorney')
export class PowersOfAttorneyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly powers: PowersOfAttorney,
  ) {}

  @Post()
  @Allow('representative')
  @ApiOperation({
    summary:
      'Register a power of attorney the representative’s organization gives to another member organization entitled to vote in the same body; ' +
      'refused while another power of the organization covering the same votes is in force',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  grant(@Body() body: GrantBody, @Actor() actor: RequestActor): Promise<CommandResult> {
    const power = {
      powerOfAttorneyId: newRecordId(body.commandId),
      principalOrganizationId: actor.organizationId ?? '',
      proxyOrganizationId: body.proxyOrganizationId,
      documentSha256: body.documentSha256,
      validFrom: body.validFrom,
      validUntil: body.validUntil,
      scope: toScope(body.scope),
    };
    return this.powers.grant(power, commandOptions(body));
  }

  @Post(':id/revocation')
  @Allow('representative')
  @ApiOperation({ summary: 'End a power of attorney: revoked by its principal or renounced by its proxy, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  revoke(@Param('id', ParseUUIDPipe) id: string, @Body() body: RevocationBody): Promise<CommandResult> {
    return this.act(id, { type: 'RevokePowerOfAttorney', data: { reason: localizedText(body.reason) } }, body);
  }

  private act(id: string, input: CommandInput<PowerOfAttorneyCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(powerOfAttorneyAggregate, id, input, commandOptions(body))).catch(unknownPowerAs404(id));
  }
}
