import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId, RecordNotFound, type CommandInput, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, legalDateOfDecision, localizedText, todayUtc } from '#accord/kernel';
import { DecisionBases, MemberDirectory, toDecision, type MemberSummary } from '#accord/membership';
import {
  AggregateCommand,
  Allow,
  ApiAnswer,
  ApiPage,
  CommandBody,
  commandOptions,
  CommandResponse,
  containsPattern,
  decodeKeyCursor,
  keysetAfter,
  PageQuery,
  READERS,
  ReadQuery,
  ReadsFrom,
  toPage,
} from '#accord/platform';
import { DataSource, In } from 'typeorm';
import { WorkingGroupRoster } from '../application/working-group-roster.js';
import { DeliverableRow, WorkingGroupMemberRow, WorkingGroupRow } from '../application/working-groups.projection.js';
import { workingGroupAggregate, type WorkingGroupCommand } from '../domain/working-group.decide.js';
import {
  DeliverableBody,
  DeliveryBody,
  DissolutionBody,
  EstablishmentBody,
  MeetingBody,
  OrganizationBody,
  WorkingGroupsQuery,
} from './working-groups.dto.js';
import { OverdueDeliverableView, WorkingGroupListItem, WorkingGroupView } from './working-groups.responses.js';

type DeliverableStatus = 'open' | 'delivered' | 'overdue';

/** The rule of `overdueDeliverables` in the domain: not delivered, due before today, and the group still active. */
function deliverableStatus(deliverable: DeliverableRow, group: WorkingGroupRow, today: string): DeliverableStatus {
  if (deliverable.deliveredOn !== null) return 'delivered';
  return group.status === 'active' && deliverable.dueDate < today ? 'overdue' : 'open';
}

/** Commands on a group that does not exist answer 404. */
function unknownGroupAs404(id: string) {
  return (error: unknown): never => {
    if (error instanceof DomainRuleViolation && error.code === 'WORKING_GROUP_NOT_ESTABLISHED') throw new RecordNotFound('working group', id);
    throw error;
  };
}

function organization(id: string, register: ReadonlyMap<string, MemberSummary>) {
  const member = register.get(id);
  return { organizationId: id, name: member?.name ?? null, country: member?.country ?? null, status: member?.status ?? null };
}

interface DeliverableCounts {
  readonly members: number;
  readonly open: number;
  readonly overdue: number;
}

@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly roster: WorkingGroupRoster,
    private readonly directory: MemberDirectory,
    private readonly dataSource: DataSource,
    private readonly bases: DecisionBases,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Establish a working group by a decision; its members must be member organizations (admitted or suspended)' })
  @ApiCreatedResponse({ type: CommandResponse })
  establish(@Body() body: EstablishmentBody): Promise<CommandResult> {
    return this.roster.establish(
      {
        name: localizedText(body.name),
        mandate: localizedText(body.mandate),
        chairId: body.chairOrganizationId,
        memberIds: body.memberOrganizationIds,
        decision: toDecision(body.decision),
      },
      commandOptions(body),
    );
  }

  @Get()
  @Allow(...READERS)
  @ReadsFrom('working_groups')
  @ApiOperation({ summary: 'Working groups by Russian name, with how many members and open and overdue deliverables' })
  @ApiPage(WorkingGroupListItem)
  async list(@Query() query: WorkingGroupsQuery) {
    const after = decodeKeyCursor(query.cursor, ['text', 'uuid']);
    const select = keysetAfter(this.dataSource.getRepository(WorkingGroupRow).createQueryBuilder('wg'), ['wg.nameRu', 'wg.id'], after, query.limit);
    if (query.status) select.andWhere('wg.status = :status', { status: query.status });
    if (query.q) select.andWhere('wg.searchText LIKE :q', { q: containsPattern(query.q) });
    const rows = await select.getMany();
    const counts = await this.countsOf(rows.slice(0, query.limit));
    return toPage(rows, query.limit, (row) => [row.nameRu, row.id], (row) => {
      const count = counts.get(row.id) ?? { members: 0, open: 0, overdue: 0 };
      return {
        id: row.id,
        name: { ru: row.nameRu, en: row.nameEn },
        status: row.status,
        chairOrganizationId: row.chairId,
        memberCount: count.members,
        openDeliverables: count.open,
        overdueDeliverables: count.overdue,
        establishedOn: legalDateOfDecision(row.establishedBy, row.establishedAt),
        establishedAt: row.establishedAt.toISOString(),
        version: row.version,
      };
    });
  }

  @Get('deliverables/overdue')
  @Allow(...READERS)
  @ReadsFrom('working_groups')
  @ApiOperation({ summary: 'Every overdue deliverable of the active groups, the longest overdue first (today in UTC)' })
  @ApiPage(OverdueDeliverableView)
  async overdue(@Query() query: PageQuery) {
    const after = decodeKeyCursor(query.cursor, ['date', 'uuid', 'text']);
    const today = todayUtc();
    const select = this.dataSource
      .getRepository(DeliverableRow)
      .createQueryBuilder('deliverable')
      .innerJoin(WorkingGroupRow, 'wg', 'wg.id = deliverable.groupId')
      .select(['deliverable.groupId AS group_id', 'deliverable.deliverableId AS deliverable_id', 'deliverable.titleRu AS title_ru', 'deliverable.titleEn AS title_en'])
      .addSelect("to_char(deliverable.dueDate, 'YYYY-MM-DD')", 'due_date')
      .addSelect('wg.nameRu', 'group_name_ru')
      .addSelect('wg.nameEn', 'group_name_en')
      .addSelect('(CAST(:today AS date) - deliverable.dueDate)', 'days_overdue')
      .where("wg.status = 'active'")
      .andWhere('deliverable.deliveredOn IS NULL')
      .andWhere('deliverable.dueDate < CAST(:today AS date)')
      .setParameter('today', today)
      .orderBy('deliverable.dueDate')
      .addOrderBy('deliverable.groupId')
      .addOrderBy('deliverable.deliverableId')
      .limit(query.limit + 1);
    if (after) {
      select.andWhere('(deliverable.dueDate, deliverable.groupId, deliverable.deliverableId) > (CAST(:afterDue AS date), CAST(:afterGroup AS uuid), :afterDeliverable)', {
        afterDue: after[0],
        afterGroup: after[1],
        afterDeliverable: after[2],
      });
    }
    const rows: {
      group_id: string;
      deliverable_id: string;
      title_ru: string;
      title_en: string | null;
      due_date: string;
      group_name_ru: string;
      group_name_en: string | null;
      days_overdue: number;
    }[] = await select.getRawMany();
    return toPage(rows, query.limit, (row) => [row.due_date, row.group_id, row.deliverable_id], (row) => ({
      workingGroupId: row.group_id,
      workingGroupName: { ru: row.group_name_ru, en: row.group_name_en },
      deliverableId: row.deliverable_id,
      title: { ru: row.title_ru, en: row.title_en },
      dueDate: row.due_date,
      daysOverdue: Number(row.days_overdue),
    }));
  }

  @Get(':id')
  @Allow(...READERS)
  @ReadsFrom('working_groups', 'members')
  @ApiOperation({ summary: 'One working group: its mandate, members and chair (named from the register), deliverables and meetings' })
  @ApiAnswer(WorkingGroupView)
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQuery) {
    const group = await this.dataSource.getRepository(WorkingGroupRow).findOneBy({ id });
    if (!group) throw new RecordNotFound('working group', id);
    const [seats, deliverables] = await Promise.all([
      this.dataSource
        .getRepository(WorkingGroupMemberRow)
        .find({ where: { groupId: id }, order: { joinedCommit: 'ASC', joinedSequence: 'ASC', organizationId: 'ASC' } }),
      this.dataSource.getRepository(DeliverableRow).find({ where: { groupId: id }, order: { dueDate: 'ASC', deliverableId: 'ASC' } }),
    ]);
    const named = new Set([...seats.map((seat) => seat.organizationId), ...group.meetings.flatMap((meeting) => meeting.attendeeIds)]);
    if (group.chairId) named.add(group.chairId);
    const register = await this.directory.summariesOf([...named]);
    const today = todayUtc();
    return {
      id: group.id,
      name: { ru: group.nameRu, en: group.nameEn },
      mandate: group.mandate,
      status: group.status,
      chair: group.chairId ? organization(group.chairId, register) : null,
      members: seats.map((seat) => ({ ...organization(seat.organizationId, register), joinedAt: seat.joinedAt.toISOString() })),
      deliverables: deliverables.map((deliverable) => ({
        id: deliverable.deliverableId,
        title: { ru: deliverable.titleRu, en: deliverable.titleEn },
        dueDate: deliverable.dueDate,
        status: deliverableStatus(deliverable, group, today),
        deliveredOn: deliverable.deliveredOn,
        documentSha256: deliverable.documentSha256,
      })),
      meetings: group.meetings.map((meeting) => ({
        id: meeting.meetingId,
        date: meeting.date,
        attendees: meeting.attendeeIds.map((attendee) => organization(attendee, register)),
        minutesSha256: meeting.minutesSha256,
      })),
      establishedBy: group.establishedBy,
      establishedOn: legalDateOfDecision(group.establishedBy, group.establishedAt),
      establishedAt: group.establishedAt.toISOString(),
      dissolution: group.dissolution,
      dissolvedOn: group.dissolution && group.dissolvedAt ? legalDateOfDecision(group.dissolution, group.dissolvedAt) : null,
      dissolvedAt: group.dissolvedAt?.toISOString() ?? null,
      version: group.version,
    };
  }

  @Post(':id/members')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a member organization to the group' })
  @ApiCreatedResponse({ type: CommandResponse })
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationBody): Promise<CommandResult> {
    return this.roster.addMember(id, body.organizationId, commandOptions(body)).catch(unknownGroupAs404(id));
  }

  @Post(':id/members/:organizationId/removal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Remove an organization from the group (the chair only after another is assigned)' })
  @ApiCreatedResponse({ type: CommandResponse })
  removeMember(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('organizationId', ParseUUIDPipe) organizationId: string,
    @Body() body: CommandBody,
  ): Promise<CommandResult> {
    return this.act(id, { type: 'RemoveGroupMember', data: { organizationId } }, body);
  }

  @Post(':id/chair')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Assign the chair to one of the group’s members' })
  @ApiCreatedResponse({ type: CommandResponse })
  reassignChair(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationBody): Promise<CommandResult> {
    return this.act(id, { type: 'ReassignChair', data: { chairId: body.organizationId } }, body);
  }

  @Post(':id/deliverables')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a deliverable with its due date' })
  @ApiCreatedResponse({ type: CommandResponse })
  addDeliverable(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeliverableBody): Promise<CommandResult> {
    const deliverableId = body.id ?? derivedId(body.commandId, 'deliverable');
    return this.act(id, { type: 'AddDeliverable', data: { deliverableId, title: localizedText(body.title), dueDate: body.dueDate } }, body);
  }

  @Post(':id/deliverables/:deliverableId/delivery')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that a deliverable was delivered, with the hash of the document' })
  @ApiCreatedResponse({ type: CommandResponse })
  deliver(@Param('id', ParseUUIDPipe) id: string, @Param('deliverableId') deliverableId: string, @Body() body: DeliveryBody): Promise<CommandResult> {
    return this.act(id, { type: 'MarkDeliverableDelivered', data: { deliverableId, documentSha256: body.documentSha256, deliveredOn: body.date } }, body);
  }

  @Post(':id/meetings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a meeting: its date, the attending member organizations and the hash of the minutes' })
  @ApiCreatedResponse({ type: CommandResponse })
  recordMeeting(@Param('id', ParseUUIDPipe) id: string, @Body() body: MeetingBody): Promise<CommandResult> {
    const meetingId = derivedId(body.commandId, 'meeting');
    const data = { meetingId, date: body.date, attendeeIds: body.attendeeOrganizationIds, minutesSha256: body.minutesSha256 };
    return this.act(id, { type: 'RecordMeeting', data }, body);
  }

  @Post(':id/dissolution')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Dissolve the group by a decision' })
  @ApiCreatedResponse({ type: CommandResponse })
  async dissolve(@Param('id', ParseUUIDPipe) id: string, @Body() body: DissolutionBody): Promise<CommandResult> {
    const decision = toDecision(body.decision);
    await this.bases.verify(decision, { kind: 'dissolve_working_group', workingGroupId: id });
    return this.act(id, { type: 'DissolveWorkingGroup', data: { decision } }, body);
  }

  private act(id: string, input: CommandInput<WorkingGroupCommand>, body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new AggregateCommand(workingGroupAggregate, id, input, commandOptions(body))).catch(unknownGroupAs404(id));
  }

  /** Members, open (not yet due) and overdue deliverables of each group on the page. */
  private async countsOf(groups: readonly WorkingGroupRow[]): Promise<Map<string, DeliverableCounts>> {
    if (groups.length === 0) return new Map();
    const ids = groups.map((group) => group.id);
    const today = todayUtc();
    const [members, deliverables] = await Promise.all([
      this.dataSource.getRepository(WorkingGroupMemberRow).find({ select: { groupId: true }, where: { groupId: In(ids) } }),
      this.dataSource.getRepository(DeliverableRow).find({ where: { groupId: In(ids) } }),
    ]);
    return new Map(
      groups.map((group) => {
        const own = deliverables.filter((deliverable) => deliverable.groupId === group.id);
        const statuses = own.map((deliverable) => deliverableStatus(deliverable, group, today));
        return [
          group.id,
          {
            members: members.filter((member) => member.groupId === group.id).length,
            open: statuses.filter((status) => status === 'open').length,
            overdue: statuses.filter((status) => status === 'overdue').length,
          },
        ];
      }),
    );
  }
}
