import { isMemberOrganization, type MemberDirectory } from '#accord/membership';
import { requireEligibleOrganizations } from '../domain/working-group.decide.js';

/**
 * Only member organizations sit in working groups: admitted or suspended ones (a suspension takes
 * away the vote, not the membership). Statuses come from the ledger, so a member admitted a moment
 * ago already counts. @throws DomainRuleViolation ORGANIZATIONS_NOT_ELIGIBLE listing the others
 */
export async function requireMemberOrganizations(directory: MemberDirectory, organizationIds: readonly string[]): Promise<void> {
  const statuses = await directory.statusesOf(organizationIds);
  const eligible = new Set([...statuses].filter(([, status]) => isMemberOrganization(status)).map(([id]) => id));
  requireEligibleOrganizations([...new Set(organizationIds)], eligible);
}
