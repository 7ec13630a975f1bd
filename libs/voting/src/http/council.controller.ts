import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberDirectory } from '#accord/membership';
import { Allow, ApiAnswer, READERS } from '#accord/platform';
import { CouncilRoster } from '../application/council-roster.js';
import { CouncilView } from './voting.responses.js';

@ApiTags('council')
@Controller('council')
export class CouncilController {
  constructor(
    private readonly roster: CouncilRoster,
    private readonly directory: MemberDirectory,
  ) {}

  @Get()
  @Allow(...READERS, 'representative')
  @ApiOperation({
    summary: 'The council in office: its member organizations, the decision that elected it (the founding or a resolution), the date and the term',
    description: 'Read from the ledger (stream `council-association`). A council vote’s electorate is the roster’s organizations that may vote when it opens.',
  })
  @ApiAnswer(CouncilView)
  async current() {
    const { state, version } = await this.roster.current();
    if (state.status !== 'elected') return { status: state.status, members: [], decision: null, electedOn: null, term: 0, version };
    const names = await this.directory.summariesOf(state.memberOrganizationIds);
    return {
      status: state.status,
      members: state.memberOrganizationIds.map((organizationId) => ({ organizationId, name: names.get(organizationId)?.name ?? null })),
      decision: state.decision,
      electedOn: state.electedOn,
      term: state.term,
      version,
    };
  }
}
