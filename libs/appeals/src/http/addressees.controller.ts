import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import {
  AggregateCommand,
  Allow,
  ApiAnswer,
  ApiPage,
  CommandBody,
  commandOptions,
  CommandResponse,
  containsPattern,
  decodeKeyCursor,
  keysetAfter,
  READERS,
  ReadQuery,
  ReadsFrom,
  toPage,
} from '#accord/platform';
import { DataSource } from 'typeorm';
import { AddresseeRow } from '../application/addressees.projection.js';
import { addresseeAggregate, type AddresseeCommand } from '../domain/addressee/addressee.decide.js';
import { JURISDICTION_POLICIES, jurisdictionPolicy } from '../domain/deadlines/policy-table.js';
import { AddresseesQuery, AddresseeRegistrationBody, AddresseeRetirementBody, AddresseeRevisionBody } from './addressees.dto.js';
import { AddresseeListItem, AddresseeView, JurisdictionPolicyView } from './appeals.responses.js';

const WRITERS = ['admin', 'secretariat'] as const;

/** Commands on a body that was never registered answer 404. */
function unknownAddresseeAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'ADDRESSEE_NOT_REGISTERED') throw new RecordNotFound('addressee', id);
    throw error;
  };
}

function listItem(row: AddresseeRow) {
  return {
    id: row.id,
    name: { ru: row.nameRu, en: row.nameEn },
    country: row.country,
    kind: row.kind,
    policyId: row.policyId,
    retired: row.retired,
    version: row.version,
  };
}

@ApiTags('addressees')
@Controller('addressees')
export class AddresseesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Register a body the Association writes to; without a policy, the default for its country and kind applies' })
  @ApiCreatedResponse({ type: CommandResponse })
  register(@Body() body: AddresseeRegistrationBody): Promise<CommandResult> {
    const data = { name: localizedText(body.name), country: body.country, kind: body.kind, policyId: body.policyId };
    return this.commands.execute(new AggregateCommand(addresseeAggregate, newRecordId(body.commandId), { type: 'RegisterAddressee', data }, commandOptions(body)));
  }

  @Get()
  @Allow(...READERS)
  @ReadsFrom('addressees')
  @ApiOperation({ summary: 'The register of addressees, by Russian name' })
  @ApiPage(AddresseeListItem)
  async list(@Query() query: AddresseesQuery) {
    const after = decodeKeyCursor(query.cursor, ['text', 'uuid']);
    const select = keysetAfter(this.dataSource.getRepository(AddresseeRow).createQueryBuilder('addressee'), ['addressee.nameRu', 'addressee.id'], after, query.limit);
    if (query.country) select.andWhere('addressee.country = :country', { country: query.country });
    if (query.kind) select.andWhere('addressee.kind = :kind', { kind: query.kind });
    if (query.policyId) select.andWhere('addressee.policyId = :policyId', { policyId: query.policyId });
    if (query.retired) select.andWhere('addressee.retired = :retired', { retired: query.retired === 'true' });
    if (query.q) select.andWhere('addressee.searchText LIKE :q', { q: containsPattern(query.q) });
    return toPage(await select.getMany(), query.limit, (row) => [row.nameRu, row.id], listItem);
  }

  @Get('policies')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The jurisdiction policy table: each row’s periods with the article they rest on and how sure each figure is' })
  @ApiPage(JurisdictionPolicyView)
  policies() {
    return { items: JURISDICTION_POLICIES, nextCursor: null };
  }

  @Get(':id')
  @Allow(...READERS)
  @ReadsFrom('addressees')
  @ApiOperation({ summary: 'One addressee with the jurisdiction policy its answers are due under' })
  @ApiAnswer(AddresseeView)
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery) {
    const row = await this.dataSource.getRepository(AddresseeRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('addressee', id);
    return {
      ...listItem(row),
      policy: jurisdictionPolicy(row.policyId) ?? null,
      retirementReason: row.retirementReason,
      registeredAt: row.registeredAt.toISOString(),
      retiredAt: row.retiredAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
    };
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
