import { DomainRuleViolation, type BilingualText } from '#accord/kernel';

/**
 * An act that needs a decision of a body, named by the motion kind that decides it, and the record
 * it changes. Reinstatement has no motion of its own: only a resolution without a motion can decide it.
 */
export type DecidedAct =
  | { readonly kind: 'admit_member' | 'suspend_member' | 'reinstate_member' | 'expel_member'; readonly memberId: string }
  | { readonly kind: 'establish_working_group' | 'dissolve_working_group'; readonly workingGroupId: string };

export type MemberActKind = Extract<DecidedAct, { readonly memberId: string }>['kind'];

/** A resolution cited as a decision, as its stream in the ledger stands (answered by the voting context). */
export interface ResolutionBasis {
  readonly resolutionId: string;
  readonly status: 'none' | 'draft' | 'voting' | 'closed' | 'withdrawn';
  readonly outcome: 'adopted' | 'rejected' | 'failed_quorum' | null;
  /** The kind of its motion and the record the motion names, or null for a resolution without one. */
  readonly motion: { readonly kind: string; readonly recordId: string | null } | null;
  /** The rule of competence the resolution breaks under the charter in force, or null. */
  readonly competenceRefusal: { readonly code: string; readonly text: BilingualText } | null;
}

const recordIdOf = (act: DecidedAct): string => ('memberId' in act ? act.memberId : act.workingGroupId);

/**
 * A resolution is a basis for an act only when it exists, was adopted, was within its body's
 * competence, and carries the motion of that act for that record (the process that carries out an
 * adopted motion acts on exactly that). Reinstatement is decided by an adopted resolution without a motion.
 * @throws DomainRuleViolation RESOLUTION_BASIS_NOT_FOUND, RESOLUTION_BASIS_NOT_ADOPTED,
 *   RESOLUTION_BASIS_NOT_COMPETENT or RESOLUTION_BASIS_OTHER_MOTION
 */
export function requireResolutionBasis(act: DecidedAct, basis: ResolutionBasis): void {
  const { resolutionId } = basis;
  if (basis.status === 'none') {
    throw new DomainRuleViolation(
      'RESOLUTION_BASIS_NOT_FOUND',
      { ru: `Решение ${resolutionId}, на которое дана ссылка, не существует`, en: `The resolution ${resolutionId} cited as the decision does not exist` },
      { resolutionId },
    );
  }
  if (basis.status !== 'closed' || basis.outcome !== 'adopted') {
    throw new DomainRuleViolation(
      'RESOLUTION_BASIS_NOT_ADOPTED',
      { ru: `Решение ${resolutionId} не принято`, en: `The resolution ${resolutionId} was not adopted` },
      { resolutionId, status: basis.status, outcome: basis.outcome },
    );
  }
  if (basis.competenceRefusal) {
    throw new DomainRuleViolation(
      'RESOLUTION_BASIS_NOT_COMPETENT',
      {
        ru: `Решение ${resolutionId} принято органом вне его компетенции: ${basis.competenceRefusal.text.ru}`,
        en: `The resolution ${resolutionId} was taken outside its body's competence: ${basis.competenceRefusal.text.en}`,
      },
      { resolutionId, rule: basis.competenceRefusal.code },
    );
  }
  const expected = act.kind === 'reinstate_member' ? null : { kind: act.kind, recordId: recordIdOf(act) };
  const carries = expected === null ? basis.motion === null : basis.motion?.kind === expected.kind && basis.motion.recordId === expected.recordId;
  if (!carries) {
    throw new DomainRuleViolation(
      'RESOLUTION_BASIS_OTHER_MOTION',
      {
        ru: `Решение ${resolutionId} не содержит предложения об этом действии в отношении этой записи`,
        en: `The resolution ${resolutionId} does not carry the motion of this act on this record`,
      },
      { resolutionId, expected: expected ?? { kind: null }, motion: basis.motion },
    );
  }
}

/**
 * A decision recorded in minutes is dated on a day that has come, and not before the Association
 * existed: its bodies decide nothing before its establishment (Civil Code art. 51 p. 8).
 * @throws DomainRuleViolation DECISION_DATE_IN_FUTURE or DECISION_DATE_BEFORE_ESTABLISHMENT
 */
export function requireDecisionDate(date: string, today: string, establishedOn: string | null): void {
  if (date > today) {
    throw new DomainRuleViolation(
      'DECISION_DATE_IN_FUTURE',
      { ru: `Дата решения ${date} ещё не наступила`, en: `The decision's date ${date} has not come yet` },
      { date, today },
    );
  }
  if (establishedOn !== null && date < establishedOn) {
    throw new DomainRuleViolation(
      'DECISION_DATE_BEFORE_ESTABLISHMENT',
      {
        ru: `Дата решения ${date} раньше создания Объединения (${establishedOn})`,
        en: `The decision's date ${date} is before the Association was established (${establishedOn})`,
      },
      { date, establishedOn },
    );
  }
}
