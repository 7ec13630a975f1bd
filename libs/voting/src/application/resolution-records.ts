import type { CommandProcessor } from '#accord/eventsourcing';
import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import type { DecidedAct, DecidingBody, ResolutionBasis, ResolutionRecords } from '#accord/membership';
import { requireCompetence, requireSubjectCompetence, type CompetenceTable } from '../domain/competence.js';
import type { Motion } from '../domain/motion.js';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import type { CompetenceOfBodies } from './competence-of-bodies.js';

type Refusal = { code: string; text: BilingualText } | null;

function refusalOf(check: () => void): Refusal {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return { code: error.code, text: error.text };
    throw error;
  }
}

/** The record a motion names: the member or the working group it acts on. */
function recordIdOf(motion: Motion): string | null {
  if ('memberId' in motion) return motion.memberId;
  if ('workingGroupId' in motion) return motion.workingGroupId;
  return null;
}

/**
 * The voting context's answer to the register's port: a resolution cited as a decision, as its
 * stream stands, judged by the competence table under the charter in force.
 */
export class VotingResolutionRecords implements ResolutionRecords {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly competence: CompetenceOfBodies,
  ) {}

  async basisOf(resolutionId: string): Promise<ResolutionBasis> {
    const { state } = await this.processor.load(resolutionAggregate, resolutionId);
    if (state.status === 'none') return { resolutionId, status: 'none', outcome: null, motion: null, competenceRefusal: null };
    const table: CompetenceTable = await this.competence.table();
    return {
      resolutionId,
      status: state.status,
      outcome: state.status === 'closed' ? state.result.outcome : null,
      motion: state.motion && { kind: state.motion.kind, recordId: recordIdOf(state.motion) },
      competenceRefusal: refusalOf(() => requireCompetence(table, state.body, state.motion, state.rule)),
    };
  }

  /** Minutes do not say by which majority: only whether the body may decide the act at all. */
  async competenceRefusalOf(body: DecidingBody, act: DecidedAct['kind']): Promise<Refusal> {
    const table = await this.competence.table();
    // Reinstatement undoes a suspension: the body that may suspend may reinstate.
    const subject = act === 'reinstate_member' ? 'suspend_member' : act;
    return refusalOf(() => requireSubjectCompetence(table, body, subject, 'unanimity'));
  }
}
