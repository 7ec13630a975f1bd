import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandProcessor, type CommandInput, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import type { CommandData, LocalizedText } from '#accord/kernel';
import { RecordCommand, RecordCommandHandler } from '#accord/platform';
import { resolutionAggregate, type ResolutionCommand } from '../domain/resolution/resolution.decide.js';
import { CompetenceOfBodies } from './competence-of-bodies.js';
import { ResolutionVoting, type BallotRequest } from './resolution-voting.js';

type ResolutionData<Type extends ResolutionCommand['type']> = CommandData<ResolutionCommand, Type>;

/** The draft as the secretariat writes it; the competence table in force is added when it is handled. */
export type ResolutionDraft = Omit<ResolutionData<'DraftResolution'>, 'resolutionId' | 'competence'>;

export class DraftResolution extends RecordCommand {
  constructor(
    resolutionId: string,
    readonly draft: ResolutionDraft,
    options: CommandOptions,
  ) {
    super(resolutionId, options);
  }
}

export class AmendResolution extends RecordCommand {
  constructor(
    resolutionId: string,
    readonly text: LocalizedText,
    options: CommandOptions,
  ) {
    super(resolutionId, options);
  }
}

export class WithdrawResolution extends RecordCommand {
  constructor(
    resolutionId: string,
    readonly reason: LocalizedText,
    options: CommandOptions,
  ) {
    super(resolutionId, options);
  }
}

/** The terms of the vote; the electorate is read from the register when it is handled. */
export type VotingTerms = Parameters<ResolutionVoting['open']>[1];

export class OpenVoting extends RecordCommand {
  constructor(
    resolutionId: string,
    readonly terms: VotingTerms,
    options: CommandOptions,
  ) {
    super(resolutionId, options);
  }
}

export class CloseVoting extends RecordCommand {}

export class CastBallot extends RecordCommand {
  constructor(
    resolutionId: string,
    /** The organization the signed-in representative acts for; null for any other account. */
    readonly actingFor: string | null,
    readonly ballot: BallotRequest,
    options: CommandOptions,
  ) {
    super(resolutionId, options);
  }
}

@CommandHandler(DraftResolution)
export class DraftResolutionHandler extends RecordCommandHandler<DraftResolution, ResolutionCommand> {
  protected readonly aggregate = resolutionAggregate;

  constructor(
    processor: CommandProcessor,
    private readonly competence: CompetenceOfBodies,
  ) {
    super(processor);
  }

  protected async decisionOf({ recordId, draft }: DraftResolution): Promise<CommandInput<ResolutionCommand>> {
    return { type: 'DraftResolution', data: { ...draft, resolutionId: recordId, competence: await this.competence.table() } };
  }
}

@CommandHandler(AmendResolution)
export class AmendResolutionHandler extends RecordCommandHandler<AmendResolution, ResolutionCommand> {
  protected readonly aggregate = resolutionAggregate;

  constructor(
    processor: CommandProcessor,
    private readonly competence: CompetenceOfBodies,
  ) {
    super(processor);
  }

  protected async decisionOf({ text }: AmendResolution): Promise<CommandInput<ResolutionCommand>> {
    return { type: 'AmendResolution', data: { text, competence: await this.competence.table() } };
  }
}

@CommandHandler(WithdrawResolution)
export class WithdrawResolutionHandler extends RecordCommandHandler<WithdrawResolution, ResolutionCommand> {
  protected readonly aggregate = resolutionAggregate;

  protected decisionOf({ reason }: WithdrawResolution): CommandInput<ResolutionCommand> {
    return { type: 'WithdrawResolution', data: { reason } };
  }
}

@CommandHandler(OpenVoting)
export class OpenVotingHandler implements ICommandHandler<OpenVoting> {
  constructor(private readonly voting: ResolutionVoting) {}

  execute({ recordId, terms, options }: OpenVoting): Promise<CommandResult> {
    return this.voting.open(recordId, terms, options);
  }
}

@CommandHandler(CloseVoting)
export class CloseVotingHandler implements ICommandHandler<CloseVoting> {
  constructor(private readonly voting: ResolutionVoting) {}

  execute({ recordId, options }: CloseVoting): Promise<CommandResult> {
    return this.voting.close(recordId, options);
  }
}

@CommandHandler(CastBallot)
export class CastBallotHandler implements ICommandHandler<CastBallot> {
  constructor(private readonly voting: ResolutionVoting) {}

  execute({ recordId, actingFor, ballot, options }: CastBallot): Promise<CommandResult> {
    return this.voting.castBallot(recordId, actingFor, ballot, options);
  }
}

/** The handlers of a resolution's commands, for the module that provides them. */
export const resolutionCommandHandlers = [
  DraftResolutionHandler,
  AmendResolutionHandler,
  WithdrawResolutionHandler,
  OpenVotingHandler,
  CloseVotingHandler,
  CastBallotHandler,
];
