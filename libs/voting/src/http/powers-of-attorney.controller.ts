import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText } from '#accord/kernel';
import { Actor, Allow, commandOptions, CommandResponse, type RequestActor } from '#accord/platform';
import { GrantPowerOfAttorney, RevokePowerOfAttorney } from '../application/power-of-attorney.commands.js';
import { GrantBody, RevocationBody, toScope } from './powers-of-attorney.dto.js';

@ApiTags('powers-of-attorney')
@Controller('powers-of-attorney')
export class PowersOfAttorneyController {
  constructor(private readonly commands: CommandBus) {}

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
    return this.commands.execute(new GrantPowerOfAttorney(power, commandOptions(body)));
  }

  @Post(':id/revocation')
  @Allow('representative')
  @ApiOperation({ summary: 'End a power of attorney: revoked by its principal or renounced by its proxy, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  revoke(@Param('id', ParseUUIDPipe) id: string, @Body() body: RevocationBody): Promise<CommandResult> {
    return this.commands.execute(new RevokePowerOfAttorney(id, localizedText(body.reason), commandOptions(body)));
  }
}
