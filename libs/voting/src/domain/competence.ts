import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import type { Motion } from './motion.js';
import { RULE_TITLES, type VotingRule } from './thresholds.js';
import { BODY_TITLES, type VotingBody } from './voting-terms.js';

/** What a resolution decides: the kind of its motion, or `own_work` for a resolution without one. */
export type CompetenceSubject = Motion['kind'] | 'own_work';

export type BodyKind = VotingBody['kind'];

/** One row of the competence table: `body` may decide `subject`, by `minimumRule` or a stronger rule. */
export interface CompetenceEntry {
  readonly subject: CompetenceSubject;
  readonly body: BodyKind;
  readonly minimumRule: VotingRule;
  /** Where the row comes from: an article of the law or the charter. */
  readonly source: BilingualText;
}

export type CompetenceTable = readonly CompetenceEntry[];

/**
 * A question the charter reserves for unanimity or a qualified majority, as the founding assembly
 * recorded it (Civil Code art. 123.9 p. 2): the founding's `CharterVotingRule`.
 */
export interface CharterProvision {
  readonly body: 'general_assembly' | 'council';
  readonly question: string;
  readonly rule: 'unanimity' | 'qualified_majority';
}

const EXCLUSIVE: BilingualText = {
  ru: 'ГК РФ, ст. 65.3 п. 2 и ст. 123.10 п. 2: исключительная компетенция общего собрания членов ассоциации',
  en: 'Civil Code of the RF, art. 65.3 p. 2 and art. 123.10 p. 2: exclusive competence of the general assembly of an association',
};
const CHARTER_AMENDMENT: BilingualText = {
  ru: 'ГК РФ, ст. 65.3 п. 2 и ст. 123.10 п. 2; Федеральный закон № 7-ФЗ, ст. 29 п. 4: устав изменяется квалифицированным большинством',
  en: 'Civil Code of the RF, art. 65.3 p. 2 and art. 123.10 p. 2; Federal Law 7-FZ, art. 29 p. 4: the charter is amended by a qualified majority',
};
const CHARTER: BilingualText = {
  ru: 'Устав Объединения (по умолчанию: общее собрание или совет)',
  en: 'The Association’s charter (by default: the general assembly or the council)',
};
const OWN_WORK: BilingualText = {
  ru: 'Устав Объединения: каждый орган решает вопросы своей работы',
  en: 'The Association’s charter: each body decides on its own work',
};
const CHARTER_PROVISION: BilingualText = {
  ru: 'Устав Объединения, правила голосования, принятые учредительным собранием',
  en: 'The Association’s charter, the voting rules adopted by the founding assembly',
};

const entry = (subject: CompetenceSubject, body: BodyKind, minimumRule: VotingRule, source: BilingualText): CompetenceEntry => ({
  subject,
  body,
  minimumRule,
  source,
});

/** The law's defaults, before the charter refines them (docs: domain "Competence of bodies"). */
export const DEFAULT_COMPETENCE: CompetenceTable = [
  entry('adopt_charter_draft', 'general_assembly', 'qualified_two_thirds', CHARTER_AMENDMENT),
  entry('admit_member', 'general_assembly', 'simple_majority', EXCLUSIVE),
  entry('suspend_member', 'general_assembly', 'simple_majority', EXCLUSIVE),
  entry('expel_member', 'general_assembly', 'simple_majority', EXCLUSIVE),
  entry('elect_council', 'general_assembly', 'simple_majority', EXCLUSIVE),
  entry('establish_working_group', 'general_assembly', 'simple_majority', CHARTER),
  entry('establish_working_group', 'council', 'simple_majority', CHARTER),
  entry('dissolve_working_group', 'general_assembly', 'simple_majority', CHARTER),
  entry('dissolve_working_group', 'council', 'simple_majority', CHARTER),
  entry('authorize_appeal', 'general_assembly', 'simple_majority', CHARTER),
  entry('authorize_appeal', 'council', 'simple_majority', CHARTER),
  entry('own_work', 'general_assembly', 'simple_majority', OWN_WORK),
  entry('own_work', 'council', 'simple_majority', OWN_WORK),
  entry('own_work', 'working_group', 'simple_majority', OWN_WORK),
];

/** The key under which the charter's voting rules name each subject (`CharterVotingRule.question`). */
export const CHARTER_QUESTIONS: Readonly<Record<Motion['kind'], string>> = {
  adopt_charter_draft: 'charter_amendment',
  admit_member: 'member_admission',
  suspend_member: 'member_suspension',
  expel_member: 'member_expulsion',
  elect_council: 'council_election',
  establish_working_group: 'working_group_establishment',
  dissolve_working_group: 'working_group_dissolution',
  authorize_appeal: 'appeal_authorization',
};

/**
 * What the charter may give to a body the law does not name: admission to the council
 * (Civil Code art. 123.10 p. 2 reserves only the admission procedure to the general assembly).
 */
const CHARTER_MAY_GRANT: readonly { readonly subject: CompetenceSubject; readonly body: BodyKind }[] = [
  { subject: 'admit_member', body: 'council' },
];

const RULE_STRENGTH: Readonly<Record<VotingRule, number>> = { simple_majority: 0, qualified_two_thirds: 1, unanimity: 2 };

const stronger = (left: VotingRule, right: VotingRule): VotingRule => (RULE_STRENGTH[right] > RULE_STRENGTH[left] ? right : left);

const subjectOfQuestion = (question: string): Motion['kind'] | undefined =>
  (Object.keys(CHARTER_QUESTIONS) as Motion['kind'][]).find((kind) => CHARTER_QUESTIONS[kind] === question);

/**
 * The competence table under the charter: a charter provision raises a body's minimum rule for its
 * question (never lowers it), and gives a body a question only where the law lets the charter do so.
 * A provision on a question of the general assembly's exclusive competence for another body is void
 * and left out. Questions that name no motion (e.g. reorganization) do not change the table.
 */
export function competenceTable(provisions: readonly CharterProvision[], defaults: CompetenceTable = DEFAULT_COMPETENCE): CompetenceTable {
  const table = [...defaults];
  for (const provision of provisions) {
    const subject = subjectOfQuestion(provision.question);
    if (subject === undefined) continue;
    const rule: VotingRule = provision.rule === 'unanimity' ? 'unanimity' : 'qualified_two_thirds';
    const index = table.findIndex((row) => row.subject === subject && row.body === provision.body);
    if (index >= 0) {
      const current = table[index];
      const minimumRule = stronger(current.minimumRule, rule);
      if (minimumRule !== current.minimumRule) table[index] = { ...current, minimumRule, source: CHARTER_PROVISION };
    } else if (CHARTER_MAY_GRANT.some((grant) => grant.subject === subject && grant.body === provision.body)) {
      table.push(entry(subject, provision.body, rule, CHARTER_PROVISION));
    }
  }
  return table;
}

export const subjectOf = (motion: Motion | null): CompetenceSubject => motion?.kind ?? 'own_work';

const bodyList = (bodies: readonly BodyKind[], language: keyof BilingualText) => bodies.map((body) => BODY_TITLES[body][language]).join(', ');

/**
 * Whether `body` may decide `motion` by `rule` under the table. A decision of a body without that
 * power is void however the vote went (Civil Code art. 181.5 p. 3), so it is refused before the vote.
 * @throws DomainRuleViolation MOTION_NEEDS_GENERAL_ASSEMBLY, MOTION_OUTSIDE_BODY_COMPETENCE,
 *   MOTION_NEEDS_QUALIFIED_MAJORITY or MOTION_NEEDS_UNANIMITY
 */
export function requireCompetence(table: CompetenceTable, body: VotingBody, motion: Motion | null, rule: VotingRule): void {
  requireSubjectCompetence(table, body.kind, subjectOf(motion), rule);
}

/** The same rule for a subject decided by a body kind, such as a decision recorded in minutes. */
export function requireSubjectCompetence(table: CompetenceTable, body: BodyKind, subject: CompetenceSubject, rule: VotingRule): void {
  const rows = table.filter((row) => row.subject === subject);
  const row = rows.find((candidate) => candidate.body === body);
  if (!row) {
    const competent = rows.map((candidate) => candidate.body);
    const details = { subject, body, competentBodies: competent, sources: rows.map((candidate) => candidate.source) };
    if (competent.length === 1 && competent[0] === 'general_assembly') {
      throw new DomainRuleViolation(
        'MOTION_NEEDS_GENERAL_ASSEMBLY',
        {
          ru: `Вопрос «${subject}» относится к исключительной компетенции общего собрания (ГК РФ, ст. 65.3 п. 2, ст. 123.10 п. 2)`,
          en: `The question "${subject}" is for the general assembly alone (Civil Code of the RF, art. 65.3 p. 2, art. 123.10 p. 2)`,
        },
        details,
      );
    }
    throw new DomainRuleViolation(
      'MOTION_OUTSIDE_BODY_COMPETENCE',
      {
        ru: `${BODY_TITLES[body].ru} не вправе решать вопрос «${subject}»; его решает: ${bodyList(competent, 'ru') || 'никто'}`,
        en: `The ${BODY_TITLES[body].en.toLowerCase()} may not decide "${subject}"; it is for: ${bodyList(competent, 'en') || 'no body'}`,
      },
      details,
    );
  }
  if (RULE_STRENGTH[rule] < RULE_STRENGTH[row.minimumRule]) {
    const code = row.minimumRule === 'unanimity' ? 'MOTION_NEEDS_UNANIMITY' : 'MOTION_NEEDS_QUALIFIED_MAJORITY';
    throw new DomainRuleViolation(
      code,
      {
        ru: `Вопрос «${subject}» решается не менее чем так: ${RULE_TITLES[row.minimumRule].ru} (${row.source.ru})`,
        en: `The question "${subject}" needs at least: ${RULE_TITLES[row.minimumRule].en} (${row.source.en})`,
      },
      { subject, body, rule, minimumRule: row.minimumRule, source: row.source },
    );
  }
}
