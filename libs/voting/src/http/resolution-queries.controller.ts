import { Controller, Get, Param, ParseUUIDPipe, Query, Sse, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  Allow,
  ApiAnswer,
  ApiPage,
  ownOrganizationOnly,
  PageQuery,
  READERS,
  ReadQuery,
  ReadsFrom,
  type RequestActor,
  RequestValidationError,
  seesPrivateFields,
} from '#accord/platform';
import { map, type Observable } from 'rxjs';
import { LiveTallies, type LiveTally } from '../application/live-tallies.js';
import { ResolutionQueries } from '../application/resolution-queries.js';
import { OpenVoteGuard } from './open-vote.guard.js';
import { DecisionsQuery, ResolutionsQuery } from './resolutions.dto.js';
import { CompetenceEntryView, DecisionView, LiveTallyView, MinutesView, ResolutionListItem, ResolutionView, VotingRecordEntryView } from './voting.responses.js';

/** What a representative asking for another organization's votes is told. */
const OWN_VOTES_ONLY = { ru: 'Представитель видит только голоса своей организации', en: 'A representative sees only the votes of its own organization' };

@ApiTags('resolutions')
@Controller('resolutions')
export class ResolutionQueriesController {
  constructor(
    private readonly resolutions: ResolutionQueries,
    private readonly tallies: LiveTallies,
  ) {}

  @Get()
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({ summary: 'Resolutions, newest draft last; filters by status and body' })
  @ApiPage(ResolutionListItem)
  list(@Query() query: ResolutionsQuery) {
    const { limit, cursor, status, body, workingGroupId } = query;
    return this.resolutions.list({ status, body, workingGroupId }, { limit, cursor });
  }

  @Get('decisions')
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({
    summary: 'The register of decisions: adopted resolutions in the order they were taken; filters by body, period of closing and kind of motion',
    description:
      'Example: `GET /api/v1/resolutions/decisions?body=general_assembly&closedFrom=2026-01-01&closedTo=2026-12-31&motion=admit_member` — ' +
      'the admissions the general assembly decided in 2026. `closedFrom` and `closedTo` are inclusive UTC calendar dates of closing; ' +
      '`motion=none` gives the decisions that carry no motion.',
  })
  @ApiPage(DecisionView)
  decisions(@Query() query: DecisionsQuery) {
    const { limit, cursor, body, workingGroupId, closedFrom, closedTo, motion } = query;
    if (closedFrom !== undefined && closedTo !== undefined && closedTo < closedFrom) {
      throw new RequestValidationError([{ field: 'closedTo', problems: ['closedTo must not be before closedFrom'] }]);
    }
    return this.resolutions.decisions({ body, workingGroupId, closedFrom, closedTo, motion }, { limit, cursor });
  }

  @Get('competence')
  @Allow(...READERS, 'representative')
  @ApiOperation({
    summary: 'The competence of bodies: which body may decide which kind of motion, by which minimum rule, with its source',
    description:
      'The law’s defaults (Civil Code of the RF, art. 65.3 p. 2 and art. 123.10 p. 2: the exclusive competence of the general assembly) ' +
      'refined by the voting rules of the charter the Association was established with. `subject` is a motion kind, or `own_work` for a ' +
      'resolution without a motion; a body that has no row for a subject may not decide it.',
  })
  @ApiPage(CompetenceEntryView)
  competenceOfBodies() {
    return this.resolutions.competenceOfBodies();
  }

  @Get('voting-record/:organizationId')
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({
    summary: 'How a member organization voted: every vote whose electorate included it, with its final choice or did_not_vote, any proxy and the outcome',
    description: 'Example: `GET /api/v1/resolutions/voting-record/5f0c2b7e-3a41-4c8e-9b1d-2e6a7c9d0f13?limit=50`. A representative sees only its own organization’s record.',
  })
  @ApiPage(VotingRecordEntryView)
  votingRecord(@Param('organizationId', ParseUUIDPipe) organizationId: string, @Query() query: PageQuery, @Actor() actor: RequestActor) {
    if (!seesPrivateFields(actor, [organizationId])) throw ownOrganizationOnly(OWN_VOTES_ONLY);
    return this.resolutions.votingRecord(organizationId, { limit: query.limit, cursor: query.cursor });
  }

  @Get(':id')
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({ summary: 'The full record: text versions, electorate, every ballot with who cast it, outcome and consequence' })
  @ApiAnswer(ResolutionView)
  get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery, @Actor() actor: RequestActor) {
    return this.resolutions.resolution(id, actor);
  }

  @Get(':id/tally')
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({ summary: 'The live tally: participation, quorum progress and the count of each choice, by the rule of the vote' })
  @ApiAnswer(LiveTallyView)
  liveTally(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery): Promise<LiveTally> {
    return this.tallies.current(id);
  }

  @Sse(':id/tally/stream')
  @Allow(...READERS, 'representative')
  @UseGuards(OpenVoteGuard)
  @ReadsFrom('resolutions')
  @ApiOperation({ summary: 'The live tally as server-sent events: sent at once, again after every ballot, and last when voting ends' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'Server-sent events; the data of each is a LiveTallyView as JSON', schema: { type: 'string', example: 'data: {"resolutionId":"…","participants":3,…}\\n\\n' } })
  tallyStream(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery): Observable<{ data: LiveTally }> {
    return this.tallies.watch(id).pipe(map((tally) => ({ data: tally })));
  }

  @Get(':id/minutes')
  @Allow(...READERS, 'representative')
  @ApiOperation({ summary: 'The minutes of a closed vote (Civil Code art. 181.2 p. 4) in Russian and English, with the participants’ names' })
  @ApiAnswer(MinutesView)
  minutes(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery) {
    return this.resolutions.minutes(id);
  }
}
