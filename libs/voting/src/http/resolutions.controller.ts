import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, type CommandResult } from '#accord/eventsourcing';
import { localizedText } from '#accord/kernel';
import { Actor, Allow, CommandBody, commandOptions, CommandResponse, type RequestActor } from '#accord/platform';
import {
  AmendResolution,
  CastBallot,
  CloseVoting,
  DraftResolution,
  OpenVoting,
  WithdrawResolution,
} from '../application/resolution.commands.js';
import { AmendmentBody, BallotBody, DraftBody, OpeningBody, toBody, toVenue, ResolutionWithdrawalBody } from './resolutions.dto.js';

@ApiTags('resolutions')
@Controller('resolutions')
export class ResolutionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Draft a resolution: title and text, the body that votes, its rule and quorum, and any motion' })
  @ApiCreatedResponse({ type: CommandResponse })
  draft(@Body() body: DraftBody): Promise<CommandResult> {
    const draft = {
      title: localizedText(body.title),
      text: localizedText(body.text),
      body: toBody(body.body),
      rule: body.rule,
      ...(body.quorum && { quorum: { ...body.quorum } }),
      motion: body.motion ?? null,
    };
    return this.commands.execute(new DraftResolution(newRecordId(body.commandId), draft, commandOptions(body)));
  }

  @Post(':id/amendments')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Amend the text of a draft (a new text version); not once voting has opened' })
  @ApiCreatedResponse({ type: CommandResponse })
  amend(@Param('id', ParseUUIDPipe) id: string, @Body() body: AmendmentBody): Promise<CommandResult> {
    return this.commands.execute(new AmendResolution(id, localizedText(body.text), commandOptions(body)));
  }

  @Post(':id/withdrawal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Withdraw a draft or a resolution being voted on, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: ResolutionWithdrawalBody): Promise<CommandResult> {
    return this.commands.execute(new WithdrawResolution(id, localizedText(body.reason), commandOptions(body)));
  }

  @Post(':id/voting')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Open voting: freezes the electorate (the body’s full, non-suspended members now), the rule and the text' })
  @ApiCreatedResponse({ type: CommandResponse })
  open(@Param('id', ParseUUIDPipe) id: string, @Body() body: OpeningBody): Promise<CommandResult> {
    const terms = { closesAt: body.closesAt, venue: toVenue(body.venue), countedBy: body.countedBy.map(localizedText) };
    return this.commands.execute(new OpenVoting(id, terms, commandOptions(body)));
  }

  @Post(':id/closing')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Close voting at or after its closing time and record the outcome from every ballot of the electorate' })
  @ApiCreatedResponse({ type: CommandResponse })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new CloseVoting(id, commandOptions(body)));
  }

  @Post(':id/ballots')
  @Allow('representative')
  @ApiOperation({
    summary: 'Cast or change the ballot of the representative’s organization, or of another one under a power of attorney',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  castBallot(@Param('id', ParseUUIDPipe) id: string, @Body() body: BallotBody, @Actor() actor: RequestActor): Promise<CommandResult> {
    const { choice, organizationId, powerOfAttorneyId, recordAgainst } = body;
    const ballot = { choice, organizationId, powerOfAttorneyId, recordAgainst };
    return this.commands.execute(new CastBallot(id, actor.organizationId, ballot, commandOptions(body)));
  }
}
