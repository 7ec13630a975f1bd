import { nameBasedUuid, RecordNotFound, type CommandOptions, type CommandProcessor, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { isMemberOrganization, type MemberDirectory } from '#accord/membership';
import { powerOfAttorneyAggregate } from '../domain/power-of-attorney/power-of-attorney.decide.js';
import type { PowerOfAttorney, PowerScope } from '../domain/power-of-attorney/power-of-attorney.events.js';
import { inForce } from '../domain/power-of-attorney/power-of-attorney.state.js';
import { principalPowersAggregate, type ListedPowerStanding } from '../domain/principal-powers/principal-powers.decide.js';
import { votingSessionOf } from '../domain/resolution/resolution.state.js';
import type { VotingBody } from '../domain/voting-terms.js';
import type { ResolutionVoting } from './resolution-voting.js';

/** A step of one request, with a commandId derived from the client's, so a repeated request repeats none of them. */
const step = (options: CommandOptions, purpose: string): CommandOptions =>
  options.commandId ? { commandId: nameBasedUuid(`${options.commandId}:${purpose}`) } : {};

function notEntitled(code: 'PROXY_NOT_ENTITLED' | 'PRINCIPAL_NOT_ENTITLED', organizationId: string, body: VotingBody): DomainRuleViolation {
  const text =
    code === 'PROXY_NOT_ENTITLED'
      ? { ru: 'Представитель по доверенности сам должен иметь право голоса в этом органе', en: 'The proxy must itself be entitled to vote in this body' }
      : { ru: 'Доверитель не имеет права голоса в этом органе, и передать его нельзя', en: 'The principal has no vote in this body to give' };
  return new DomainRuleViolation(code, text, { organizationId, body });
}

/**
 * Registers powers of attorney: both parties must be entitled to vote in the body the power covers,
 * and the principal may have only one power in force for any vote (its list, `principal-powers`,
 * guards that across the streams of its powers).
 */
export class PowersOfAttorney {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly voting: ResolutionVoting,
    private readonly directory: MemberDirectory,
  ) {}

  async grant(power: PowerOfAttorney, options: CommandOptions = {}): Promise<CommandResult> {
    const id = power.powerOfAttorneyId;
    const earlier = await this.processor.repeated(powerOfAttorneyAggregate, id, options);
    if (earlier) return earlier;
    const grant = { type: 'GrantPowerOfAttorney' as const, data: power };
    // The power's own rules first: a malformed grant is refused before anything else is read or listed.
    await this.processor.preview(powerOfAttorneyAggregate, id, grant, options);
    await this.requireMember(power.proxyOrganizationId);
    const body = await this.bodyCovered(power.scope);
    const electorate = await this.entitledVoters(power.scope, body);
    if (!electorate.has(power.proxyOrganizationId)) throw notEntitled('PROXY_NOT_ENTITLED', power.proxyOrganizationId, body);
    if (!electorate.has(power.principalOrganizationId)) throw notEntitled('PRINCIPAL_NOT_ENTITLED', power.principalOrganizationId, body);
    await this.list(power, body, options);
    return this.processor.execute(powerOfAttorneyAggregate, id, grant, options);
  }

  private async requireMember(proxyOrganizationId: string): Promise<void> {
    const status = (await this.directory.statusesOf([proxyOrganizationId])).get(proxyOrganizationId) ?? 'none';
    if (!isMemberOrganization(status)) {
      throw new DomainRuleViolation(
        'PROXY_NOT_A_MEMBER',
        { ru: 'Доверенность выдаётся только организации — члену Объединения', en: 'A power of attorney is given only to a member organization' },
        { proxyOrganizationId, status },
      );
    }
  }

  /** The body whose votes the power covers: its own, or the one voting on its resolution. */
  private async bodyCovered(scope: PowerScope): Promise<VotingBody> {
    if (scope.kind === 'body') return scope.body;
    const { state } = await this.voting.load(scope.resolutionId);
    if (state.status === 'none') throw new RecordNotFound('resolution', scope.resolutionId);
    return state.body;
  }

  /** Who may vote under the scope now: a resolution's frozen electorate once voting opened, else the body's. */
  private async entitledVoters(scope: PowerScope, body: VotingBody): Promise<ReadonlySet<string>> {
    if (scope.kind === 'resolution') {
      const session = votingSessionOf((await this.voting.load(scope.resolutionId)).state);
      if (session) return session.electorate;
    }
    return new Set(await this.voting.electorateOf(body));
  }

  /** Lists the power on its principal's list, judged against the powers in force as their streams stand now. */
  private async list(power: PowerOfAttorney, body: VotingBody, options: CommandOptions): Promise<void> {
    const principal = power.principalOrganizationId;
    const { state } = await this.processor.load(principalPowersAggregate, principal);
    const now = new Date();
    const standing = await Promise.all(
      state.listed.map(async ({ powerOfAttorneyId }) => {
        const { state: listed } = await this.processor.load(powerOfAttorneyAggregate, powerOfAttorneyId);
        const standing: ListedPowerStanding = listed.status === 'none' ? 'not_recorded' : inForce(listed, now) ? 'in_force' : 'not_in_force';
        return [powerOfAttorneyId, standing] as const;
      }),
    );
    const data = { powerOfAttorneyId: power.powerOfAttorneyId, scope: power.scope, body, standing: Object.fromEntries(standing) };
    await this.processor.execute(principalPowersAggregate, principal, { type: 'ListPowerOfAttorney', data }, step(options, 'list'));
  }
}
