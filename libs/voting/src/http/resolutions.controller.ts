import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import { Actor, AggregateCommand, Allow, CommandBody, commandOptions, CommandResponse, type RequestActor } from '#accord/platform';
import { CompetenceOfBodies } from '../application/competence-of-bodies.js';
import { ResolutionVoting } from '../application/resolution-voting.js';
import { resolutionAggregate, type ResolutionCommand } from '../domain/resolution/resolution.decide.js';
import { AmendmentBody, BallotBody, DraftBody, OpeningBody, toBody, toVenue, ResolutionWithdrawalBody } from './resolutions.dto.js';

/** Commands on a resolution that does not exist answer 404, not "the status is: no record". */
function unknownResolutionAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'RESOLUTION_NOT_FOUND') throw new RecordNotFound('resolution', id);
    throw error;
  };
}

@ApiTags('resolutions')
@Controller('resolutions')
export class ResolutionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly voting: ResolutionVoting,
    private readonly competence: CompetenceOfBodies,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Draft a resolution: title and text, the body that votes, its rule and quorum, and any motion' })
  @ApiCreatedResponse({ type: CommandResponse })
  async draft(@Body() body: DraftBody): Promise<CommandResult> {
    const resolutionId = newRecordId(body.commandId);
    const data = {
      resolutionId,
      title: localizedText(body.title),
      text: localizedText(body.text),
      body: toBody(body.body),
      rule: body.rule,
      ...(body.quorum && { quorum: { ...body.quorum } }),
      motion: body.motion ?? null,
      competence: await this.competence.table(),
    };
    return this.act(resolutionId, { type: 'DraftResolution', data }, body);
  }

  @Post(':id/amendments')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Amend the text of a draft (a new text version); not once voting has opened' })
  @ApiCreatedResponse({ type: CommandResponse })
  async amend(@Param('id', ParseUUIDPipe) id: string, @Body() body: AmendmentBody): Promise<CommandResult> {
    return this.act(id, { type: 'AmendResolution', data: { text: localizedText(body.text), competence: await this.competence.table() } }, body);
  }

  @Post(':id/withdrawal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Withdraw a draft or a resolution being voted on, with the reason' })
  @ApiCreatedResponse({ type: CommandResponse })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: ResolutionWithdrawalBody): Promise<CommandResult> {
    return this.act(id, { type: 'WithdrawResolution', data: { reason: localizedText(body.reason) } }, body);
  }

  @Post(':id/voting')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Open voting: freezes the electorate (the body’s full, non-suspended members now), the rule and the text' })
  @ApiCreatedResponse({ type: CommandResponse })
  open(@Param('id', ParseUUIDPipe) id: string, @Body() body: OpeningBody): Promise<CommandResult> {
    const data = { closesAt: body.closesAt, venue: toVenue(body.venue), countedBy: body.countedBy.map(localizedText) };
    return this.voting.open(id, data, commandOptions(body));
  }

  @Post(':id/closing')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Close voting at or after its closing time and record the outcome from every ballot of the electorate' })
  @ApiCreatedResponse({ type: CommandResponse })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CommandBody): Promise<CommandResult> {
    return this.voting.close(id, commandOptions(body));
  }

  @Post(':id/ballots')
  @Allow('representative')
  @ApiOperation({
    summary: 'Cast or change the ballot of the representative’s organization, or of another one under a power of attorney',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  castBallot(@Param('id', ParseUUIDPipe) id: string, @Body() body: BallotBody, @Actor() actor: RequestActor): Promise<CommandResult> {
    const { choice, organizationId, powerOfAttorneyId, recordAgainst } = body;
    return this.voting.castBallot(id, actor.organizationId, { choice, organizationId, powerOfAttorneyId, recordAgainst }, commandOptions(body));
  }

  private act(id: string, input: CommandInput<ResolutionCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(resolutionAggregate, id, input, commandOptions(body))).catch(unknownResolutionAs404(id));
  }
}
