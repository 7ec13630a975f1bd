import type { CommandProcessor } from '#accord/eventsourcing';
import { formatPosition, type RecordedEvent } from '#accord/ledger';
import { memberIdOf, type MemberDirectory, type MemberEvent, type MemberStatus } from '#accord/membership';
import { consequenceId, injectedProcessManager, type ProjectionRunner } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { workingGroupAggregate } from '../domain/working-group.decide.js';
import type { WorkingGroupEvent } from '../domain/working-group.events.js';
import { workingGroupIdOf, WorkingGroupMemberRow, workingGroupsProjection } from './working-groups.projection.js';

const NAME = 'working_group_departures';
const DEPARTURES: readonly MemberEvent['type'][] = ['MemberExpelled', 'MembershipWithdrawn'];
const ARRIVALS: readonly WorkingGroupEvent['type'][] = ['WorkingGroupEstablished', 'WorkingGroupMemberAdded'];
const DEPARTED: readonly MemberStatus[] = ['expelled', 'withdrawn'];

/** How long to wait for another process to move the working groups read model before retrying later. */
const READ_MODEL_WAIT_MILLISECONDS = 250;

export class ReadModelBehind extends Error {
  constructor(projection: string, position: string) {
    super(`${projection} has not applied ${position} yet; the event is handled again later`);
    this.name = 'ReadModelBehind';
  }
}

/**
 * An organization that leaves the register (expelled, or withdrawn by notice) leaves every working
 * group it sits in, by `RemoveDepartedMember` commands caused by its departure event.
 *
 * Which groups it sits in comes from the working groups read model, read only once that model has
 * applied the departure event: the runner applies projections in the order they are registered,
 * and `working_groups` comes before this process, so normally it is already there; when it is not
 * (it failed, or the departure arrived between the two reads), the batch fails and is retried after
 * a pause, never handled on an older view. Waiting longer here would not help in this process, as
 * the runner moves one projection at a time.
 *
 * The other way round, an organization may be seated after it left: the eligibility check before the
 * command reads the ledger, but a departure can still land between that check and the append. So
 * arrivals are checked too, against the member's record in the ledger as it stood before the arrival,
 * and an organization that had left is removed again, caused by its arrival.
 *
 * Each removal is caused by whichever came second, so that replaying gives the same events: a seat
 * taken before the departure is removed because of the departure, one taken after it because of the
 * arrival (the departure handler skips seats younger than itself).
 */
export class WorkingGroupDepartures {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    private readonly directory: MemberDirectory,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    if ((DEPARTURES as readonly string[]).includes(event.type)) await this.leaveEveryGroup(event);
    else await this.removeDepartedArrivals(event as RecordedEvent & WorkingGroupEvent);
  }

  private async leaveEveryGroup(departure: RecordedEvent): Promise<void> {
    const organizationId = memberIdOf(departure);
    const projection = workingGroupsProjection.name;
    if (!(await this.runner.waitFor(departure.position, READ_MODEL_WAIT_MILLISECONDS, [projection]))) {
      throw new ReadModelBehind(projection, formatPosition(departure.position));
    }
    // Only seats taken before the departure: one taken after it is the arrival's to undo (below).
    const seats = await this.dataSource
      .getRepository(WorkingGroupMemberRow)
      .createQueryBuilder('seat')
      .where('seat.organizationId = :organizationId', { organizationId })
      .andWhere('(seat.joinedCommit, seat.joinedSequence) < (CAST(:commit AS bigint), CAST(:sequence AS bigint))', {
        commit: departure.position.commit.toString(),
        sequence: departure.position.sequence.toString(),
      })
      .orderBy('seat.groupId')
      .getMany();
    for (const { groupId } of seats) {
      await this.processor.execute(
        workingGroupAggregate,
        groupId,
        { type: 'RemoveDepartedMember', data: { organizationId } },
        { commandId: consequenceId(departure, `leave:${groupId}`) },
      );
    }
  }

  private async removeDepartedArrivals(arrival: RecordedEvent & WorkingGroupEvent): Promise<void> {
    const arrived =
      arrival.type === 'WorkingGroupEstablished' ? arrival.data.memberIds : arrival.type === 'WorkingGroupMemberAdded' ? [arrival.data.organizationId] : [];
    // Only organizations that had left before they arrived: a later departure is that departure's to handle.
    const statuses = await this.directory.statusesOf(arrived, { before: arrival.position });
    const groupId = workingGroupIdOf(arrival);
    for (const [organizationId, status] of statuses) {
      if (!DEPARTED.includes(status)) continue;
      await this.processor.execute(
        workingGroupAggregate,
        groupId,
        { type: 'RemoveDepartedMember', data: { organizationId } },
        { commandId: consequenceId(arrival, `departed:${organizationId}`) },
      );
    }
  }
}

/** The process manager `working_group_departures`: departed organizations leave their working groups. */
export const workingGroupDeparturesProcess = injectedProcessManager(NAME, [...DEPARTURES, ...ARRIVALS], WorkingGroupDepartures);
