import type { CommandOptions, CommandProcessor, CommandResult } from '#accord/eventsourcing';
import { founderMemberId } from '#accord/founding';
import type { EventStore, RecordedEvent } from '#accord/ledger';
import { isMemberOrganization, type MemberDirectory } from '#accord/membership';
import { consequenceId, injectedProcessManager } from '#accord/projections';
import { councilAggregate, COUNCIL_ID, requireCouncilMembersEligible } from '../domain/council/council.decide.js';
import type { CouncilElection } from '../domain/council/council.events.js';
import type { CouncilState } from '../domain/council/council.state.js';
import { latestFoundingEvent } from './founding-record.js';

const NAME = 'council_at_founding';

/**
 * The council as a body: its roster is the stream `council-association`, written by the founding
 * assembly's election (when the Association is established) and by each `elect_council` resolution.
 */
export class CouncilRoster {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly store: EventStore,
    private readonly directory: MemberDirectory,
  ) {}

  /** The roster as the ledger holds it now. */
  async current(): Promise<{ state: CouncilState; version: number }> {
    return this.processor.load(councilAggregate, COUNCIL_ID);
  }

  /**
   * Elects a council of member organizations, as they stood just before `before` (the event that
   * decided it), so that a replay judges the same facts.
   */
  async elect(
    memberOrganizationIds: readonly string[],
    decision: CouncilElection,
    electedOn: string,
    before: RecordedEvent,
    options: CommandOptions,
  ): Promise<CommandResult> {
    const statuses = await this.directory.statusesOf(memberOrganizationIds, { before: before.position });
    requireCouncilMembersEligible(
      [...new Set(memberOrganizationIds)],
      new Set([...statuses].filter(([, status]) => isMemberOrganization(status)).map(([id]) => id)),
    );
    return this.processor.execute(councilAggregate, COUNCIL_ID, { type: 'ElectCouncil', data: { memberOrganizationIds, decision, electedOn } }, options);
  }

  /**
   * The council the founding assembly elected takes office when the Association is established: its
   * members are the founders whose representatives were elected (a founder's member id is its letter's).
   * The handler of the process manager `council_at_founding`.
   */
  async handle(established: RecordedEvent): Promise<void> {
    const assembly = (await latestFoundingEvent(this.store, 'FoundingAssemblyHeld'))?.data;
    if (!assembly) return;
    const organizations = [...new Set(assembly.council.flatMap((officer) => (officer.representing ? [founderMemberId(officer.representing)] : [])))];
    if (organizations.length === 0) return;
    const decision = { kind: 'founding', eventId: established.eventId } as const;
    await this.processor.execute(
      councilAggregate,
      COUNCIL_ID,
      { type: 'ElectCouncil', data: { memberOrganizationIds: organizations, decision, electedOn: assembly.date } },
      { commandId: consequenceId(established, 'council') },
    );
  }
}

/**
 * The process manager `council_at_founding`: when the Association is established, the council its
 * founding assembly elected becomes the council's first roster, caused by the establishment.
 */
export const councilAtFoundingProcess = injectedProcessManager(NAME, ['AssociationEstablished'], CouncilRoster);
