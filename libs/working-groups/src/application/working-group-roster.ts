import type { CommandOptions, CommandProcessor, CommandResult } from '#accord/eventsourcing';
import type { DecisionBases, MemberDirectory } from '#accord/membership';
import { workingGroupAggregate, type WorkingGroupCommand } from '../domain/working-group.decide.js';
import { requireMemberOrganizations } from './member-organizations.js';

export type Establishment = Extract<WorkingGroupCommand, { type: 'EstablishWorkingGroup' }>['data'];

/** The commands that seat organizations in a group, each checked against the register first. */
export class WorkingGroupRoster {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly directory: MemberDirectory,
    private readonly bases: DecisionBases,
  ) {}

  /** Establishes group `id` (derived from the request's commandId), by a decision checked against the ledger first. */
  async establish(id: string, establishment: Establishment, options: CommandOptions = {}): Promise<CommandResult> {
    // A repeated command finds its group recorded and gets the first answer, whatever the register says now.
    const { version } = await this.processor.load(workingGroupAggregate, id);
    const { decision } = establishment;
    if (version === 0 && decision.kind !== 'founding') await this.bases.verify(decision, { kind: 'establish_working_group', workingGroupId: id });
    if (version === 0) await requireMemberOrganizations(this.directory, [establishment.chairId, ...establishment.memberIds]);
    return this.processor.execute(workingGroupAggregate, id, { type: 'EstablishWorkingGroup', data: establishment }, options);
  }

  async addMember(id: string, organizationId: string, options: CommandOptions = {}): Promise<CommandResult> {
    const { state } = await this.processor.load(workingGroupAggregate, id);
    // The group's own rules (established, not dissolved, not yet a member) come first and are the decider's.
    if (state.status === 'active' && !state.memberIds.includes(organizationId)) await requireMemberOrganizations(this.directory, [organizationId]);
    return this.processor.execute(workingGroupAggregate, id, { type: 'AddGroupMember', data: { organizationId } }, options);
  }
}
