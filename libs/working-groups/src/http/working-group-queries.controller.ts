import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiAnswer, ApiPage, PageQuery, READERS, ReadQuery, ReadsFrom } from '#accord/platform';
import { WorkingGroupQueries } from '../application/working-group-queries.js';
import { WorkingGroupsQuery } from './working-groups.dto.js';
import { OverdueDeliverableView, WorkingGroupListItem, WorkingGroupView } from './working-groups.responses.js';

@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupQueriesController {
  constructor(private readonly groups: WorkingGroupQueries) {}

  @Get()
  @Allow(...READERS)
  @ReadsFrom('working_groups')
  @ApiOperation({ summary: 'Working groups by Russian name, with how many members and open and overdue deliverables' })
  @ApiPage(WorkingGroupListItem)
  list(@Query() query: WorkingGroupsQuery) {
    return this.groups.list({ status: query.status, q: query.q }, { limit: query.limit, cursor: query.cursor });
  }

  @Get('deliverables/overdue')
  @Allow(...READERS)
  @ReadsFrom('working_groups')
  @ApiOperation({ summary: 'Every overdue deliverable of the active groups, the longest overdue first (today in the Association’s time zone)' })
  @ApiPage(OverdueDeliverableView)
  overdue(@Query() query: PageQuery) {
    return this.groups.overdue({ limit: query.limit, cursor: query.cursor });
  }

  @Get(':id')
  @Allow(...READERS)
  @ReadsFrom('working_groups', 'members')
  @ApiOperation({ summary: 'One working group: its mandate, members and chair (named from the register), deliverables and meetings' })
  @ApiAnswer(WorkingGroupView)
  get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery) {
    return this.groups.group(id);
  }
}
