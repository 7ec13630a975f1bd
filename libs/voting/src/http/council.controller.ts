import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiAnswer, READERS } from '#accord/platform';
import { CouncilQueries } from '../application/council-queries.js';
import { CouncilView } from './voting.responses.js';

@ApiTags('council')
@Controller('council')
export class CouncilController {
  constructor(private readonly council: CouncilQueries) {}

  @Get()
  @Allow(...READERS, 'representative')
  @ApiOperation({
    summary: 'The council in office: its member organizations, the decision that elected it (the founding or a resolution), the date and the term',
    description: 'Read from the ledger (stream `council-association`). A council vote’s electorate is the roster’s organizations that may vote when it opens.',
  })
  @ApiAnswer(CouncilView)
  current() {
    return this.council.current();
  }
}
