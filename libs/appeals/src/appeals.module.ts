import { Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandProcessor } from '#accord/eventsourcing';
import type { AccordFeature } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { AddresseeDirectory } from './application/addressee-directory.js';
import { AppealAuthorization } from './application/appeal-authorization.js';
import { AppealCorrespondence } from './application/appeal-correspondence.js';
import { seedAppealsDemo } from './application/appeals-demo.js';
import { appealsMigrations } from './application/appeals.migrations.js';
import { AddresseeRow, addresseesProjection } from './application/addressees.projection.js';
import { DeadlineReminders } from './application/deadline-reminders.js';
import { AddresseesController } from './http/addressees.controller.js';
import { AppealsController } from './http/appeals.controller.js';

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
  controllers: [AddresseesController, AppealsController],
  providers: [
    { provide: AddresseeDirectory, inject: [DataSource], useFactory: (dataSource: DataSource) => new AddresseeDirectory(dataSource) },
    { provide: AppealCorrespondence, inject: [CommandProcessor], useFactory: (processor: CommandProcessor) => new AppealCorrespondence(processor) },
    {
      provide: DeadlineReminders,
      inject: [CommandProcessor, DataSource, ProjectionRunner],
      useFactory: (processor: CommandProcessor, dataSource: DataSource, runner: ProjectionRunner) => new DeadlineReminders(processor, dataSource, runner),
    },
    AppealsLifecycle,
    AppealAuthorization,
  ],
  exports: [AddresseeDirectory, DeadlineReminders],
})
export class AppealsModule {}

export const appealsFeature: AccordFeature = {
  name: 'appeals',
  migrations: appealsMigrations,
  projections: [addresseesProjection],
  entities: [AddresseeRow],
  seedDemo: seedAppealsDemo,
};
