import { DomainRuleViolation } from '#accord/kernel';
import { competenceTable, DEFAULT_COMPETENCE, requireCompetence, type CompetenceTable } from './competence.js';
import type { Motion } from './motion.js';
import type { VotingRule } from './thresholds.js';
import type { VotingBody } from './voting-terms.js';

const assembly: VotingBody = { kind: 'general_assembly' };
const council: VotingBody = { kind: 'council' };
const group: VotingBody = { kind: 'working_group', workingGroupId: 'wg-1' };
const admission: Motion = { kind: 'admit_member', memberId: 'org-tj', membership: 'full' };
const expulsion: Motion = { kind: 'expel_member', memberId: 'org-tj' };
const charter: Motion = { kind: 'adopt_charter_draft', draftNumber: 2, sha256: 'a'.repeat(64) };
const appeal: Motion = { kind: 'authorize_appeal', appealId: 'appeal-1' };

function refusal(table: CompetenceTable, body: VotingBody, motion: Motion | null, rule: VotingRule): string | null {
  try {
    requireCompetence(table, body, motion, rule);
    return null;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error.code;
    throw error;
  }
}

describe('competence of bodies', () => {
  it.each<[string, VotingBody, Motion | null, VotingRule, string | null]>([
    ['the general assembly expels by a simple majority', assembly, expulsion, 'simple_majority', null],
    ['a working group may not expel', group, expulsion, 'unanimity', 'MOTION_NEEDS_GENERAL_ASSEMBLY'],
    ['the council may not expel', council, expulsion, 'simple_majority', 'MOTION_NEEDS_GENERAL_ASSEMBLY'],
    ['the council may not admit under the law alone', council, admission, 'simple_majority', 'MOTION_NEEDS_GENERAL_ASSEMBLY'],
    ['the charter is amended by two thirds', assembly, charter, 'qualified_two_thirds', null],
    ['the charter is not amended by a simple majority', assembly, charter, 'simple_majority', 'MOTION_NEEDS_QUALIFIED_MAJORITY'],
    ['the council authorizes an appeal', council, appeal, 'simple_majority', null],
    ['a working group may not authorize an appeal', group, appeal, 'simple_majority', 'MOTION_OUTSIDE_BODY_COMPETENCE'],
    ['a working group decides its own work', group, null, 'simple_majority', null],
  ])('under the law: %s', (_, body, motion, rule, code) => {
    expect(refusal(DEFAULT_COMPETENCE, body, motion, rule)).toBe(code);
  });

  it('cites the Civil Code for every motion of the general assembly’s exclusive competence', () => {
    const exclusive = DEFAULT_COMPETENCE.filter((row) => ['admit_member', 'suspend_member', 'expel_member', 'elect_council'].includes(row.subject));
    expect(exclusive.map((row) => row.body)).toEqual(['general_assembly', 'general_assembly', 'general_assembly', 'general_assembly']);
    expect(exclusive.every((row) => row.source.en.includes('art. 65.3 p. 2') && row.source.en.includes('art. 123.10'))).toBe(true);
  });

  it('raises a minimum rule the charter reserves for unanimity', () => {
    const table = competenceTable([{ body: 'general_assembly', question: 'charter_amendment', rule: 'unanimity' }]);
    expect(refusal(table, assembly, charter, 'qualified_two_thirds')).toBe('MOTION_NEEDS_UNANIMITY');
    expect(refusal(table, assembly, charter, 'unanimity')).toBeNull();
    expect(table.find((row) => row.subject === 'adopt_charter_draft')?.source.en).toContain('charter');
  });

  it('never lowers the law’s minimum rule', () => {
    const table = competenceTable([{ body: 'general_assembly', question: 'charter_amendment', rule: 'qualified_majority' }]);
    expect(table).toEqual(DEFAULT_COMPETENCE);
  });

  it('lets the charter give admission to the council', () => {
    const table = competenceTable([{ body: 'council', question: 'member_admission', rule: 'qualified_majority' }]);
    expect(refusal(table, council, admission, 'qualified_two_thirds')).toBeNull();
    expect(refusal(table, council, admission, 'simple_majority')).toBe('MOTION_NEEDS_QUALIFIED_MAJORITY');
  });

  it('ignores a charter provision that would give the council an exclusive question of the general assembly', () => {
    const table = competenceTable([{ body: 'council', question: 'member_expulsion', rule: 'unanimity' }]);
    expect(refusal(table, council, expulsion, 'unanimity')).toBe('MOTION_NEEDS_GENERAL_ASSEMBLY');
  });

  it('leaves the table as it is for a question that names no motion', () => {
    expect(competenceTable([{ body: 'general_assembly', question: 'reorganization_or_liquidation', rule: 'unanimity' }])).toEqual(DEFAULT_COMPETENCE);
  });
});
