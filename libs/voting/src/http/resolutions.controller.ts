import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Sse, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { newRecordId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, localizedText } from '#accord/kernel';
import { MemberDirectory } from '#accord/membership';
import {
  Actor,
  AggregateCommand,
  Allow,
  ApiAnswer,
  ApiPage,
  CommandBody,
  commandOptions,
  CommandResponse,
  decodeKeyCursor,
  keysetAfter,
  ownOrganizationOnly,
  PageQuery,
  READERS,
  ReadQuery,
  ReadsFrom,
  type RequestActor,
  RequestValidationError,
  seesPrivateFields,
  toPage,
  visibleTo,
} from '#accord/platform';
import { map, type Observable } from 'rxjs';
import { DataSource, In } from 'typeorm';
import { CompetenceOfBodies } from '../application/competence-of-bodies.js';
import { LiveTallies, type LiveTally } from '../application/live-tallies.js';
import { ResolutionVoting } from '../application/resolution-voting.js';
import { ResolutionBallotRow, ResolutionRow } from '../application/resolutions.projection.js';
import { CHARTER_QUESTIONS, type CompetenceEntry } from '../domain/competence.js';
import { minutesOf } from '../domain/minutes.js';
import { resolutionAggregate, type ResolutionCommand } from '../domain/resolution/resolution.decide.js';
import { OUTCOME_TITLES } from '../domain/tally.js';
import { RULE_TITLES } from '../domain/thresholds.js';
import { BODY_TITLES } from '../domain/voting-terms.js';
import { OpenVoteGuard } from './open-vote.guard.js';
import { AmendmentBody, BallotBody, DecisionsQuery, DraftBody, OpeningBody, ResolutionsQuery, toBody, toVenue, ResolutionWithdrawalBody } from './resolutions.dto.js';
import { CompetenceEntryView, DecisionView, LiveTallyView, MinutesView, ResolutionListItem, ResolutionView, VotingRecordEntryView } from './voting.responses.js';

/** Commands on a resolution that does not exist answer 404, not "the status is: no record". */
function unknownResolutionAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'RESOLUTION_NOT_FOUND') throw new RecordNotFound('resolution', id);
    throw error;
  };
}

/** A calendar date of the query as the first moment of that UTC day, or of the day after it (`dayAfter`). */
function startOfDay(field: string, date: string | undefined, dayAfter = false): Date | undefined {
  if (date === undefined) return undefined;
  const start = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== date) {
    throw new RequestValidationError([{ field, problems: [`${field} is not a date of the calendar`] }]);
  }
  if (dayAfter) start.setUTCDate(start.getUTCDate() + 1);
  return start;
}

/** What a representative asking for another organization's votes is told. */
const OWN_VOTES_ONLY = { ru: 'Представитель видит только голоса своей организации', en: 'A representative sees only the votes of its own organization' };

function decisionItem(row: ResolutionRow) {
  const closedAt = row.closedAt!.toISOString();
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyTitle: BODY_TITLES[row.bodyKind],
    motionKind: row.motionKind,
    motion: row.motion,
    rule: row.rule,
    closedAt,
    closedOn: closedAt.slice(0, 10),
    result: row.result && {
      outcome: row.result.outcome,
      outcomeTitle: OUTCOME_TITLES[row.result.outcome],
      electorateSize: row.result.electorateSize,
      participants: row.result.participants,
      for: row.result.for,
      against: row.result.against,
      abstain: row.result.abstain,
    },
    consequence: row.consequence,
    version: row.version,
  };
}

function competenceItem(row: CompetenceEntry) {
  return {
    subject: row.subject,
    charterQuestion: row.subject === 'own_work' ? null : CHARTER_QUESTIONS[row.subject],
    body: row.body,
    bodyTitle: BODY_TITLES[row.body],
    minimumRule: row.minimumRule,
    minimumRuleTitle: RULE_TITLES[row.minimumRule],
    source: row.source,
  };
}

function listItem(row: ResolutionRow) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyTitle: BODY_TITLES[row.bodyKind],
    status: row.status,
    rule: row.rule,
    textVersion: row.textVersion,
    closesAt: row.voting?.closesAt ?? null,
    outcome: row.result?.outcome ?? null,
    draftedAt: row.draftedAt.toISOString(),
    version: row.version,
  };
}

@ApiTags('resolutions')
@Controller('resolutions')
export class ResolutionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly voting: ResolutionVoting,
    private readonly tallies: LiveTallies,
    private readonly directory: MemberDirectory,
    private readonly dataSource: DataSource,
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

  @Get()
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({ summary: 'Resolutions, newest draft last; filters by status and body' })
  @ApiPage(ResolutionListItem)
  async list(@Query() query: ResolutionsQuery) {
    const after = decodeKeyCursor(query.cursor, ['timestamp', 'uuid']);
    const rows = this.dataSource.getRepository(ResolutionRow).createQueryBuilder('resolution');
    const select = keysetAfter(rows, ['resolution.draftedAt', 'resolution.id'], after, query.limit, 'timestamptz');
    if (query.status) select.andWhere('resolution.status = :status', { status: query.status });
    if (query.body) select.andWhere('resolution.bodyKind = :body', { body: query.body });
    if (query.workingGroupId) select.andWhere('resolution.workingGroupId = :group', { group: query.workingGroupId });
    return toPage(await select.getMany(), query.limit, (row) => [row.draftedAt.toISOString(), row.id], listItem);
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
  async decisions(@Query() query: DecisionsQuery) {
    const from = startOfDay('closedFrom', query.closedFrom);
    const until = startOfDay('closedTo', query.closedTo, true);
    if (from && until && from >= until) {
      throw new RequestValidationError([{ field: 'closedTo', problems: ['closedTo must not be before closedFrom'] }]);
    }
    const after = decodeKeyCursor(query.cursor, ['timestamp', 'uuid']);
    const adopted = this.dataSource.getRepository(ResolutionRow).createQueryBuilder('resolution').where("resolution.outcome = 'adopted'");
    const select = keysetAfter(adopted, ['resolution.closedAt', 'resolution.id'], after, query.limit, 'timestamptz');
    if (query.body) select.andWhere('resolution.bodyKind = :body', { body: query.body });
    if (query.workingGroupId) select.andWhere('resolution.workingGroupId = :group', { group: query.workingGroupId });
    if (from) select.andWhere('resolution.closedAt >= :from', { from });
    if (until) select.andWhere('resolution.closedAt < :until', { until });
    if (query.motion) select.andWhere('resolution.motionKind = :motion', { motion: query.motion });
    return toPage(await select.getMany(), query.limit, (row) => [row.closedAt!.toISOString(), row.id], decisionItem);
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
  async competenceOfBodies() {
    const table = await this.competence.table();
    return { items: table.map(competenceItem), nextCursor: null };
  }

  @Get('voting-record/:organizationId')
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({
    summary: 'How a member organization voted: every vote whose electorate included it, with its final choice or did_not_vote, any proxy and the outcome',
    description: 'Example: `GET /api/v1/resolutions/voting-record/5f0c2b7e-3a41-4c8e-9b1d-2e6a7c9d0f13?limit=50`. A representative sees only its own organization’s record.',
  })
  @ApiPage(VotingRecordEntryView)
  async votingRecord(@Param('organizationId', ParseUUIDPipe) organizationId: string, @Query() query: PageQuery, @Actor() actor: RequestActor) {
    if (!seesPrivateFields(actor, [organizationId])) throw ownOrganizationOnly(OWN_VOTES_ONLY);
    const after = decodeKeyCursor(query.cursor, ['timestamp', 'uuid']);
    const select = this.dataSource
      .getRepository(ResolutionRow)
      .createQueryBuilder('resolution')
      .where("resolution.voting -> 'electorate' @> jsonb_build_array(CAST(:organizationId AS text))", { organizationId })
      .orderBy('resolution.draftedAt')
      .addOrderBy('resolution.id')
      .limit(query.limit + 1);
    if (after) {
      select.andWhere('(resolution.draftedAt, resolution.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', {
        afterAt: after[0],
        afterId: after[1],
      });
    }
    const rows = await select.getMany();
    const ballots = rows.length
      ? await this.dataSource.getRepository(ResolutionBallotRow).findBy({ organizationId, resolutionId: In(rows.map((row) => row.id)) })
      : [];
    const ballotOf = new Map(ballots.map((ballot) => [ballot.resolutionId, ballot]));
    return toPage(rows, query.limit, (row) => [row.draftedAt.toISOString(), row.id], (row) => {
      // Once voting has closed, the ballot the tally counted is the record; until then, the one that counts now.
      const counted = row.result?.counted.find((ballot) => ballot.organizationId === organizationId);
      const current = ballotOf.get(row.id);
      const ballot = row.result ? counted && { choice: counted.choice, proxy: counted.proxy } : current && { choice: current.choice, proxy: current.proxy };
      return {
        resolutionId: row.id,
        title: row.title,
        body: row.body,
        bodyTitle: BODY_TITLES[row.bodyKind],
        status: row.status,
        closesAt: row.voting?.closesAt ?? null,
        closedAt: row.result?.closedAt ?? null,
        choice: ballot?.choice ?? 'did_not_vote',
        byProxy: Boolean(ballot?.proxy),
        proxy: ballot?.proxy ?? null,
        outcome: row.result?.outcome ?? null,
        outcomeTitle: row.result ? OUTCOME_TITLES[row.result.outcome] : null,
      };
    });
  }

  @Get(':id')
  @Allow(...READERS, 'representative')
  @ReadsFrom('resolutions')
  @ApiOperation({ summary: 'The full record: text versions, electorate, every ballot with who cast it, outcome and consequence' })
  @ApiAnswer(ResolutionView)
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery, @Actor() actor: RequestActor) {
    const row = await this.row(id);
    const ballots = await this.ballots(id);
    const names = await this.directory.summariesOf([...(row.voting?.electorate ?? []), ...ballots.map((ballot) => ballot.organizationId)]);
    const nameOf = (organizationId: string) => names.get(organizationId)?.name ?? null;
    return {
      ...listItem(row),
      text: row.text,
      versions: row.versions,
      quorum: row.quorum,
      motion: row.motion,
      voting: row.voting,
      electorate: (row.voting?.electorate ?? []).map((organizationId) => ({ organizationId, name: nameOf(organizationId) })),
      // A ballot belongs to its organization and to the proxy that cast it; others see who took part.
      ballots: ballots.map((ballot) =>
        visibleTo(actor, 'ballot', [ballot.organizationId, ballot.proxy?.proxyOrganizationId], {
          organizationId: ballot.organizationId,
          name: nameOf(ballot.organizationId),
          choice: ballot.choice,
          recordAgainst: ballot.recordAgainst,
          actorId: ballot.castBy,
          onBehalfOf: ballot.onBehalfOf,
          proxy: ballot.proxy,
          castAt: ballot.castAt.toISOString(),
          eventId: ballot.eventId,
          history: ballot.history,
        }),
      ),
      result: row.result && {
        ...row.result,
        counted: row.result.counted.map((counted) => visibleTo(actor, 'countedBallot', [counted.organizationId, counted.proxy?.proxyOrganizationId], counted)),
        outcomeTitle: OUTCOME_TITLES[row.result.outcome],
      },
      consequence: row.consequence,
      withdrawal: row.withdrawal,
      updatedAt: row.updatedAt.toISOString(),
    };
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
  async minutes(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery) {
    const { state } = await this.voting.load(id);
    if (state.status === 'none') throw new RecordNotFound('resolution', id);
    const minutes = minutesOf(state);
    const ids = minutes.participants.value.flatMap(({ organizationId, proxy }) => (proxy ? [organizationId, proxy.proxyOrganizationId] : [organizationId]));
    const names = await this.directory.summariesOf([...ids, ...minutes.recordedAgainst.value]);
    const nameOf = (organizationId: string) => names.get(organizationId)?.name ?? null;
    return {
      ...minutes,
      participants: {
        ...minutes.participants,
        value: minutes.participants.value.map((participant) => ({
          ...participant,
          name: nameOf(participant.organizationId),
          proxyName: participant.proxy ? nameOf(participant.proxy.proxyOrganizationId) : null,
        })),
      },
      recordedAgainst: {
        ...minutes.recordedAgainst,
        value: minutes.recordedAgainst.value.map((organizationId) => ({ organizationId, name: nameOf(organizationId) })),
      },
    };
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

  private async row(id: string): Promise<ResolutionRow> {
    const row = await this.dataSource.getRepository(ResolutionRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('resolution', id);
    return row;
  }

  private ballots(resolutionId: string): Promise<ResolutionBallotRow[]> {
    return this.dataSource.getRepository(ResolutionBallotRow).find({ where: { resolutionId }, order: { organizationId: 'ASC' } });
  }
}
