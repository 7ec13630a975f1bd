import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId, newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText, type BilingualText } from '#accord/kernel';
import { Allow, CommandBody, commandOptions, CommandResponse } from '#accord/platform';
import {
  AddRepresentative,
  AdmitMember,
  ApplyForMembership,
  CorrectMemberDetails,
  ExpelMember,
  ReinstateMember,
  RejectApplication,
  RemoveRepresentative,
  SuspendMember,
  WithdrawMembership,
} from '../application/member.commands.js';
import { correctionProblems, representativeProblems } from '../domain/member-application.js';
import { toDecision } from './decision.dto.js';
import { checkedApplication, Language, refuseProblems, toContacts, toRepresentative } from './member-input.js';
import {
  AddRepresentativeBody,
  AdmissionBody,
  ApplicationBody,
  CorrectionBody,
  DecisionActBody,
  RejectionBody,
  SuspensionBody,
  WithdrawalBody,
} from './membership.dto.js';

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record an application for membership; one record per national identifier (409 for a second)' })
  @ApiCreatedResponse({ type: CommandResponse })
  apply(@Body() body: ApplicationBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    const application = checkedApplication(body, language);
    return this.commands.execute(new ApplyForMembership(newRecordId(body.commandId), application, commandOptions(body)));
  }

  @Post(':id/admission')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Admit an applicant as a full member or an observer, by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  admit(@Param('id', ParseUUIDPipe) id: string, @Body() body: AdmissionBody): Promise<CommandResult> {
    return this.commands.execute(new AdmitMember(id, body.membership, toDecision(body.decision), commandOptions(body)));
  }

  @Post(':id/rejection')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Reject an application, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() body: RejectionBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    const reason = localizedText(body.reason);
    refuseRequiredText('reason', reason, language);
    return this.commands.execute(new RejectApplication(id, reason, commandOptions(body)));
  }

  @Post(':id/suspension')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Suspend a member (it keeps its membership but does not vote), by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  suspend(@Param('id', ParseUUIDPipe) id: string, @Body() body: SuspensionBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    const reason = localizedText(body.reason);
    refuseRequiredText('reason', reason, language);
    return this.commands.execute(new SuspendMember(id, reason, toDecision(body.decision), commandOptions(body)));
  }

  @Post(':id/reinstatement')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Reinstate a suspended member, by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  reinstate(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionActBody): Promise<CommandResult> {
    return this.commands.execute(new ReinstateMember(id, toDecision(body.decision), commandOptions(body)));
  }

  @Post(':id/expulsion')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Expel a member, by a decision; it leaves every working group' })
  @ApiCreatedResponse({ type: CommandResponse })
  expel(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionActBody): Promise<CommandResult> {
    return this.commands.execute(new ExpelMember(id, toDecision(body.decision), commandOptions(body)));
  }

  @Post(':id/withdrawal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a member’s notice of withdrawal; it leaves every working group' })
  @ApiCreatedResponse({ type: CommandResponse })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: WithdrawalBody): Promise<CommandResult> {
    return this.commands.execute(new WithdrawMembership(id, body.noticeDate, commandOptions(body)));
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
    return this.commands.execute(new AddRepresentative(id, representative, commandOptions(body)));
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
    return this.commands.execute(new RemoveRepresentative(id, representativeId, commandOptions(body)));
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
    return this.commands.execute(new CorrectMemberDetails(id, correction, commandOptions(body)));
  }
}

/** A reason is official text: its Russian version is required. */
function refuseRequiredText(field: string, text: { ru: string }, language: keyof BilingualText): void {
  if (text.ru !== '') return;
  refuseProblems([{ field: `${field}.ru`, code: 'REQUIRED', message: { ru: 'Заполните по-русски', en: 'The Russian text is required' } }], language);
}
