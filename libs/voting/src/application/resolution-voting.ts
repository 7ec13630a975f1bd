import { RecordNotFound, type CommandOptions, type CommandProcessor, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, fold } from '#accord/kernel';
import { ConcurrencyError, type EventStore, readStreamOf } from '#accord/ledger';
import type { MemberDirectory } from '#accord/membership';
import { workingGroupAggregate, type WorkingGroupEvent } from '#accord/working-groups';
import { ballotAggregate, ballotStreamId, type BallotCommand } from '../domain/ballot/ballot.decide.js';
import type { BallotChoice, BallotRecord } from '../domain/ballot/ballot.events.js';
import { powerOfAttorneyAggregate } from '../domain/power-of-attorney/power-of-attorney.decide.js';
import { resolutionAggregate, type ResolutionCommand } from '../domain/resolution/resolution.decide.js';
import { votingSessionOf, type ResolutionState } from '../domain/resolution/resolution.state.js';
import type { VotingBody } from '../domain/voting-terms.js';
import type { CompetenceOfBodies } from './competence-of-bodies.js';
import type { CouncilRoster } from './council-roster.js';
import { ownOrganizationOnly } from '#accord/platform';

type OpenVotingData = Omit<Extract<ResolutionCommand, { type: 'OpenVoting' }>['data'], 'electorate' | 'competence'>;

export interface BallotRequest {
  readonly choice: BallotChoice;
  /** The organization whose ballot this is; the acting representative's own when left out. */
  readonly organizationId?: string;
  readonly powerOfAttorneyId?: string;
  readonly recordAgainst?: boolean;
}

/** Reads of the ledger run this many at a time, so a large electorate does not take every connection. */
const READ_CONCURRENCY = 50;

async function inChunks<Item, Result>(items: readonly Item[], work: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += READ_CONCURRENCY) {
    results.push(...(await Promise.all(items.slice(start, start + READ_CONCURRENCY).map(work))));
  }
  return results;
}

/** What a representative voting for another organization without a power of attorney is told. */
const OWN_BALLOT_ONLY = { ru: 'Представитель голосует за свою организацию или по доверенности', en: 'A representative votes for its own organization, or under a power of attorney' };

/**
 * The steps of a vote that need more than the resolution's own stream: the electorate from the
 * register when voting opens, every ballot stream when it closes, and the session and power of
 * attorney a ballot is judged against.
 */
export class ResolutionVoting {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly store: EventStore,
    private readonly directory: MemberDirectory,
    private readonly competence: CompetenceOfBodies,
    private readonly council: CouncilRoster,
  ) {}

  /** Opens voting with the electorate as it stands now: the body's full members that are not suspended. */
  async open(resolutionId: string, data: OpenVotingData, options: CommandOptions = {}): Promise<CommandResult> {
    const state = await this.existing(resolutionId);
    // Only a draft can open; the decider says so for any other status, with an electorate it will not use.
    const electorate = state.status === 'draft' ? await this.electorateOf(state.body) : [];
    const competence = await this.competence.table();
    return this.processor.execute(resolutionAggregate, resolutionId, { type: 'OpenVoting', data: { ...data, electorate, competence } }, options);
  }

  /** Closes voting and counts the ballots of the frozen electorate, each read from its own stream. */
  async close(resolutionId: string, options: CommandOptions = {}): Promise<CommandResult> {
    const state = await this.existing(resolutionId);
    const electorate = state.status === 'voting' ? state.voting.electorate : [];
    const streams = await inChunks(electorate, (organizationId) =>
      this.store.readStream(`${ballotAggregate.category}-${ballotStreamId(resolutionId, organizationId)}`),
    );
    const ballots = streams.flat().map((event) => ({ eventId: event.eventId, type: event.type, data: event.data }) as BallotRecord);
    return this.processor.execute(resolutionAggregate, resolutionId, { type: 'CloseVoting', data: { ballots } }, options);
  }

  /**
   * Casts (or changes) an organization's ballot in its own stream. The acting representative votes
   * for its own organization, or for another one only under a power of attorney the decider checks.
   * The voting session is the one this process keeps for the resolution, without a read, and the
   * ballot stands only while the resolution stands at that version (the append checks it, or for a
   * ballot changing nothing the read of its own stream); a ballot refused there, or a resolution
   * that moved, is decided again on the resolution as read.
   */
  async castBallot(resolutionId: string, actingFor: string | null, ballot: BallotRequest, options: CommandOptions = {}): Promise<CommandResult> {
    const organizationId = ballot.organizationId ?? actingFor;
    if (actingFor === null || organizationId === null) throw ownOrganizationOnly(OWN_BALLOT_ONLY);
    if (organizationId !== actingFor && ballot.powerOfAttorneyId === undefined) throw ownOrganizationOnly(OWN_BALLOT_ONLY);
    const kept = this.processor.kept(resolutionAggregate, resolutionId);
    if (kept) {
      const unchanged = { streamId: `${resolutionAggregate.category}-${resolutionId}`, version: kept.version };
      const answer = await this.cast(resolutionId, organizationId, kept.state, ballot, { ...options, unchanged }).catch((error: unknown) => {
        if (error instanceof DomainRuleViolation || (error instanceof ConcurrencyError && error.streamId === unchanged.streamId)) return undefined;
        throw error;
      });
      if (answer) return answer;
    }
    return this.cast(resolutionId, organizationId, await this.existing(resolutionId), ballot, options);
  }

  private async cast(resolutionId: string, organizationId: string, resolution: ResolutionState, ballot: BallotRequest, options: CommandOptions): Promise<CommandResult> {
    const powerOfAttorney = ballot.powerOfAttorneyId
      ? (await this.processor.load(powerOfAttorneyAggregate, ballot.powerOfAttorneyId)).state
      : null;
    const command: Extract<BallotCommand, { type: 'CastBallot' }>['data'] = {
      organizationId,
      choice: ballot.choice,
      recordAgainst: ballot.recordAgainst,
      session: votingSessionOf(resolution),
      powerOfAttorney,
    };
    return this.processor.execute(ballotAggregate, ballotStreamId(resolutionId, organizationId), { type: 'CastBallot', data: command }, options);
  }

  async load(resolutionId: string): Promise<{ state: ResolutionState; version: number }> {
    return this.processor.load(resolutionAggregate, resolutionId);
  }

  private async existing(resolutionId: string): Promise<ResolutionState> {
    const { state } = await this.load(resolutionId);
    if (state.status === 'none') throw new RecordNotFound('resolution', resolutionId);
    return state;
  }

  /** The organizations entitled to vote in the body at this moment. */
  async electorateOf(body: VotingBody): Promise<string[]> {
    const voting = await this.directory.votingMembers();
    switch (body.kind) {
      case 'general_assembly':
        return voting;
      case 'working_group': {
        const recorded = await readStreamOf<WorkingGroupEvent>(this.store, `${workingGroupAggregate.category}-${body.workingGroupId}`);
        const group = fold(workingGroupAggregate.decider, recorded);
        if (group.status !== 'active') {
          throw new DomainRuleViolation(
            'WORKING_GROUP_NOT_ACTIVE',
            { ru: 'Рабочая группа не создана или распущена', en: 'The working group is not established or is dissolved' },
            { workingGroupId: body.workingGroupId },
          );
        }
        const seated = new Set(group.memberIds);
        return voting.filter((id) => seated.has(id));
      }
      case 'council':
        return this.councilElectorate(voting);
      default:
        return body satisfies never;
    }
  }

  /** One vote per organization on the council's roster (as the ledger holds it) that may vote now. */
  private async councilElectorate(voting: readonly string[]): Promise<string[]> {
    const { state } = await this.council.current();
    if (state.status !== 'elected') {
      throw new DomainRuleViolation('COUNCIL_NOT_ELECTED', {
        ru: 'Совет ещё не избран, поэтому голосование совета открыть нельзя',
        en: 'No council has been elected yet, so a council vote cannot open',
      });
    }
    const seated = new Set(state.memberOrganizationIds);
    return voting.filter((id) => seated.has(id));
  }
}
