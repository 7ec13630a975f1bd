import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { type BilingualText, DomainRuleViolation, localizedText } from '#accord/kernel';
import { EVENT_STORE, formatPosition, type EventStore, type RecordedEvent } from '#accord/ledger';
import {
  Actor,
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
  ownOrganizationOnly,
  READERS,
  ReadQuery,
  readsEverything,
  ReadsFrom,
  type RequestActor,
  seesPrivateFields,
  toPage,
} from '#accord/platform';
import { DataSource } from 'typeorm';
import { DecisionBases } from '../application/decision-bases.js';
import { MemberRegistration } from '../application/member-registration.js';
import { MemberRow } from '../application/members.projection.js';
import { correctionProblems, representativeProblems } from '../domain/member-application.js';
import type { MemberActKind } from '../domain/decision-basis.js';
import { memberAggregate, type MemberCommand } from '../domain/member.decide.js';
import type { BodyDecision } from '../domain/member.events.js';
import { MEMBER_STATUS_TITLES } from '../domain/member.state.js';
import { comparableRegistryNumber } from '../domain/national-identifier.js';
import { toDecision } from './decision.dto.js';
import { checkedApplication, Language, refuseProblems, toContacts, toRepresentative } from './member-input.js';
import {
  AddRepresentativeBody,
  AdmissionBody,
  ApplicationBody,
  CorrectionBody,
  DecisionActBody,
  MembersQuery,
  RejectionBody,
  SuspensionBody,
  WithdrawalBody,
} from './membership.dto.js';
import { MemberCard, MemberListItem, MemberStatistics } from './membership.responses.js';

function listItem(row: MemberRow) {
  return {
    id: row.id,
    name: { ru: row.nameRu, en: row.nameEn },
    country: row.country,
    category: row.category,
    status: row.status,
    statusTitle: MEMBER_STATUS_TITLES[row.status],
    membership: row.membership,
    admittedOn: row.admittedOn,
    admittedAt: row.admittedAt?.toISOString() ?? null,
    previousMemberId: row.previousMemberId,
    version: row.version,
  };
}

/** One event of the member's stream as the card shows it: what, when, who, why. */
function historyEntry(event: RecordedEvent) {
  const data = event.data as { decision?: unknown };
  return {
    eventId: event.eventId,
    version: event.version,
    type: event.type,
    recordedAt: event.recordedAt.toISOString(),
    position: formatPosition(event.position),
    actorId: event.metadata.actorId,
    onBehalfOf: event.metadata.onBehalfOf,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    commandId: event.metadata.commandId,
    decision: data.decision ?? null,
    data: event.data,
  };
}

/** Commands on a record that does not exist answer 404, not "the status is: no record". */
function unknownMemberAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'MEMBER_STATUS_REQUIRED' && error.details?.current === 'none') {
      throw new RecordNotFound('member', id);
    }
    throw error;
  };
}

/** What a representative asking for another organization's record is told. */
const OWN_RECORD_ONLY = { ru: 'Представителю доступна только запись своей организации', en: 'A representative reads only its own organization' };

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registration: MemberRegistration,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly bases: DecisionBases,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record an application for membership; one record per national identifier (409 for a second)' })
  @ApiCreatedResponse({ type: CommandResponse })
  apply(@Body() body: ApplicationBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    return this.registration.apply(checkedApplication(body, language), commandOptions(body));
  }

  @Get()
  @Allow(...READERS, 'representative')
  @ReadsFrom('members')
  @ApiOperation({ summary: 'The register, by Russian name; representatives see only their own organization' })
  @ApiPage(MemberListItem)
  async list(@Query() query: MembersQuery, @Actor() actor: RequestActor) {
    const after = decodeKeyCursor(query.cursor, ['text', 'uuid']);
    const select = keysetAfter(this.dataSource.getRepository(MemberRow).createQueryBuilder('member'), ['member.nameRu', 'member.id'], after, query.limit);
    if (!readsEverything(actor)) select.andWhere('member.id = :own', { own: actor.organizationId });
    if (query.status) select.andWhere('member.status = :status', { status: query.status });
    if (query.country) select.andWhere('member.country = :country', { country: query.country });
    if (query.category) select.andWhere('member.category = :category', { category: query.category });
    if (query.q) {
      // A name contains the words; an identifier (ОГРН, ИНН, БИН…) is found by its whole value.
      select.andWhere('(member.searchText LIKE :q OR :value = ANY(member.identifierValues))', {
        q: containsPattern(query.q),
        value: comparableRegistryNumber(query.q),
      });
    }
    if (query.identifier) select.andWhere(':identifier = ANY(member.identifierValues)', { identifier: comparableRegistryNumber(query.identifier) });
    return toPage(await select.getMany(), query.limit, (row) => [row.nameRu, row.id], listItem);
  }

  @Get('statistics')
  @Allow(...READERS)
  @ReadsFrom('members')
  @ApiOperation({ summary: 'How many organizations by country, category and status' })
  @ApiAnswer(MemberStatistics)
  async statistics(@Query() _query: ReadQuery) {
    const rows: { country: string; category: string; status: MemberRow['status']; count: number }[] = await this.dataSource
      .getRepository(MemberRow)
      .createQueryBuilder('member')
      .select('member.country', 'country')
      .addSelect('member.category', 'category')
      .addSelect('member.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('member.country')
      .addGroupBy('member.category')
      .addGroupBy('member.status')
      .orderBy('member.country')
      .addOrderBy('member.category')
      .addOrderBy('member.status')
      .getRawMany();
    return {
      total: rows.reduce((sum, row) => sum + row.count, 0),
      counts: rows.map((row) => ({ ...row, statusTitle: MEMBER_STATUS_TITLES[row.status] })),
    };
  }

  @Get(':id')
  @Allow(...READERS, 'representative')
  @ReadsFrom('members')
  @ApiOperation({ summary: 'The card of an organization: its details, representatives, statuses and every event of its record' })
  @ApiAnswer(MemberCard)
  async get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: RequestActor, @Query() _query: ReadQuery) {
    if (!seesPrivateFields(actor, [id])) throw ownOrganizationOnly(OWN_RECORD_ONLY);
    const members = this.dataSource.getRepository(MemberRow);
    const row = await members.findOneBy({ id });
    if (!row) throw new RecordNotFound('member', id);
    const next = await members.findOne({ select: { id: true }, where: { previousMemberId: id } });
    // The ledger is the source of truth of the history; read up to the version the card shows, so both agree.
    const events = await this.store.readStream(`${memberAggregate.category}-${id}`, { maxCount: row.version });
    return {
      ...listItem(row),
      legalForm: row.legalForm,
      nationalIdentifier: row.nationalIdentifier,
      contacts: row.contacts,
      representatives: row.representatives,
      admission: row.admission,
      nextMemberId: next?.id ?? null,
      appliedAt: row.appliedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      statusHistory: row.statusHistory.map((change) => ({ ...change, statusTitle: MEMBER_STATUS_TITLES[change.status] })),
      history: events.map(historyEntry),
    };
  }

  @Post(':id/admission')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Admit an applicant as a full member or an observer, by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  admit(@Param('id', ParseUUIDPipe) id: string, @Body() body: AdmissionBody): Promise<CommandResult> {
    const decision = toDecision(body.decision);
    return this.decided(id, decision, 'admit_member', { type: 'AdmitMember', data: { membership: body.membership, decision } }, body);
  }

  @Post(':id/rejection')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Reject an application, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() body: RejectionBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    const reason = localizedText(body.reason);
    refuseRequiredText('reason', reason, language);
    return this.act(id, { type: 'RejectApplication', data: { reason } }, body);
  }

  @Post(':id/suspension')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Suspend a member (it keeps its membership but does not vote), by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  suspend(@Param('id', ParseUUIDPipe) id: string, @Body() body: SuspensionBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    const reason = localizedText(body.reason);
    refuseRequiredText('reason', reason, language);
    const decision = toDecision(body.decision);
    return this.decided(id, decision, 'suspend_member', { type: 'SuspendMember', data: { reason, decision } }, body);
  }

  @Post(':id/reinstatement')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Reinstate a suspended member, by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  reinstate(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionActBody): Promise<CommandResult> {
    const decision = toDecision(body.decision);
    return this.decided(id, decision, 'reinstate_member', { type: 'ReinstateMember', data: { decision } }, body);
  }

  @Post(':id/expulsion')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Expel a member, by a decision; it leaves every working group' })
  @ApiCreatedResponse({ type: CommandResponse })
  expel(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionActBody): Promise<CommandResult> {
    const decision = toDecision(body.decision);
    return this.decided(id, decision, 'expel_member', { type: 'ExpelMember', data: { decision } }, body);
  }

  @Post(':id/withdrawal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a member’s notice of withdrawal; it leaves every working group' })
  @ApiCreatedResponse({ type: CommandResponse })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: WithdrawalBody): Promise<CommandResult> {
    return this.act(id, { type: 'WithdrawMembership', data: { noticeDate: body.noticeDate } }, body);
  }

  @Post(':id/representatives')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add an authorized representative; the answer’s events name it, its id derives from the commandId' })
  @ApiCreatedResponse({ type: CommandResponse })
  addRepresentative(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddRepresentativeBody,
    @Language() language: keyof BilingualText,
  ): Promise<CommandResult> {
    const representative = toRepresentative(derivedId(body.commandId, 'representative'), body);
    refuseProblems(representativeProblems(representative), language);
    return this.act(id, { type: 'AddRepresentative', data: { representative } }, body);
  }

  @Post(':id/representatives/:representativeId/removal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Remove an authorized representative (one must always remain)' })
  @ApiCreatedResponse({ type: CommandResponse })
  removeRepresentative(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('representativeId') representativeId: string,
    @Body() body: CommandBody,
  ): Promise<CommandResult> {
    return this.act(id, { type: 'RemoveRepresentative', data: { representativeId } }, body);
  }

  @Post(':id/details')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Correct the name, legal form or contacts (never the country or the identifier); no change records nothing' })
  @ApiCreatedResponse({ type: CommandResponse })
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() body: CorrectionBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    const correction = {
      ...(body.name && { name: localizedText(body.name) }),
      ...(body.legalForm && { legalForm: localizedText(body.legalForm) }),
      ...(body.contacts && { contacts: toContacts(body.contacts) }),
    };
    refuseProblems(correctionProblems(correction), language);
    return this.act(id, { type: 'CorrectMemberDetails', data: correction }, body);
  }

  /** An act by a decision: the decision is checked against the ledger before anything is recorded. */
  private async decided(
    id: string,
    decision: BodyDecision,
    act: MemberActKind,
    input: CommandInput<MemberCommand>,
    body: CommandBody,
  ): Promise<CommandResult> {
    await this.bases.verify(decision, { kind: act, memberId: id });
    return this.act(id, input, body);
  }

  private act(id: string, input: CommandInput<MemberCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(memberAggregate, id, input, commandOptions(body))).catch(unknownMemberAs404(id));
  }
}

/** A reason is official text: its Russian version is required. */
function refuseRequiredText(field: string, text: { ru: string }, language: keyof BilingualText): void {
  if (text.ru !== '') return;
  refuseProblems([{ field: `${field}.ru`, code: 'REQUIRED', message: { ru: 'Заполните по-русски', en: 'The Russian text is required' } }], language);
}
