import type { CommandOptions, CommandProcessor, CommandResult } from '#accord/eventsourcing';
import { calendarDateOf, DomainRuleViolation, unreachable } from '#accord/kernel';
import type { RecordedOf } from '#accord/ledger';
import { isMemberOrganization, memberAggregate, type MemberDirectory } from '#accord/membership';
import { consequenceId, injectedProcessManager } from '#accord/projections';
import { requireEligibleOrganizations, workingGroupAggregate } from '#accord/working-groups';
import type { Motion } from '../domain/motion.js';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import type { ResolutionEvent } from '../domain/resolution/resolution.events.js';
import type { CouncilRoster } from './council-roster.js';
import { resolutionIdOf } from './resolutions.projection.js';

const NAME = 'resolution_consequences';

type VotingClosed = RecordedOf<Extract<ResolutionEvent, { type: 'VotingClosed' }>>;

/** The legal date of a decision taken by a vote: the day the voting closed with its adoption. */
const adoptedOn = (closing: VotingClosed): string => calendarDateOf(new Date(closing.data.closedAt));

const NOT_CARRIED_OUT_HERE = {
  code: 'CONSEQUENCE_NOT_AUTOMATED',
  text: {
    ru: 'Это решение исполняется вручную: в системе нет записи, которую оно изменяет',
    en: 'This resolution is carried out by hand: no record kept here is changed by it',
  },
};

const CHANGED_NOTHING = {
  code: 'CONSEQUENCE_CHANGED_NOTHING',
  text: { ru: 'Исполнение решения ничего не изменило', en: 'Carrying out the resolution changed nothing' },
};

/** Motions whose records another context keeps; that context carries them out when it is loaded. */
export type DelegatedMotion = Extract<Motion, { kind: 'adopt_charter_draft' | 'authorize_appeal' }>;

/** Carries out a delegated motion, citing the resolution, with the options that keep a replay from repeating it. */
export type MotionExecutor<Kind extends DelegatedMotion['kind']> = (
  motion: Extract<DelegatedMotion, { kind: Kind }>,
  resolutionId: string,
  options: CommandOptions,
) => Promise<CommandResult>;

/**
 * Carries out the motion of an adopted resolution on the records it names, citing the resolution
 * as the decision; the events it causes point at the closing of the vote. The resolution then
 * records which events carried it out, or the rule that stopped it, so the outcome is never lost.
 */
export class ResolutionConsequences {
  private readonly executors: { -readonly [Kind in DelegatedMotion['kind']]?: MotionExecutor<Kind> } = {};

  constructor(
    private readonly processor: CommandProcessor,
    private readonly directory: MemberDirectory,
    private readonly council: CouncilRoster,
  ) {}

  /**
   * Lets the context that keeps a motion's record carry it out: the dependency points from that
   * context to voting, never back.
   */
  delegate<Kind extends DelegatedMotion['kind']>(kind: Kind, executor: MotionExecutor<Kind>): void {
    this.executors[kind] = executor as (typeof this.executors)[Kind];
  }

  async handle(closing: VotingClosed): Promise<void> {
    const event = closing;
    if (event.data.outcome !== 'adopted') return;
    const resolutionId = resolutionIdOf(closing);
    const { state } = await this.processor.load(resolutionAggregate, resolutionId);
    if (state.status === 'none' || state.motion === null) return;
    const record = { commandId: consequenceId(closing, 'record') };
    let result: CommandResult | null;
    try {
      result = await this.carryOut(state.motion, resolutionId, closing);
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      await this.processor.execute(resolutionAggregate, resolutionId, { type: 'RecordConsequenceFailure', data: { code: error.code, text: error.text } }, record);
      return;
    }
    if (result === null || result.events.length === 0) {
      const { code, text } = result === null ? NOT_CARRIED_OUT_HERE : CHANGED_NOTHING;
      await this.processor.execute(resolutionAggregate, resolutionId, { type: 'RecordConsequenceFailure', data: { code, text } }, record);
      return;
    }
    await this.processor.execute(resolutionAggregate, resolutionId, { type: 'RecordConsequence', data: { eventIds: result.events } }, record);
  }

  /** The command that makes the motion so, or null for a motion whose record is not kept here. */
  private async carryOut(motion: Motion, resolutionId: string, closing: VotingClosed): Promise<CommandResult | null> {
    const decision = { kind: 'resolution', resolutionId } as const;
    const options = { commandId: consequenceId(closing, 'carry-out') };
    switch (motion.kind) {
      case 'admit_member':
        return this.processor.execute(memberAggregate, motion.memberId, { type: 'AdmitMember', data: { membership: motion.membership, decision, admittedOn: adoptedOn(closing) } }, options);
      case 'suspend_member':
        return this.processor.execute(memberAggregate, motion.memberId, { type: 'SuspendMember', data: { reason: motion.reason, decision } }, options);
      case 'expel_member':
        return this.processor.execute(memberAggregate, motion.memberId, { type: 'ExpelMember', data: { decision } }, options);
      case 'establish_working_group': {
        const { workingGroupId, name, mandate, chairOrganizationId, memberOrganizationIds } = motion;
        const statuses = await this.directory.statusesOf(memberOrganizationIds, { before: closing.position });
        const eligible = new Set([...statuses].filter(([, status]) => isMemberOrganization(status)).map(([id]) => id));
        requireEligibleOrganizations(memberOrganizationIds, eligible);
        const data = { name, mandate, chairId: chairOrganizationId, memberIds: memberOrganizationIds, decision };
        return this.processor.execute(workingGroupAggregate, workingGroupId, { type: 'EstablishWorkingGroup', data }, options);
      }
      case 'dissolve_working_group':
        return this.processor.execute(workingGroupAggregate, motion.workingGroupId, { type: 'DissolveWorkingGroup', data: { decision } }, options);
      case 'adopt_charter_draft':
        return (await this.executors.adopt_charter_draft?.(motion, resolutionId, options)) ?? null;
      case 'authorize_appeal':
        return (await this.executors.authorize_appeal?.(motion, resolutionId, options)) ?? null;
      case 'elect_council': {
        // The council takes office on the day the general assembly's vote closed.
        const electedOn = (closing.data as { closedAt: string }).closedAt.slice(0, 10);
        return this.council.elect(motion.memberOrganizationIds, { kind: 'resolution', resolutionId }, electedOn, closing, options);
      }
      default:
        return unreachable(motion);
    }
  }
}

/** The process manager `resolution_consequences`: an adopted motion is carried out and the resolution records how. */
export const resolutionConsequencesProcess = injectedProcessManager(NAME, ['VotingClosed'], ResolutionConsequences);
