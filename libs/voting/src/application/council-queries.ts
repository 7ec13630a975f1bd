import type { MemberDirectory } from '#accord/membership';
import type { CouncilRoster } from './council-roster.js';

/** The council in office as the ledger has it, its members named from the register. */
export class CouncilQueries {
  constructor(
    private readonly roster: CouncilRoster,
    private readonly directory: MemberDirectory,
  ) {}

  async current() {
    const { state, version } = await this.roster.current();
    if (state.status !== 'elected') return { status: state.status, members: [], decision: null, electedOn: null, term: 0, version };
    const names = await this.directory.summariesOf(state.memberOrganizationIds);
    return {
      status: state.status,
      members: state.memberOrganizationIds.map((organizationId) => ({ organizationId, name: names.get(organizationId)?.name ?? null })),
      decision: state.decision,
      electedOn: state.electedOn,
      term: state.term,
      version,
    };
  }
}
