import { DomainRuleViolation, unreachable, type BilingualText } from '#accord/kernel';
import type { LocalizedText } from './voting-terms.js';

/**
 * What an adopted resolution makes so. The resolution holds only the data; the process that
 * carries a motion out cites the resolution as the decision on the records it changes.
 */
export type Motion =
  | { readonly kind: 'admit_member'; readonly memberId: string; readonly membership: 'full' | 'observer' }
  | { readonly kind: 'suspend_member'; readonly memberId: string; readonly reason: LocalizedText }
  | { readonly kind: 'expel_member'; readonly memberId: string }
  | {
      readonly kind: 'establish_working_group';
      readonly workingGroupId: string;
      readonly name: LocalizedText;
      readonly mandate: LocalizedText;
      readonly chairOrganizationId: string;
      readonly memberOrganizationIds: readonly string[];
    }
  | { readonly kind: 'dissolve_working_group'; readonly workingGroupId: string }
  | { readonly kind: 'adopt_charter_draft'; readonly draftNumber: number; readonly sha256: string }
  | { readonly kind: 'authorize_appeal'; readonly appealId: string }
  /** The council as a whole, elected (or re-elected) for the term the charter sets. */
  | { readonly kind: 'elect_council'; readonly memberOrganizationIds: readonly string[] };

export const MOTION_KINDS = [
  'admit_member',
  'suspend_member',
  'expel_member',
  'establish_working_group',
  'dissolve_working_group',
  'adopt_charter_draft',
  'authorize_appeal',
  'elect_council',
] as const satisfies readonly Motion['kind'][];

/** One field of a motion that is missing or malformed; `field` is its name in the motion. */
export interface MotionProblem {
  readonly field: string;
  readonly message: BilingualText;
}

// Motions arrive from outside as plain data, so a missing field is checked for, not assumed away.
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

const required = (field: string): MotionProblem => ({
  field,
  message: { ru: `Поле ${field} обязательно`, en: `${field} is required` },
});

function missing(fields: Readonly<Record<string, unknown>>): MotionProblem[] {
  return Object.entries(fields)
    .filter(([, value]) => blank(value))
    .map(([field]) => required(field));
}

function workingGroupProblems(motion: Extract<Motion, { kind: 'establish_working_group' }>): MotionProblem[] {
  const { workingGroupId, name, mandate, chairOrganizationId, memberOrganizationIds } = motion;
  const problems = missing({ workingGroupId, 'name.ru': name?.ru, 'mandate.ru': mandate?.ru, chairOrganizationId });
  if (!Array.isArray(memberOrganizationIds) || memberOrganizationIds.length === 0 || memberOrganizationIds.some(blank)) {
    return [...problems, required('memberOrganizationIds')];
  }
  if (!blank(chairOrganizationId) && !memberOrganizationIds.includes(chairOrganizationId)) {
    problems.push({
      field: 'chairOrganizationId',
      message: { ru: 'Председатель должен входить в рабочую группу', en: 'The chair must be a member of the working group' },
    });
  }
  return problems;
}

/** The problems of a motion's shape; none for a motion that can be carried out as it stands. */
export function motionProblems(motion: Motion): MotionProblem[] {
  if (!(MOTION_KINDS as readonly string[]).includes(motion.kind)) {
    return [{ field: 'kind', message: { ru: 'Неизвестный вид предложения', en: 'Unknown kind of motion' } }];
  }
  switch (motion.kind) {
    case 'admit_member':
      return [
        ...missing({ memberId: motion.memberId }),
        ...(motion.membership === 'full' || motion.membership === 'observer'
          ? []
          : [{ field: 'membership', message: { ru: 'Членство: full или observer', en: 'Membership is full or observer' } }]),
      ];
    case 'suspend_member':
      return missing({ memberId: motion.memberId, 'reason.ru': motion.reason?.ru });
    case 'expel_member':
      return missing({ memberId: motion.memberId });
    case 'establish_working_group':
      return workingGroupProblems(motion);
    case 'dissolve_working_group':
      return missing({ workingGroupId: motion.workingGroupId });
    case 'adopt_charter_draft':
      return [
        ...(Number.isSafeInteger(motion.draftNumber) && motion.draftNumber >= 1
          ? []
          : [{ field: 'draftNumber', message: { ru: 'Номер проекта — целое число от 1', en: 'A draft number is a whole number from 1' } }]),
        ...(typeof motion.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(motion.sha256)
          ? []
          : [{ field: 'sha256', message: { ru: 'Хеш SHA-256: 64 шестнадцатеричных знака', en: 'SHA-256: 64 hex digits' } }]),
      ];
    case 'authorize_appeal':
      return missing({ appealId: motion.appealId });
    case 'elect_council':
      return Array.isArray(motion.memberOrganizationIds) && motion.memberOrganizationIds.length > 0 && !motion.memberOrganizationIds.some(blank)
        ? []
        : [required('memberOrganizationIds')];
    default:
      return unreachable(motion);
  }
}

/** The motion as the ledger keeps it: hashes in lowercase, each member of a group once. */
function normalized(motion: Motion): Motion {
  switch (motion.kind) {
    case 'adopt_charter_draft':
      return { ...motion, sha256: motion.sha256.toLowerCase() };
    case 'establish_working_group':
    case 'elect_council':
      return { ...motion, memberOrganizationIds: [...new Set(motion.memberOrganizationIds)] };
    default:
      return motion;
  }
}

/**
 * The motion, checked and normalized, or a refusal. Whether its body may decide it, and by which
 * rule, is the competence table's question (`requireCompetence`).
 */
export function validMotion(motion: Motion): Motion {
  const problems = motionProblems(motion);
  if (problems.length > 0) {
    throw new DomainRuleViolation(
      'INVALID_MOTION',
      { ru: 'Предложение заполнено с ошибками', en: 'The motion has errors' },
      { problems },
    );
  }
  return normalized(motion);
}
