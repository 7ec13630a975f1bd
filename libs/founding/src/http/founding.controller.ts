import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText, type Aggregate, type Role } from '#accord/kernel';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import {
  Actor,
  AggregateCommand,
  Allow,
  CommandBody,
  commandOptions,
  CommandResponse,
  READERS,
  ReadQuery,
  ReadsFrom,
  type RequestActor,
  visibleTo,
} from '#accord/platform';
import { founderMemberId } from '../application/founder-admission-keys.js';
import { FoundingReadModel, type CharterDraftText } from '../application/founding-read-model.js';
import { FOUNDING_AGGREGATE } from '../application/founding.tokens.js';
import type { FoundingView } from '../application/founding-view.js';
import { FOUNDING_PROCESS_ID, type FoundingCommand } from '../domain/founding.decide.js';
import type { FoundingEvent } from '../domain/founding.events.js';
import type { FoundingState } from '../domain/founding.state.js';
import {
  AssemblyMinutesBody,
  CharterDraftBody,
  CharterDraftParams,
  ConveningBody,
  InitiativeBody,
  LetterOfIntentBody,
  RegistrationBody,
  RegistrationFilingBody,
  RegistrationRefusalBody,
  LetterWithdrawalBody,
} from './founding.dto.js';
import { founderOf, officer, optionalText, venueOf } from './founding-input.js';
import { CharterDraftView, FoundingProcessView } from './founding.responses.js';

/** The founding is public to the members: their representatives read it as the bodies do. */
const FOUNDING_READERS: readonly Role[] = [...READERS, 'representative'];

type FoundingAggregate = Aggregate<FoundingCommand, FoundingEvent, FoundingState>;

/**
 * The founding of the Association (a singleton resource): read by every role, its steps recorded
 * by the secretariat. Out-of-order steps answer 422 FOUNDING_STAGE_REQUIRED with {required, current}.
 */
@ApiTags('founding')
@Controller('founding')
export class FoundingController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(FOUNDING_AGGREGATE) private readonly aggregate: FoundingAggregate,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModel: FoundingReadModel,
  ) {}

  @Get()
  @Allow(...FOUNDING_READERS)
  @ReadsFrom('founding')
  @ApiOperation({ summary: 'The founding as a checklist: each step with its date or what blocks it, founders, drafts, assembly, registration' })
  @ApiOkResponse({ description: 'The founding; `version` is what commands pass as expectedVersion', type: FoundingProcessView })
  async view(@Query() _query: ReadQuery, @Actor() actor: RequestActor) {
    const view: FoundingView = await this.readModel.view();
    // A founder's letter is its organization's: others see who founds, not its contacts or identifiers.
    return { ...view, founders: view.founders.map((founder) => visibleTo(actor, 'founder', [founderMemberId(founder.letterId)], founder)) };
  }

  @Get('charter-drafts/:number')
  @Allow(...FOUNDING_READERS)
  @ReadsFrom('founding')
  @ApiOperation({ summary: 'The full text of one charter draft, with its SHA-256' })
  @ApiOkResponse({ description: 'A charter draft with its text', type: CharterDraftView })
  charterDraft(@Param() params: CharterDraftParams, @Query() _query: ReadQuery): Promise<CharterDraftText> {
    return this.readModel.charterDraft(params.number);
  }

  @Post('initiative')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Launch the founding initiative: the initiator and its organizing committee' })
  @ApiCreatedResponse({ type: CommandResponse })
  launch(@Body() body: InitiativeBody): Promise<CommandResult> {
    const initiator = { name: localizedText(body.initiator.name), country: body.initiator.country };
    const committee = body.committee.map((member) => ({ name: localizedText(member.name), role: localizedText(member.role) }));
    return this.send({ type: 'LaunchFoundingInitiative', data: { initiator, committee, launchedOn: body.launchedOn } }, body);
  }

  @Post('letters-of-intent')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a letter of intent to become a founder; the national identifier is checked as the register checks it' })
  @ApiCreatedResponse({ type: CommandResponse, description: 'id is the letter’s id (and the founder’s future member id)' })
  async receiveLetter(@Body() body: LetterOfIntentBody): Promise<CommandResult> {
    const letterId = body.letterId ?? newRecordId(body.commandId);
    const founder = founderOf(letterId, body);
    const result = await this.send({ type: 'ReceiveLetterOfIntent', data: { letterId, ...founder, receivedOn: body.receivedOn } }, body);
    // A repeated commandId answers with the letter the first command recorded.
    const [recorded] = await this.store.readEvents(result.events.slice(0, 1));
    return { ...result, id: (recorded?.data as { letterId?: string } | undefined)?.letterId ?? letterId };
  }

  @Post('letters-of-intent/:letterId/withdrawal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the withdrawal of a letter of intent (until the assembly is held)' })
  @ApiCreatedResponse({ type: CommandResponse })
  async withdrawLetter(@Param('letterId', ParseUUIDPipe) letterId: string, @Body() body: LetterWithdrawalBody): Promise<CommandResult> {
    try {
      return await this.send({ type: 'WithdrawLetterOfIntent', data: { letterId, withdrawnOn: body.withdrawnOn, reason: optionalText(body.reason) } }, body);
    } catch (error) {
      if (error instanceof DomainRuleViolation && error.code === 'LETTER_NOT_FOUND') throw new RecordNotFound('letter of intent', letterId);
      throw error;
    }
  }

  @Post('charter-drafts')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the next charter draft; it is numbered and identified by the SHA-256 of its text' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordCharterDraft(@Body() body: CharterDraftBody): Promise<CommandResult> {
    return this.send({ type: 'RecordCharterDraft', data: { content: body.content, draftedOn: body.draftedOn ?? null } }, body);
  }

  @Post('assembly')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Convene the founding assembly (again, to change its date or place, until it is held)' })
  @ApiCreatedResponse({ type: CommandResponse })
  convene(@Body() body: ConveningBody): Promise<CommandResult> {
    return this.send({ type: 'ConveneFoundingAssembly', data: { date: body.date, venue: venueOf(body.venue), convenedOn: body.convenedOn } }, body);
  }

  @Post('assembly/minutes')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the founding assembly held: the founders present, their unanimous vote, the charter adopted, the bodies elected' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordAssembly(@Body() body: AssemblyMinutesBody): Promise<CommandResult> {
    const data = {
      present: body.present.map((founder) => ({ letterId: founder.letterId, representedBy: localizedText(founder.representedBy), establishmentVote: founder.establishmentVote })),
      charter: { number: body.charter.number, sha256: body.charter.sha256 },
      votingRules: body.votingRules.map((rule) => ({ body: rule.body, question: rule.question, title: localizedText(rule.title), rule: rule.rule })),
      chair: officer(body.chair),
      council: body.council.map(officer),
      auditCommission: body.auditCommission.map(officer),
    };
    return this.send({ type: 'RecordFoundingAssembly', data }, body);
  }

  @Post('registration-filing')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that the documents were filed for state registration (again after a refusal)' })
  @ApiCreatedResponse({ type: CommandResponse })
  fileRegistration(@Body() body: RegistrationFilingBody): Promise<CommandResult> {
    return this.send({ type: 'FileStateRegistration', data: { authority: localizedText(body.authority), filedOn: body.filedOn, reference: body.reference ?? null } }, body);
  }

  @Post('registration-refusal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a refusal of state registration; the documents may be filed again' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordRefusal(@Body() body: RegistrationRefusalBody): Promise<CommandResult> {
    return this.send({ type: 'RecordRegistrationRefusal', data: { refusedOn: body.refusedOn, reason: localizedText(body.reason) } }, body);
  }

  @Post('registration')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the state registration: the Association is established that day and its founders become full members' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordRegistration(@Body() body: RegistrationBody): Promise<CommandResult> {
    return this.send({ type: 'RecordStateRegistration', data: { registrationNumber: body.registrationNumber, registeredOn: body.registeredOn } }, body);
  }

  private send(input: CommandInput<FoundingCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(this.aggregate, FOUNDING_PROCESS_ID, input, commandOptions(body)));
  }
}
