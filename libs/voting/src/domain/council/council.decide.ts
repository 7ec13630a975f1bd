import { DomainRuleViolation, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { requireIdentifier } from '../checks.js';
import type { CouncilElection, CouncilEvent } from './council.events.js';
import { evolveCouncil, initialCouncilState, type CouncilState } from './council.state.js';

/** The Association has one council: its roster is the stream `council-association`. */
export const COUNCIL_ID = 'association';

export type CouncilCommand = DomainCommand<
  'ElectCouncil',
  {
    memberOrganizationIds: readonly string[];
    decision: CouncilElection;
    /** The founding assembly's date or the day the general assembly's vote closed: derived, never typed in. */
    electedOn: string;
  }
>;

/**
 * Only member organizations of the Association sit on the council. The register lives in another
 * context, so the caller passes the ids it knows to be members (admitted or suspended).
 */
export function requireCouncilMembersEligible(organizationIds: readonly string[], memberIds: ReadonlySet<string>): void {
  const ineligible = organizationIds.filter((id) => !memberIds.has(id));
  if (ineligible.length > 0) {
    throw new DomainRuleViolation(
      'COUNCIL_MEMBERS_NOT_ELIGIBLE',
      { ru: 'В совет избираются только организации-члены Объединения', en: 'Only member organizations of the Association sit on the council' },
      { organizationIds: ineligible },
    );
  }
}

export function electCouncil(command: CouncilCommand, state: CouncilState): CouncilEvent[] {
  const { decision, electedOn } = command.data;
  const memberOrganizationIds = [...new Set(command.data.memberOrganizationIds)];
  if (memberOrganizationIds.length === 0) {
    throw new DomainRuleViolation('COUNCIL_MEMBERS_REQUIRED', {
      ru: 'Совет избирается хотя бы из одной организации-члена',
      en: 'A council has at least one member organization',
    });
  }
  memberOrganizationIds.forEach((id, index) => requireIdentifier(`memberOrganizationIds[${index}]`, id));
  // The founding assembly elects the first council only; later councils are elected by the general assembly.
  if (decision.kind === 'founding' && state.status === 'elected') {
    throw new DomainRuleViolation('COUNCIL_ALREADY_ELECTED', {
      ru: 'Первый состав совета уже избран; новый состав избирает общее собрание',
      en: 'The first council is already elected; a new council is elected by the general assembly',
    });
  }
  if (state.status === 'elected' && electedOn < state.electedOn) {
    throw new DomainRuleViolation(
      'COUNCIL_ELECTION_OUT_OF_ORDER',
      { ru: 'Совет не может быть избран раньше действующего состава', en: 'A council cannot be elected before the council in office' },
      { electedOn, inOfficeSince: state.electedOn },
    );
  }
  return [{ type: 'CouncilElected', data: { memberOrganizationIds, decision, electedOn } }];
}

export const councilDecider: Decider<CouncilCommand, CouncilEvent, CouncilState> = {
  initialState: initialCouncilState,
  decide: electCouncil,
  evolve: evolveCouncil,
};

export const councilAggregate: Aggregate<CouncilCommand, CouncilEvent, CouncilState> = {
  category: 'council',
  decider: councilDecider,
};
