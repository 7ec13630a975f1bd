import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, ApiAnswer, ApiPage, ownOrganizationOnly, READERS, ReadQuery, readsEverything, ReadsFrom, type RequestActor, seesPrivateFields } from '#accord/platform';
import { PowerOfAttorneyQueries } from '../application/power-of-attorney-queries.js';
import { PowersOfAttorneyQuery } from './powers-of-attorney.dto.js';
import { PowerOfAttorneyView } from './voting.responses.js';

/** What a representative asking for another organization's powers of attorney is told. */
const OWN_POWERS_ONLY = { ru: 'Представитель видит только доверенности своей организации', en: 'A representative sees only the powers of attorney of its own organization' };

@ApiTags('powers-of-attorney')
@Controller('powers-of-attorney')
export class PowerOfAttorneyQueriesController {
  constructor(private readonly powers: PowerOfAttorneyQueries) {}

  @Get()
  @Allow(...READERS, 'representative')
  @ReadsFrom('powers_of_attorney')
  @ApiOperation({ summary: 'Powers of attorney, oldest first; a representative sees those its organization gave or holds' })
  @ApiPage(PowerOfAttorneyView)
  list(@Query() query: PowersOfAttorneyQuery, @Actor() actor: RequestActor) {
    const filter = {
      organizationId: query.organizationId,
      ...(query.active && { active: query.active === 'true' }),
      ...(!readsEverything(actor) && { partyOnly: actor.organizationId ?? '' }),
    };
    return this.powers.list(filter, { limit: query.limit, cursor: query.cursor });
  }

  @Get(':id')
  @Allow(...READERS, 'representative')
  @ReadsFrom('powers_of_attorney')
  @ApiOperation({ summary: 'One power of attorney: its parties, document, validity, scope and any revocation' })
  @ApiAnswer(PowerOfAttorneyView)
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery, @Actor() actor: RequestActor) {
    const power = await this.powers.power(id);
    if (!seesPrivateFields(actor, [power.principalOrganizationId, power.proxyOrganizationId])) throw ownOrganizationOnly(OWN_POWERS_ONLY);
    return power;
  }
}
