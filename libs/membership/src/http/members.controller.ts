import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText, type BilingualText } from '#accord/kernel';
import { AggregateCommand, Allow, CommandBody, commandOptions, CommandResponse } from '#accord/platform';
import { DecisionBases } from '../application/decision-bases.js';
import { MemberRegistration } from '../application/member-registration.js';
import { correctionProblems, representativeProblems } from '../domain/member-application.js';
import type { MemberActKind } from '../domain/decision-basis.js';
import { memberAggregate, type MemberCommand } from '../domain/member.decide.js';
import type { BodyDecision } from '../domain/member.events.js';
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

/** Commands on a record that does not exist answer 404, not "the status is: no record". */
function unknownMemberAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'MEMBER_STATUS_REQUIRED' && error.details?.current === 'none') {
      throw new RecordNotFound('member', id);
    }
    throw error;
  };
}

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registration: MemberRegistration,
    private readonly bases: DecisionBases,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record an application for membership; one record per national identifier (409 for a second)' })
  @ApiCreatedResponse({ type: CommandResponse })
  apply(@Body() body: ApplicationBody, @Language() language: keyof BilingualText): Promise<CommandResult> {
    return this.registration.apply(checkedApplication(body, language), commandOptions(body));
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
