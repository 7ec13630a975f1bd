import { Global, Module } from '@nestjs/common';
import { CommandProcessor } from '#accord/eventsourcing';
import { AssociationCalendar } from '#accord/kernel';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { ACCORD_CONFIG, DATABASE, type AccordConfig, type AccordFeature, type Database } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { DecisionBases } from './application/decision-bases.js';
import { IdentifierKeys } from './application/identifier-keys.js';
import { MemberDirectory } from './application/member-directory.js';
import { MemberQueries } from './application/member-queries.js';
import { seedMembershipDemo } from './application/membership-demo.js';
import { MemberRegistration } from './application/member-registration.js';
import { memberCommandHandlers } from './application/member.commands.js';
import { MemberRow, membersProjection } from './application/members.projection.js';
import { membershipMigrations } from './application/membership.migrations.js';
import { MemberQueriesController } from './http/member-queries.controller.js';
import { MembersController } from './http/members.controller.js';

/**
 * The register of member organizations. Global: other contexts ask it through `MemberDirectory` and
 * `MemberRegistration`, and answer `DecisionBases` about resolutions and the establishment.
 */
@Global()
@Module({
  // The reads first, so the OpenAPI document lists the paths in the order it always has.
  controllers: [MemberQueriesController, MembersController],
  providers: [
    { provide: IdentifierKeys, inject: [DATABASE], useFactory: (database: Database) => new IdentifierKeys(database.url) },
    {
      provide: MemberRegistration,
      inject: [CommandProcessor, IdentifierKeys],
      useFactory: (processor: CommandProcessor, keys: IdentifierKeys) => new MemberRegistration(processor, keys),
    },
    { provide: DecisionBases, inject: [AssociationCalendar], useFactory: (calendar: AssociationCalendar) => new DecisionBases(calendar) },
    {
      provide: MemberQueries,
      inject: [DataSource, EVENT_STORE],
      useFactory: (dataSource: DataSource, store: EventStore) => new MemberQueries(dataSource, store),
    },
    {
      provide: MemberDirectory,
      inject: [EVENT_STORE, DataSource, ProjectionRunner, ACCORD_CONFIG],
      useFactory: (store: EventStore, dataSource: DataSource, runner: ProjectionRunner, config: AccordConfig) =>
        new MemberDirectory(store, dataSource, { runner, timeoutMilliseconds: config.readWaitMilliseconds }),
    },
    ...memberCommandHandlers,
  ],
  exports: [MemberRegistration, MemberDirectory, DecisionBases],
})
export class MembershipModule {}

export const membershipFeature: AccordFeature = {
  name: 'membership',
  migrations: membershipMigrations,
  projections: [membersProjection],
  entities: [MemberRow],
  seedDemo: seedMembershipDemo,
};
