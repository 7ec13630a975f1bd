import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import {
  Actor,
  AggregateCommand,
  Allow,
  ApiAnswer,
  ApiPage,
  CommandBody,
  commandOptions,
  CommandResponse,
  decodeKeyCursor,
  keysetAfter,
  ownOrganizationOnly,
  READERS,
  ReadQuery,
  readsEverything,
  ReadsFrom,
  type RequestActor,
  seesPrivateFields,
  toPage,
} from '#accord/platform';
import { Brackets, DataSource } from 'typeorm';
import { PowersOfAttorney } from '../application/powers-of-attorney.js';
import { PowerOfAttorneyRow } from '../application/powers-of-attorney.projection.js';
import { powerOfAttorneyAggregate, type PowerOfAttorneyCommand } from '../domain/power-of-attorney/power-of-attorney.decide.js';
import { GrantBody, PowersOfAttorneyQuery, RevocationBody, toScope } from './powers-of-attorney.dto.js';
import { PowerOfAttorneyView } from './voting.responses.js';

function unknownPowerAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'POWER_OF_ATTORNEY_NOT_FOUND') throw new RecordNotFound('power-of-attorney', id);
    throw error;
  };
}

/** What a representative asking for another organization's powers of attorney is told. */
const OWN_POWERS_ONLY = { ru: 'Представитель видит только доверенности своей организации', en: 'A representative sees only the powers of attorney of its own organization' };

const isActive = (row: PowerOfAttorneyRow, now: Date) => row.status === 'granted' && row.validFrom <= now && now < row.validUntil;

function item(row: PowerOfAttorneyRow) {
  const now = new Date();
  return {
    id: row.id,
    principalOrganizationId: row.principalOrganizationId,
    proxyOrganizationId: row.proxyOrganizationId,
    documentSha256: row.documentSha256,
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil.toISOString(),
    scope: row.scope,
    status: row.status,
    active: isActive(row, now),
    grantedBy: row.grantedBy,
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy,
    revocationReason: row.revocationReason,
    endedAt: row.endedAt?.toISOString() ?? null,
    endCause: row.endCause,
    version: row.version,
  };
}

@ApiTags('powers-of-attorney')
@Controller('powers-of-attorney')
export class PowersOfAttorneyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly powers: PowersOfAttorney,
    private readonly dataSource: DataSource,
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
    return this.powers.grant(power, { commandId: body.commandId, expectedVersion: body.expectedVersion });
  }

  @Post(':id/revocation')
  @Allow('representative')
  @ApiOperation({ summary: 'End a power of attorney: revoked by its principal or renounced by its proxy, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  revoke(@Param('id', ParseUUIDPipe) id: string, @Body() body: RevocationBody): Promise<CommandResult> {
    return this.act(id, { type: 'RevokePowerOfAttorney', data: { reason: localizedText(body.reason) } }, body);
  }

  @Get()
  @Allow(...READERS, 'representative')
  @ReadsFrom('powers_of_attorney')
  @ApiOperation({ summary: 'Powers of attorney, oldest first; a representative sees those its organization gave or holds' })
  @ApiPage(PowerOfAttorneyView)
  async list(@Query() query: PowersOfAttorneyQuery, @Actor() actor: RequestActor) {
    const after = decodeKeyCursor(query.cursor, ['timestamp', 'uuid']);
    const powers = this.dataSource.getRepository(PowerOfAttorneyRow).createQueryBuilder('power');
    const select = keysetAfter(powers, ['power.grantedAt', 'power.id'], after, query.limit, 'timestamptz');
    const party = (parameter: string) =>
      new Brackets((where) => {
        where.where(`power.principalOrganizationId = :${parameter}`).orWhere(`power.proxyOrganizationId = :${parameter}`);
      });
    if (!readsEverything(actor)) select.andWhere(party('own'), { own: actor.organizationId ?? '' });
    if (query.organizationId) select.andWhere(party('organization'), { organization: query.organizationId });
    if (query.active) {
      const active = "power.status = 'granted' AND power.validFrom <= now() AND now() < power.validUntil";
      select.andWhere(query.active === 'true' ? active : `NOT (${active})`);
    }
    return toPage(await select.getMany(), query.limit, (row) => [row.grantedAt.toISOString(), row.id], item);
  }

  @Get(':id')
  @Allow(...READERS, 'representative')
  @ReadsFrom('powers_of_attorney')
  @ApiOperation({ summary: 'One power of attorney: its parties, document, validity, scope and any revocation' })
  @ApiAnswer(PowerOfAttorneyView)
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery, @Actor() actor: RequestActor) {
    const row = await this.dataSource.getRepository(PowerOfAttorneyRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('power-of-attorney', id);
    if (!seesPrivateFields(actor, [row.principalOrganizationId, row.proxyOrganizationId])) {
      throw ownOrganizationOnly(OWN_POWERS_ONLY);
    }
    return item(row);
  }

  private act(id: string, input: CommandInput<PowerOfAttorneyCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(powerOfAttorneyAggregate, id, input, commandOptions(body))).catch(unknownPowerAs404(id));
  }
}
