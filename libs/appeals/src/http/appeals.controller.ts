import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { nameBasedUuid, newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText } from '#accord/kernel';
import { Allow, commandOptions, CommandResponse } from '#accord/platform';
import {
  ApproveAppeal,
  CloseAppeal,
  DispatchAppeal,
  DraftAppeal,
  OpenFollowUp,
  RecordAnswer,
  RecordExtension,
  RecordForwarding,
  RecordRegistration,
  ReviseAppeal,
  SetExpectedAnswerDate,
  SignAppeal,
} from '../application/appeal.commands.js';
import type { AppealContent } from '../domain/appeal/appeal.events.js';
import {
  AnswerBody,
  AppealContentBody,
  AppealDraftBody,
  ApprovalBody,
  ClosureBody,
  DispatchBody,
  ExpectedAnswerBody,
  ExtensionBody,
  ForwardingBody,
  AppealRegistrationBody,
  SignatureBody,
} from './appeals.dto.js';

function toContent(body: AppealContentBody): AppealContent {
  return {
    addresseeId: body.addresseeId,
    subject: localizedText(body.subject),
    text: localizedText(body.text),
    attachments: (body.attachments ?? []).map((attachment) => ({ name: attachment.name.trim(), sha256: attachment.sha256.toLowerCase() })),
    resolutionId: body.resolutionId ?? null,
  };
}

/** The secretariat's acts on appeals to state bodies: drafting, approval, signature, dispatch and what the addressee does. */
@ApiTags('appeals')
@Controller('appeals')
export class AppealsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Draft an appeal to a body from the register of addressees' })
  @ApiCreatedResponse({ type: CommandResponse })
  draft(@Body() body: AppealDraftBody): Promise<CommandResult> {
    return this.commands.execute(new DraftAppeal(newRecordId(body.commandId), toContent(body), body.draftedOn ?? null, commandOptions(body)));
  }

  @Post(':id/revision')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Revise a draft (addressee, subject, text, attachments, authorizing resolution)' })
  @ApiCreatedResponse({ type: CommandResponse })
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: AppealContentBody): Promise<CommandResult> {
    return this.commands.execute(new ReviseAppeal(id, toContent(body), commandOptions(body)));
  }

  @Post(':id/approval')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Approve a draft for signature' })
  @ApiCreatedResponse({ type: CommandResponse })
  approve(@Param('id', ParseUUIDPipe) id: string, @Body() body: ApprovalBody): Promise<CommandResult> {
    return this.commands.execute(new ApproveAppeal(id, body.resolutionId ?? null, body.approvedOn ?? null, commandOptions(body)));
  }

  @Post(':id/signature')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record who signed the approved appeal' })
  @ApiCreatedResponse({ type: CommandResponse })
  sign(@Param('id', ParseUUIDPipe) id: string, @Body() body: SignatureBody): Promise<CommandResult> {
    const signatory = { name: body.signatory.name.trim(), position: localizedText(body.signatory.position) };
    return this.commands.execute(new SignAppeal(id, signatory, body.signedOn ?? null, commandOptions(body)));
  }

  @Post(':id/dispatch')
  @Allow('secretariat')
  @ApiOperation({
    summary: 'Record the dispatch of a signed appeal; the platform gives the year’s next outgoing number unless one is given',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  dispatch(@Param('id', ParseUUIDPipe) id: string, @Body() body: DispatchBody): Promise<CommandResult> {
    const request = {
      dispatchedOn: body.dispatchedOn,
      channel: body.channel,
      outgoingNumber: body.outgoingNumber?.trim() ?? null,
      expectedAnswerOn: body.expectedAnswerOn ?? null,
    };
    return this.commands.execute(new DispatchAppeal(id, request, commandOptions(body)));
  }

  @Post(':id/registration')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the addressee’s registration of the appeal (date and incoming number)' })
  @ApiCreatedResponse({ type: CommandResponse })
  register(@Param('id', ParseUUIDPipe) id: string, @Body() body: AppealRegistrationBody): Promise<CommandResult> {
    return this.commands.execute(new RecordRegistration(id, body.registeredOn, body.incomingNumber.trim(), commandOptions(body)));
  }

  @Post(':id/extension')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the addressee’s extension of the answer period (new due date, notice date)' })
  @ApiCreatedResponse({ type: CommandResponse })
  extend(@Param('id', ParseUUIDPipe) id: string, @Body() body: ExtensionBody): Promise<CommandResult> {
    return this.commands.execute(new RecordExtension(id, body.dueOn, body.noticeOn, commandOptions(body)));
  }

  @Post(':id/forwarding')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the forwarding of the appeal to another body; a new period starts there' })
  @ApiCreatedResponse({ type: CommandResponse })
  forward(@Param('id', ParseUUIDPipe) id: string, @Body() body: ForwardingBody): Promise<CommandResult> {
    const request = { forwardedOn: body.forwardedOn, addresseeId: body.addresseeId, expectedAnswerOn: body.expectedAnswerOn ?? null };
    return this.commands.execute(new RecordForwarding(id, request, commandOptions(body)));
  }

  @Post(':id/expected-answer')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Set the date an answer is expected by, where no statute sets the period' })
  @ApiCreatedResponse({ type: CommandResponse })
  expectAnswer(@Param('id', ParseUUIDPipe) id: string, @Body() body: ExpectedAnswerBody): Promise<CommandResult> {
    return this.commands.execute(new SetExpectedAnswerDate(id, body.expectedAnswerOn, commandOptions(body)));
  }

  @Post(':id/answer')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the addressee’s answer (date, reference, outcome, summary)' })
  @ApiCreatedResponse({ type: CommandResponse })
  answer(@Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerBody): Promise<CommandResult> {
    const answer = {
      answeredOn: body.answeredOn,
      reference: body.reference.trim(),
      outcome: body.outcome,
      summary: localizedText(body.summary),
      attachmentSha256: body.attachmentSha256?.toLowerCase() ?? null,
    };
    return this.commands.execute(new RecordAnswer(id, answer, commandOptions(body)));
  }

  @Post(':id/closure')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Close the appeal; without an answer, give the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: ClosureBody): Promise<CommandResult> {
    return this.commands.execute(new CloseAppeal(id, body.reason ? localizedText(body.reason) : null, commandOptions(body)));
  }

  @Post(':id/follow-ups')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Open a follow-up appeal linked to this one (a new draft)' })
  @ApiCreatedResponse({ type: CommandResponse })
  followUp(@Param('id', ParseUUIDPipe) id: string, @Body() body: AppealContentBody): Promise<CommandResult> {
    const followUpId = body.commandId ? nameBasedUuid(`${body.commandId}:follow-up`) : newRecordId();
    return this.commands.execute(new OpenFollowUp(id, followUpId, toContent(body), commandOptions(body)));
  }
}
