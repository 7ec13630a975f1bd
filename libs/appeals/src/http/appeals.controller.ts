import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { nameBasedUuid, newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import { AggregateCommand, Allow, type CommandBody, commandOptions, CommandResponse } from '#accord/platform';
import { AppealCorrespondence } from '../application/appeal-correspondence.js';
import { appealAggregate, type AppealCommand } from '../domain/appeal/appeal.decide.js';
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

/** Commands on an appeal that does not exist answer 404. */
function unknownAppealAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'APPEAL_NOT_DRAFTED') throw new RecordNotFound('appeal', id);
    throw error;
  };
}

/** The secretariat's acts on appeals to state bodies: drafting, approval, signature, dispatch and what the addressee does. */
@ApiTags('appeals')
@Controller('appeals')
export class AppealsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly correspondence: AppealCorrespondence,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Draft an appeal to a body from the register of addressees' })
  @ApiCreatedResponse({ type: CommandResponse })
  draft(@Body() body: AppealDraftBody): Promise<CommandResult> {
    return this.correspondence.draft(newRecordId(body.commandId), toContent(body), body.draftedOn ?? null, commandOptions(body));
  }

  @Post(':id/revision')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Revise a draft (addressee, subject, text, attachments, authorizing resolution)' })
  @ApiCreatedResponse({ type: CommandResponse })
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: AppealContentBody): Promise<CommandResult> {
    return this.correspondence.revise(id, toContent(body), commandOptions(body)).catch(unknownAppealAs404(id));
  }

  @Post(':id/approval')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Approve a draft for signature' })
  @ApiCreatedResponse({ type: CommandResponse })
  approve(@Param('id', ParseUUIDPipe) id: string, @Body() body: ApprovalBody): Promise<CommandResult> {
    return this.act(id, { type: 'ApproveAppeal', data: { resolutionId: body.resolutionId ?? null, approvedOn: body.approvedOn ?? null } }, body);
  }

  @Post(':id/signature')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record who signed the approved appeal' })
  @ApiCreatedResponse({ type: CommandResponse })
  sign(@Param('id', ParseUUIDPipe) id: string, @Body() body: SignatureBody): Promise<CommandResult> {
    const signatory = { name: body.signatory.name.trim(), position: localizedText(body.signatory.position) };
    return this.act(id, { type: 'SignAppeal', data: { signatory, signedOn: body.signedOn ?? null } }, body);
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
    return this.correspondence.dispatch(id, request, commandOptions(body)).catch(unknownAppealAs404(id));
  }

  @Post(':id/registration')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the addressee’s registration of the appeal (date and incoming number)' })
  @ApiCreatedResponse({ type: CommandResponse })
  register(@Param('id', ParseUUIDPipe) id: string, @Body() body: AppealRegistrationBody): Promise<CommandResult> {
    return this.act(id, { type: 'RecordRegistration', data: { registeredOn: body.registeredOn, incomingNumber: body.incomingNumber.trim() } }, body);
  }

  @Post(':id/extension')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the addressee’s extension of the answer period (new due date, notice date)' })
  @ApiCreatedResponse({ type: CommandResponse })
  extend(@Param('id', ParseUUIDPipe) id: string, @Body() body: ExtensionBody): Promise<CommandResult> {
    return this.act(id, { type: 'RecordExtension', data: { dueOn: body.dueOn, noticeOn: body.noticeOn } }, body);
  }

  @Post(':id/forwarding')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the forwarding of the appeal to another body; a new period starts there' })
  @ApiCreatedResponse({ type: CommandResponse })
  forward(@Param('id', ParseUUIDPipe) id: string, @Body() body: ForwardingBody): Promise<CommandResult> {
    const request = { forwardedOn: body.forwardedOn, addresseeId: body.addresseeId, expectedAnswerOn: body.expectedAnswerOn ?? null };
    return this.correspondence.forward(id, request, commandOptions(body)).catch(unknownAppealAs404(id));
  }

  @Post(':id/expected-answer')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Set the date an answer is expected by, where no statute sets the period' })
  @ApiCreatedResponse({ type: CommandResponse })
  expectAnswer(@Param('id', ParseUUIDPipe) id: string, @Body() body: ExpectedAnswerBody): Promise<CommandResult> {
    return this.act(id, { type: 'SetExpectedAnswerDate', data: { expectedAnswerOn: body.expectedAnswerOn } }, body);
  }

  @Post(':id/answer')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the addressee’s answer (date, reference, outcome, summary)' })
  @ApiCreatedResponse({ type: CommandResponse })
  answer(@Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerBody): Promise<CommandResult> {
    const data = {
      answeredOn: body.answeredOn,
      reference: body.reference.trim(),
      outcome: body.outcome,
      summary: localizedText(body.summary),
      attachmentSha256: body.attachmentSha256?.toLowerCase() ?? null,
    };
    return this.act(id, { type: 'RecordAnswer', data }, body);
  }

  @Post(':id/closure')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Close the appeal; without an answer, give the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: ClosureBody): Promise<CommandResult> {
    return this.act(id, { type: 'CloseAppeal', data: { reason: body.reason ? localizedText(body.reason) : null } }, body);
  }

  @Post(':id/follow-ups')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Open a follow-up appeal linked to this one (a new draft)' })
  @ApiCreatedResponse({ type: CommandResponse })
  followUp(@Param('id', ParseUUIDPipe) id: string, @Body() body: AppealContentBody): Promise<CommandResult> {
    const followUpId = body.commandId ? nameBasedUuid(`${body.commandId}:follow-up`) : newRecordId();
    return this.correspondence.openFollowUp(id, followUpId, toContent(body), commandOptions(body)).catch(unknownAppealAs404(id));
  }

  private act(id: string, input: CommandInput<AppealCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(appealAggregate, id, input, commandOptions(body))).catch(unknownAppealAs404(id));
  }
}
