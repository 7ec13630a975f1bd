import { Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandProcessor } from '#accord/eventsourcing';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { MemberDirectory } from '#accord/membership';
import type { AccordFeature } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { bindResolutionConsequences, ResolutionConsequences, resolutionConsequencesProcess } from './application/resolution-consequences.js';
import { AutomaticClosing } from './application/automatic-closing.js';
import { LiveTallies } from './application/live-tallies.js';
import { ResolutionVoting } from './application/resolution-voting.js';
import { ResolutionBallotRow, ResolutionRow, resolutionsProjection } from './application/resolutions.projection.js';
import { PowerOfAttorneyRow, powersOfAttorneyProjection } from './application/powers-of-attorney.projection.js';
import { votingMigrations } from './application/voting.migrations.js';
import { seedVotingDemo } from './application/voting-demo.js';
import { PowersOfAttorneyController } from './http/powers-of-attorney.controller.js';
import { ResolutionsController } from './http/resolutions.controller.js';

/** Starts closing due votes with the application and stops before the database closes. */
@Injectable()
class VotingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly closing: AutomaticClosing) {}

  onApplicationBootstrap(): void {
    this.closing.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.closing.stop();
  }
}

/**
 * Resolutions and voting: needs the register of members (`MembershipModule`, global) for electorates
 * and names; an adopted motion is carried out on the member and working group records.
 */
@Module({
  controllers: [ResolutionsController, PowersOfAttorneyController],
  providers: [
    {
      provide: ResolutionVoting,
      inject: [CommandProcessor, EVENT_STORE, MemberDirectory],
      useFactory: (processor: CommandProcessor, store: EventStore, directory: MemberDirectory) => new ResolutionVoting(processor, store, directory),
    },
    {
      provide: AutomaticClosing,
      inject: [ResolutionVoting, DataSource, ProjectionRunner],
      useFactory: (voting: ResolutionVoting, dataSource: DataSource, runner: ProjectionRunner) => new AutomaticClosing(voting, dataSource, runner),
    },
    VotingLifecycle,
    { provide: LiveTallies, inject: [DataSource], useFactory: (dataSource: DataSource) => new LiveTallies(dataSource) },
    {
      provide: ResolutionConsequences,
      inject: [CommandProcessor, DataSource, MemberDirectory],
      useFactory: (processor: CommandProcessor, dataSource: DataSource, directory: MemberDirectory) =>
        bindResolutionConsequences(dataSource, new ResolutionConsequences(processor, directory)),
    },
  ],
})
export class VotingModule {}

export const votingFeature: AccordFeature = {
  name: 'voting',
  migrations: votingMigrations,
  projections: [resolutionsProjection, powersOfAttorneyProjection, resolutionConsequencesProcess],
  entities: [ResolutionRow, ResolutionBallotRow, PowerOfAttorneyRow],
  seedDemo: seedVotingDemo,
};
