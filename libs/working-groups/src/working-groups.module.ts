import { seedWorkingGroupsDemo } from './application/working-groups-demo.js';
import { Module } from '@nestjs/common';
import { CommandProcessor } from '#accord/eventsourcing';
import { AssociationCalendar } from '#accord/kernel';
import { DecisionBases, MemberDirectory } from '#accord/membership';
import type { AccordFeature } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { WorkingGroupDepartures, workingGroupDeparturesProcess } from './application/working-group-departures.js';
import { WorkingGroupQueries } from './application/working-group-queries.js';
import { WorkingGroupRoster } from './application/working-group-roster.js';
import { workingGroupCommandHandlers } from './application/working-group.commands.js';
import { DeliverableRow, WorkingGroupMemberRow, WorkingGroupRow, workingGroupsProjection } from './application/working-groups.projection.js';
import { workingGroupsMigrations } from './application/working-groups.migrations.js';
import { WorkingGroupQueriesController } from './http/working-group-queries.controller.js';
import { WorkingGroupsController } from './http/working-groups.controller.js';

/** Working groups: needs the register of members (`MembershipModule`, global) for eligibility and names. */
@Module({
  // The reads first, so the OpenAPI document lists the paths in the order it always has.
  controllers: [WorkingGroupQueriesController, WorkingGroupsController],
  providers: [
    {
      provide: WorkingGroupQueries,
      inject: [DataSource, MemberDirectory, AssociationCalendar],
      useFactory: (dataSource: DataSource, directory: MemberDirectory, calendar: AssociationCalendar) => new WorkingGroupQueries(dataSource, directory, calendar),
    },
    {
      provide: WorkingGroupRoster,
      inject: [CommandProcessor, MemberDirectory, DecisionBases],
      useFactory: (processor: CommandProcessor, directory: MemberDirectory, bases: DecisionBases) => new WorkingGroupRoster(processor, directory, bases),
    },
    {
      provide: WorkingGroupDepartures,
      inject: [CommandProcessor, DataSource, ProjectionRunner, MemberDirectory],
      useFactory: (processor: CommandProcessor, dataSource: DataSource, runner: ProjectionRunner, directory: MemberDirectory) =>
        new WorkingGroupDepartures(processor, dataSource, runner, directory),
    },
    ...workingGroupCommandHandlers,
  ],
})
export class WorkingGroupsModule {}

export const workingGroupsFeature: AccordFeature = {
  name: 'working-groups',
  migrations: workingGroupsMigrations,
  // The read model before the process that reads it: the runner moves them in this order.
  projections: [workingGroupsProjection, workingGroupDeparturesProcess],
  entities: [WorkingGroupRow, WorkingGroupMemberRow, DeliverableRow],
  seedDemo: seedWorkingGroupsDemo,
};
