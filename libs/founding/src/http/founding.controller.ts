import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText, type Role } from '#accord/kernel';
import { Actor, Allow, commandOptions, CommandResponse, READERS, ReadQuery, ReadsFrom, type RequestActor, visibleTo } from '#accord/platform';
import { founderMemberId } from '../application/founder-admission-keys.js';
import { FoundingReadModel, type CharterDraftText } from '../application/founding-read-model.js';
import type { FoundingView } from '../application/founding-view.js';
import {
  ConveneFoundingAssembly,
  FileStateRegistration,
  LaunchFoundingInitiative,
  ReceiveLetterOfIntent,
  RecordCharterDraft,
  RecordFoundingAssembly,
  RecordRegistrationRefusal,
  RecordStateRegistration,
  WithdrawLetterOfIntent,
} from '../application/founding.commands.js';
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

/**
 * The founding of the Association (a singleton resource): read by every role, its steps recorded
 * by the secretariat. Out-of-order steps answer 422 FOUNDING_STAGE_REQUIRED with {required, current}.
 */
@ApiTags('founding')
@Controller('founding')
export class FoundingController {
  constructor(
    private readonly commands: CommandBus,
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
    return this.commands.execute(new LaunchFoundingInitiative({ initiator, committee, launchedOn: body.launchedOn }, commandOptions(body)));
  }

  @Post('letters-of-intent')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a letter of intent to become a founder; the national identifier is checked as the register checks it' })
  @ApiCreatedResponse({ type: CommandResponse, description: 'id is the letter’s id (and the founder’s future member id)' })
  receiveLetter(@Body() body: LetterOfIntentBody): Promise<CommandResult> {
    const letterId = body.letterId ?? newRecordId(body.commandId);
    const founder = founderOf(letterId, body);
    return this.commands.execute(new ReceiveLetterOfIntent({ letterId, ...founder, receivedOn: body.receivedOn }, commandOptions(body)));
  }

  @Post('letters-of-intent/:letterId/withdrawal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the withdrawal of a letter of intent (until the assembly is held)' })
  @ApiCreatedResponse({ type: CommandResponse })
  withdrawLetter(@Param('letterId', ParseUUIDPipe) letterId: string, @Body() body: LetterWithdrawalBody): Promise<CommandResult> {
    const withdrawal = { letterId, withdrawnOn: body.withdrawnOn, reason: optionalText(body.reason) };
    return this.commands.execute(new WithdrawLetterOfIntent(withdrawal, commandOptions(body)));
  }

  @Post('charter-drafts')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the next charter draft; it is numbered and identified by the SHA-256 of its text' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordCharterDraft(@Body() body: CharterDraftBody): Promise<CommandResult> {
    return this.commands.execute(new RecordCharterDraft({ content: body.content, draftedOn: body.draftedOn ?? null }, commandOptions(body)));
  }

  @Post('assembly')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Convene the founding assembly (again, to change its date or place, until it is held)' })
  @ApiCreatedResponse({ type: CommandResponse })
  convene(@Body() body: ConveningBody): Promise<CommandResult> {
    const convening = { date: body.date, venue: venueOf(body.venue), convenedOn: body.convenedOn };
    return this.commands.execute(new ConveneFoundingAssembly(convening, commandOptions(body)));
  }

  @Post('assembly/minutes')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the founding assembly held: the founders present, their unanimous vote, the charter adopted, the bodies elected' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordAssembly(@Body() body: AssemblyMinutesBody): Promise<CommandResult> {
    const minutes = {
      present: body.present.map((founder) => ({ letterId: founder.letterId, representedBy: localizedText(founder.representedBy), establishmentVote: founder.establishmentVote })),
      charter: { number: body.charter.number, sha256: body.charter.sha256 },
      votingRules: body.votingRules.map((rule) => ({ body: rule.body, question: rule.question, title: localizedText(rule.title), rule: rule.rule })),
      chair: officer(body.chair),
      council: body.council.map(officer),
      auditCommission: body.auditCommission.map(officer),
    };
    return this.commands.execute(new RecordFoundingAssembly(minutes, commandOptions(body)));
  }

  @Post('registration-filing')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that the documents were filed for state registration (again after a refusal)' })
  @ApiCreatedResponse({ type: CommandResponse })
  fileRegistration(@Body() body: RegistrationFilingBody): Promise<CommandResult> {
    const filing = { authority: localizedText(body.authority), filedOn: body.filedOn, reference: body.reference ?? null };
    return this.commands.execute(new FileStateRegistration(filing, commandOptions(body)));
  }

  @Post('registration-refusal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a refusal of state registration; the documents may be filed again' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordRefusal(@Body() body: RegistrationRefusalBody): Promise<CommandResult> {
    const refusal = { refusedOn: body.refusedOn, reason: localizedText(body.reason) };
    return this.commands.execute(new RecordRegistrationRefusal(refusal, commandOptions(body)));
  }

  @Post('registration')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the state registration: the Association is established that day and its founders become full members' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordRegistration(@Body() body: RegistrationBody): Promise<CommandResult> {
    const registration = { registrationNumber: body.registrationNumber, registeredOn: body.registeredOn };
    return this.commands.execute(new RecordStateRegistration(registration, commandOptions(body)));
  }
}
