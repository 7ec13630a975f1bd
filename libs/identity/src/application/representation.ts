import type { CommandProcessor } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { isMemberOrganization, memberAggregate } from '#accord/membership';
import type { RepresentationBasis } from '../domain/account/account.events.js';

/**
 * A representative is bound only to a member organization of the register (admitted, or suspended:
 * a suspension takes away the vote, not the membership), as its record stands in the ledger now.
 * @throws DomainRuleViolation ORGANIZATION_NOT_A_MEMBER, with the status the record has (`none` when there is no record)
 */
export async function representationBasis(processor: CommandProcessor, organizationId: string): Promise<RepresentationBasis> {
  const { state, version } = await processor.load(memberAggregate, organizationId);
  if (!isMemberOrganization(state.status)) {
    throw new DomainRuleViolation(
      'ORGANIZATION_NOT_A_MEMBER',
      {
        ru: 'Представителя можно привязать только к организации — члену Объединения из реестра',
        en: 'A representative can be bound only to a member organization of the register',
      },
      { organizationId, status: state.status },
    );
  }
  return { memberStatus: state.status, memberVersion: version };
}

/** Whether the organization is still a member, from its record in the ledger (not a read model that may lag). */
export async function isStillMember(processor: CommandProcessor, organizationId: string): Promise<boolean> {
  const { state } = await processor.load(memberAggregate, organizationId);
  return isMemberOrganization(state.status);
}
