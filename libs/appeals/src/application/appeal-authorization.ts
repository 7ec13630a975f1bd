import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandProcessor } from '#accord/eventsourcing';
import { ResolutionConsequences } from '#accord/voting';
import { appealAggregate } from '../domain/appeal/appeal.decide.js';

/**
 * Carries out a resolution that authorizes an appeal: the draft is approved, citing the resolution.
 * It registers with the voting context's consequences when voting runs in the same application.
 */
@Injectable()
export class AppealAuthorization implements OnModuleInit {
  constructor(
    private readonly modules: ModuleRef,
    private readonly processor: CommandProcessor,
  ) {}

  onModuleInit(): void {
    const consequences = this.votingConsequences();
    consequences?.delegate('authorize_appeal', (motion, resolutionId, options) =>
      this.processor.execute(appealAggregate, motion.appealId, { type: 'ApproveAppeal', data: { resolutionId } }, options),
    );
  }

  /** An application without the voting context (a reduced deployment, a test) has no resolutions to carry out. */
  private votingConsequences(): ResolutionConsequences | undefined {
    try {
      return this.modules.get(ResolutionConsequences, { strict: false });
    } catch {
      return undefined;
    }
  }
}
