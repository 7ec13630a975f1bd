import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiAnswer, ApiPage, READERS, ReadQuery, ReadsFrom } from '#accord/platform';
import { AddresseeQueries } from '../application/addressee-queries.js';
import { JURISDICTION_POLICIES } from '../domain/deadlines/policy-table.js';
import { AddresseesQuery } from './addressees.dto.js';
import { AddresseeListItem, AddresseeView, JurisdictionPolicyView } from './appeals.responses.js';

@ApiTags('addressees')
@Controller('addressees')
export class AddresseeQueriesController {
  constructor(private readonly addressees: AddresseeQueries) {}

  @Get()
  @Allow(...READERS)
  @ReadsFrom('addressees')
  @ApiOperation({ summary: 'The register of addressees, by Russian name' })
  @ApiPage(AddresseeListItem)
  list(@Query() query: AddresseesQuery) {
    const { limit, cursor, retired, ...filter } = query;
    return this.addressees.list({ ...filter, ...(retired && { retired: retired === 'true' }) }, { limit, cursor });
  }

  @Get('policies')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The jurisdiction policy table: each row’s periods with the article they rest on and how sure each figure is' })
  @ApiPage(JurisdictionPolicyView)
  policies() {
    return { items: JURISDICTION_POLICIES, nextCursor: null };
  }

  @Get(':id')
  @Allow(...READERS)
  @ReadsFrom('addressees')
  @ApiOperation({ summary: 'One addressee with the jurisdiction policy its answers are due under' })
  @ApiAnswer(AddresseeView)
  get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery) {
    return this.addressees.addressee(id);
  }
}
