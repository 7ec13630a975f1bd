import { RecordNotFound } from '#accord/eventsourcing';
import { legalDateOfDecision, type AssociationCalendar, type LocalizedText } from '#accord/kernel';
import type { MemberDirectory, MemberSummary } from '#accord/membership';
import { containsPattern, decodeKeyCursor, keysetAfter, toPage, type Page, type PageRequest } from '#accord/platform';
import { In, type DataSource } from 'typeorm';
import { deliverableStatus } from '../domain/working-group.state.js';
import { DeliverableRow, WorkingGroupMemberRow, WorkingGroupRow } from './working-groups.projection.js';

export interface WorkingGroupFilter {
  readonly status?: 'active' | 'dissolved';
  /** Words of the Russian or English name. */
  readonly q?: string;
}

interface DeliverableCounts {
  readonly members: number;
  readonly open: number;
  readonly overdue: number;
}

/** The domain's `deliverableStatus` of a deliverable row in its group. */
const statusOf = (deliverable: DeliverableRow, group: WorkingGroupRow, today: string) =>
  deliverableStatus({ delivered: deliverable.deliveredOn !== null, dueDate: deliverable.dueDate }, group.status, today);

/**
 * The overdue rule of `deliverableStatus` in SQL, over the deliverable `deliverable` of the group `wg`
 * on the date `:today`; working-group-queries.spec.ts holds the two to each other over a table of cases.
 */
const OVERDUE_SQL = "wg.status = 'active' AND deliverable.deliveredOn IS NULL AND deliverable.dueDate < CAST(:today AS date)";

function organization(id: string, register: ReadonlyMap<string, MemberSummary>) {
  const member = register.get(id);
  return { organizationId: id, name: member?.name ?? null, country: member?.country ?? null, status: member?.status ?? null };
}

/** The reads of working groups: the list with its counts, the overdue deliverables, and one group named from the register. */
export class WorkingGroupQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: MemberDirectory,
    private readonly calendar: AssociationCalendar,
  ) {}

  async list(filter: WorkingGroupFilter, page: PageRequest, today = this.calendar.today()) {
    const after = decodeKeyCursor(page.cursor, ['text', 'uuid']);
    const select = keysetAfter(this.dataSource.getRepository(WorkingGroupRow).createQueryBuilder('wg'), ['wg.nameRu', 'wg.id'], after, page.limit);
    if (filter.status) select.andWhere('wg.status = :status', { status: filter.status });
    if (filter.q) select.andWhere('wg.searchText LIKE :q', { q: containsPattern(filter.q) });
    const rows = await select.getMany();
    const counts = await this.countsOf(rows.slice(0, page.limit), today);
    return toPage(rows, page.limit, (row) => [row.nameRu, row.id], (row) => {
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

  /** Every overdue deliverable of the active groups on `today`, the longest overdue first. */
  async overdue(page: PageRequest, today = this.calendar.today()): Promise<Page<OverdueDeliverable>> {
    const after = decodeKeyCursor(page.cursor, ['date', 'uuid', 'text']);
    const select = this.dataSource
      .getRepository(DeliverableRow)
      .createQueryBuilder('deliverable')
      .innerJoin(WorkingGroupRow, 'wg', 'wg.id = deliverable.groupId')
      .select(['deliverable.groupId AS group_id', 'deliverable.deliverableId AS deliverable_id', 'deliverable.titleRu AS title_ru', 'deliverable.titleEn AS title_en'])
      .addSelect("to_char(deliverable.dueDate, 'YYYY-MM-DD')", 'due_date')
      .addSelect('wg.nameRu', 'group_name_ru')
      .addSelect('wg.nameEn', 'group_name_en')
      .addSelect('(CAST(:today AS date) - deliverable.dueDate)', 'days_overdue')
      .where(OVERDUE_SQL)
      .setParameter('today', today)
      .orderBy('deliverable.dueDate')
      .addOrderBy('deliverable.groupId')
      .addOrderBy('deliverable.deliverableId')
      .limit(page.limit + 1);
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
    return toPage(rows, page.limit, (row) => [row.due_date, row.group_id, row.deliverable_id], (row) => ({
      workingGroupId: row.group_id,
      workingGroupName: { ru: row.group_name_ru, en: row.group_name_en },
      deliverableId: row.deliverable_id,
      title: { ru: row.title_ru, en: row.title_en },
      dueDate: row.due_date,
      daysOverdue: Number(row.days_overdue),
    }));
  }

  /** One group: its members, chair and meetings' attendees named from the register, its deliverables with their status on `today`. */
  async group(id: string, today = this.calendar.today()) {
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
        status: statusOf(deliverable, group, today),
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

  /** Members, open (not yet due) and overdue deliverables of each group on the page. */
  private async countsOf(groups: readonly WorkingGroupRow[], today: string): Promise<Map<string, DeliverableCounts>> {
    if (groups.length === 0) return new Map();
    const ids = groups.map((group) => group.id);
    const [members, deliverables] = await Promise.all([
      this.dataSource.getRepository(WorkingGroupMemberRow).find({ select: { groupId: true }, where: { groupId: In(ids) } }),
      this.dataSource.getRepository(DeliverableRow).find({ where: { groupId: In(ids) } }),
    ]);
    return new Map(
      groups.map((group) => {
        const own = deliverables.filter((deliverable) => deliverable.groupId === group.id);
        const statuses = own.map((deliverable) => statusOf(deliverable, group, today));
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

export interface OverdueDeliverable {
  readonly workingGroupId: string;
  readonly workingGroupName: LocalizedText;
  readonly deliverableId: string;
  readonly title: LocalizedText;
  readonly dueDate: string;
  readonly daysOverdue: number;
}
