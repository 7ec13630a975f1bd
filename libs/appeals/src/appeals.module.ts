import { Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandProcessor } from '#accord/eventsourcing';
import { AssociationCalendar } from '#accord/kernel';
import { ACCORD_CONFIG, type AccordConfig, type AccordFeature } from '#accord/platform';
import { ProjectionRunner, ReadModelAnswers } from '#accord/projections';
import { DataSource } from 'typeorm';
import { AddresseeDirectory } from './application/addressee-directory.js';
import { AppealAuthorization } from './application/appeal-authorization.js';
import { AppealRecords } from './application/appeal-records.js';
import { AppealsDashboards } from './application/appeals-dashboard.js';
import { AppealRow, AppealTimelineRow, appealsProjection } from './application/appeals.projection.js';
import { CorrespondenceJournal } from './application/correspondence-journal.js';
import { AppealCorrespondence } from './application/appeal-correspondence.js';
import { appealCommandHandlers } from './application/appeal.commands.js';
import { addresseeCommandHandlers } from './application/addressee.commands.js';
import { seedAppealsDemo } from './application/appeals-demo.js';
import { appealsMigrations } from './application/appeals.migrations.js';
import { AddresseeRow, addresseesProjection } from './application/addressees.projection.js';
import { DeadlineReminders } from './application/deadline-reminders.js';
import { AddresseesController } from './http/addressees.controller.js';
import { AppealQueriesController, AppealsDashboardController } from './http/appeal-queries.controller.js';
import { AppealsController } from './http/appeals.controller.js';
import { AddresseeQueries } from './application/addressee-queries.js';
import { AddresseeQueriesController } from './http/addressee-queries.controller.js';

/** Starts the deadline reminders with the application and stops them before the database closes. */
@Injectable()
class AppealsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly reminders: DeadlineReminders) {}

  onApplicationBootstrap(): void {
    this.reminders.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.reminders.stop();
  }
}

/**
 * Appeals to state bodies and the register of their addressees. When the voting context runs too,
 * a resolution that authorizes an appeal approves it.
 */
@Module({
  // The addressees' reads before their commands, so the OpenAPI document lists the paths in the order it always has.
  controllers: [AddresseeQueriesController, AddresseesController, AppealsController, AppealQueriesController, AppealsDashboardController],
  providers: [
    {
      provide: AppealRecords,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new AppealRecords(dataSource, new ReadModelAnswers(dataSource, [appealsProjection.name, addresseesProjection.name])),
    },
    { provide: AddresseeQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new AddresseeQueries(dataSource) },
    {
      provide: AppealsDashboards,
      inject: [DataSource, ProjectionRunner],
      useFactory: (dataSource: DataSource, runner: ProjectionRunner) => new AppealsDashboards(dataSource, runner.advanced),
    },
    {
      provide: CorrespondenceJournal,
      inject: [DataSource, AppealRecords],
      useFactory: (dataSource: DataSource, records: AppealRecords) => new CorrespondenceJournal(dataSource, records),
    },
    { provide: AddresseeDirectory, inject: [DataSource], useFactory: (dataSource: DataSource) => new AddresseeDirectory(dataSource) },
    { provide: AppealCorrespondence, inject: [CommandProcessor], useFactory: (processor: CommandProcessor) => new AppealCorrespondence(processor) },
    {
      provide: DeadlineReminders,
      inject: [CommandProcessor, DataSource, ProjectionRunner, AssociationCalendar, ACCORD_CONFIG],
      useFactory: (processor: CommandProcessor, dataSource: DataSource, runner: ProjectionRunner, calendar: AssociationCalendar, config: AccordConfig) =>
        new DeadlineReminders(processor, dataSource, runner, calendar, { intervalSeconds: config.reminderIntervalSeconds }),
    },
    AppealsLifecycle,
    AppealAuthorization,
    ...addresseeCommandHandlers,
    ...appealCommandHandlers,
  ],
  exports: [AddresseeDirectory, DeadlineReminders],
})
export class AppealsModule {}

export const appealsFeature: AccordFeature = {
  name: 'appeals',
  migrations: appealsMigrations,
  projections: [addresseesProjection, appealsProjection],
  entities: [AddresseeRow, AppealRow, AppealTimelineRow],
  seedDemo: seedAppealsDemo,
};
