import { DomainRuleViolation } from '#accord/kernel';
import { requireDecisionDate, requireResolutionBasis, type DecidedAct, type ResolutionBasis } from './decision-basis.js';

const expulsion: DecidedAct = { kind: 'expel_member', memberId: 'org-kg' };
const adoptedExpulsion: ResolutionBasis = {
  resolutionId: 'resolution-7',
  status: 'closed',
  outcome: 'adopted',
  motion: { kind: 'expel_member', recordId: 'org-kg' },
  competenceRefusal: null,
};

function codeOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error.code;
    throw error;
  }
}

describe('the basis of an act', () => {
  describe('given a resolution', () => {
    it('accepts an adopted, competent resolution carrying the motion of the act for the record', () => {
      expect(codeOf(() => requireResolutionBasis(expulsion, adoptedExpulsion))).toBeNull();
    });

    it.each<[string, DecidedAct, Partial<ResolutionBasis>, string]>([
      ['a resolution that does not exist', expulsion, { status: 'none', outcome: null, motion: null }, 'RESOLUTION_BASIS_NOT_FOUND'],
      ['a draft', expulsion, { status: 'draft', outcome: null }, 'RESOLUTION_BASIS_NOT_ADOPTED'],
      ['a vote still open', expulsion, { status: 'voting', outcome: null }, 'RESOLUTION_BASIS_NOT_ADOPTED'],
      ['a rejected resolution', expulsion, { outcome: 'rejected' }, 'RESOLUTION_BASIS_NOT_ADOPTED'],
      ['a vote without quorum', expulsion, { outcome: 'failed_quorum' }, 'RESOLUTION_BASIS_NOT_ADOPTED'],
      [
        'a resolution of a body without the power to take it',
        expulsion,
        { competenceRefusal: { code: 'MOTION_NEEDS_GENERAL_ASSEMBLY', text: { ru: 'Только общее собрание', en: 'General assembly only' } } },
        'RESOLUTION_BASIS_NOT_COMPETENT',
      ],
      ['a resolution on another member', expulsion, { motion: { kind: 'expel_member', recordId: 'org-tj' } }, 'RESOLUTION_BASIS_OTHER_MOTION'],
      ['a resolution with another motion', expulsion, { motion: { kind: 'suspend_member', recordId: 'org-kg' } }, 'RESOLUTION_BASIS_OTHER_MOTION'],
      ['a resolution without a motion', expulsion, { motion: null }, 'RESOLUTION_BASIS_OTHER_MOTION'],
      ['a reinstatement by a resolution carrying a motion', { kind: 'reinstate_member', memberId: 'org-kg' }, {}, 'RESOLUTION_BASIS_OTHER_MOTION'],
    ])('refuses %s', (_, act, changes, code) => {
      expect(codeOf(() => requireResolutionBasis(act, { ...adoptedExpulsion, ...changes }))).toBe(code);
    });

    it('accepts a reinstatement by an adopted resolution without a motion', () => {
      expect(codeOf(() => requireResolutionBasis({ kind: 'reinstate_member', memberId: 'org-kg' }, { ...adoptedExpulsion, motion: null }))).toBeNull();
    });

    it('accepts the establishment of the group its motion names', () => {
      const basis = { ...adoptedExpulsion, motion: { kind: 'establish_working_group', recordId: 'wg-1' } };
      expect(codeOf(() => requireResolutionBasis({ kind: 'establish_working_group', workingGroupId: 'wg-1' }, basis))).toBeNull();
      expect(codeOf(() => requireResolutionBasis({ kind: 'establish_working_group', workingGroupId: 'wg-2' }, basis))).toBe('RESOLUTION_BASIS_OTHER_MOTION');
    });
  });

  describe('given a decision recorded in minutes', () => {
    it('accepts a date between the establishment and today, both included', () => {
      expect(codeOf(() => requireDecisionDate('2026-07-10', '2026-12-06', '2026-07-10'))).toBeNull();
      expect(codeOf(() => requireDecisionDate('2026-12-06', '2026-12-06', '2026-07-10'))).toBeNull();
    });

    it('refuses a date in the future', () => {
      expect(codeOf(() => requireDecisionDate('2026-12-07', '2026-12-06', '2026-07-10'))).toBe('DECISION_DATE_IN_FUTURE');
    });

    it('refuses a date before the Association was established', () => {
      expect(codeOf(() => requireDecisionDate('2026-07-09', '2026-12-06', '2026-07-10'))).toBe('DECISION_DATE_BEFORE_ESTABLISHMENT');
    });

    it('bounds the date by today only while no establishment is recorded', () => {
      expect(codeOf(() => requireDecisionDate('2020-01-01', '2026-12-06', null))).toBeNull();
    });
  });
});
