import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  Allow,
  ApiAnswer,
  ApiPage,
  ownOrganizationOnly,
  READERS,
  ReadQuery,
  readsEverything,
  ReadsFrom,
  type RequestActor,
  seesPrivateFields,
} from '#accord/platform';
import { MemberQueries } from '../application/member-queries.js';
import { MembersQuery } from './membership.dto.js';
import { MemberCard, MemberListItem, MemberStatistics } from './membership.responses.js';

/** What a representative asking for another organization's record is told. */
const OWN_RECORD_ONLY = { ru: 'Представителю доступна только запись своей организации', en: 'A representative reads only its own organization' };

@ApiTags('members')
@Controller('members')
export class MemberQueriesController {
  constructor(private readonly members: MemberQueries) {}

  @Get()
  @Allow(...READERS, 'representative')
  @ReadsFrom('members')
  @ApiOperation({ summary: 'The register, by Russian name; representatives see only their own organization' })
  @ApiPage(MemberListItem)
  list(@Query() query: MembersQuery, @Actor() actor: RequestActor) {
    const { limit, cursor, ...filter } = query;
    return this.members.list({ ...filter, ...(!readsEverything(actor) && { onlyId: actor.organizationId }) }, { limit, cursor });
  }

  @Get('statistics')
  @Allow(...READERS)
  @ReadsFrom('members')
  @ApiOperation({ summary: 'How many organizations by country, category and status' })
  @ApiAnswer(MemberStatistics)
  statistics(@Query() _query: ReadQuery) {
    return this.members.statistics();
  }

  @Get(':id')
  @Allow(...READERS, 'representative')
  @ReadsFrom('members')
  @ApiOperation({ summary: 'The card of an organization: its details, representatives, statuses and every event of its record' })
  @ApiAnswer(MemberCard)
  get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: RequestActor, @Query() _query: ReadQuery) {
    if (!seesPrivateFields(actor, [id])) throw ownOrganizationOnly(OWN_RECORD_ONLY);
    return this.members.card(id);
  }
}
