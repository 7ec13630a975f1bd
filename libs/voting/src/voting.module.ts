import { Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandProcessor } from '#accord/eventsourcing';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { DecisionBases, MemberDirectory } from '#accord/membership';
import type { AccordFeature } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { ResolutionConsequences, resolutionConsequencesProcess } from './application/resolution-consequences.js';
import { AutomaticClosing } from './application/automatic-closing.js';
import { CompetenceOfBodies } from './application/competence-of-bodies.js';
import { CouncilQueries } from './application/council-queries.js';
import { councilAtFoundingProcess, CouncilRoster } from './application/council-roster.js';
import { LiveTallies } from './application/live-tallies.js';
import { VotingResolutionRecords } from './application/resolution-records.js';
import { PowerOfAttorneyEnds, powerOfAttorneyEndsProcess } from './application/power-of-attorney-ends.js';
import { PowerOfAttorneyQueries } from './application/power-of-attorney-queries.js';
import { PowersOfAttorney } from './application/powers-of-attorney.js';
import { ResolutionQueries } from './application/resolution-queries.js';
import { ResolutionVoting } from './application/resolution-voting.js';
import { resolutionCommandHandlers } from './application/resolution.commands.js';
import { powerOfAttorneyCommandHandlers } from './application/power-of-attorney.commands.js';
import { ResolutionBallotHistoryRow, ResolutionBallotRow, ResolutionRow, ResolutionTallyRow, resolutionsProjection } from './application/resolutions.projection.js';
import { PowerOfAttorneyRow, powersOfAttorneyProjection } from './application/powers-of-attorney.projection.js';
import { seedVotingDemo } from './application/voting-demo.js';
import { votingMigrations } from './application/voting.migrations.js';
import { CouncilController } from './http/council.controller.js';
import { PowerOfAttorneyQueriesController } from './http/power-of-attorney-queries.controller.js';
import { PowersOfAttorneyController } from './http/powers-of-attorney.controller.js';
import { ResolutionQueriesController } from './http/resolution-queries.controller.js';
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
  // In the order the OpenAPI document has always listed their paths.
  controllers: [ResolutionQueriesController, ResolutionsController, PowersOfAttorneyController, PowerOfAttorneyQueriesController, CouncilController],
  providers: [
    { provide: CompetenceOfBodies, inject: [EVENT_STORE], useFactory: (store: EventStore) => new CompetenceOfBodies(store) },
    {
      // The register checks a resolution cited as a decision through this answer to its port.
      provide: VotingResolutionRecords,
      inject: [CommandProcessor, CompetenceOfBodies, DecisionBases],
      useFactory: (processor: CommandProcessor, competence: CompetenceOfBodies, bases: DecisionBases) => {
        const records = new VotingResolutionRecords(processor, competence);
        bases.answerResolutionsWith(records);
        return records;
      },
    },
    {
      provide: CouncilRoster,
      inject: [CommandProcessor, EVENT_STORE, MemberDirectory],
      useFactory: (processor: CommandProcessor, store: EventStore, directory: MemberDirectory) => new CouncilRoster(processor, store, directory),
    },
    {
      provide: ResolutionVoting,
      inject: [CommandProcessor, EVENT_STORE, MemberDirectory, CompetenceOfBodies, CouncilRoster],
      useFactory: (processor: CommandProcessor, store: EventStore, directory: MemberDirectory, competence: CompetenceOfBodies, council: CouncilRoster) =>
        new ResolutionVoting(processor, store, directory, competence, council),
    },
    {
      provide: CouncilQueries,
      inject: [CouncilRoster, MemberDirectory],
      useFactory: (roster: CouncilRoster, directory: MemberDirectory) => new CouncilQueries(roster, directory),
    },
    {
      provide: ResolutionQueries,
      inject: [DataSource, MemberDirectory, CompetenceOfBodies, CommandProcessor],
      useFactory: (dataSource: DataSource, directory: MemberDirectory, competence: CompetenceOfBodies, processor: CommandProcessor) =>
        new ResolutionQueries(dataSource, directory, competence, processor),
    },
    { provide: PowerOfAttorneyQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new PowerOfAttorneyQueries(dataSource) },
    {
      provide: AutomaticClosing,
      inject: [ResolutionVoting, DataSource, ProjectionRunner],
      useFactory: (voting: ResolutionVoting, dataSource: DataSource, runner: ProjectionRunner) => new AutomaticClosing(voting, dataSource, runner),
    },
    {
      provide: PowersOfAttorney,
      inject: [CommandProcessor, ResolutionVoting, MemberDirectory],
      useFactory: (processor: CommandProcessor, voting: ResolutionVoting, directory: MemberDirectory) => new PowersOfAttorney(processor, voting, directory),
    },
    {
      provide: PowerOfAttorneyEnds,
      inject: [CommandProcessor, EVENT_STORE, DataSource, ProjectionRunner],
      useFactory: (processor: CommandProcessor, store: EventStore, dataSource: DataSource, runner: ProjectionRunner) =>
        new PowerOfAttorneyEnds(processor, store, dataSource, runner),
    },
    VotingLifecycle,
    ...resolutionCommandHandlers,
    ...powerOfAttorneyCommandHandlers,
    {
      provide: LiveTallies,
      inject: [DataSource, ProjectionRunner],
      useFactory: (dataSource: DataSource, runner: ProjectionRunner) => new LiveTallies(dataSource, runner.advanced),
    },
    {
      provide: ResolutionConsequences,
      inject: [CommandProcessor, MemberDirectory, CouncilRoster],
      useFactory: (processor: CommandProcessor, directory: MemberDirectory, council: CouncilRoster) => new ResolutionConsequences(processor, directory, council),
    },
  ],
})
export class VotingModule {}

export const votingFeature: AccordFeature = {
  name: 'voting',
  migrations: votingMigrations,
  projections: [resolutionsProjection, powersOfAttorneyProjection, resolutionConsequencesProcess, councilAtFoundingProcess, powerOfAttorneyEndsProcess],
  entities: [ResolutionRow, ResolutionBallotRow, ResolutionBallotHistoryRow, ResolutionTallyRow, PowerOfAttorneyRow],
  seedDemo: seedVotingDemo,
};
