import { DomainRuleViolation, type BilingualText } from '#accord/kernel';
import type { VotingBody } from './voting-terms.js';

/**
 * A share as an exact fraction: `more_than 1/2` is reached by 3 of 4 and not by 2 of 4. Kept as
 * integers so that no rounding can ever tip a vote.
 */
export interface Threshold {
  readonly numerator: number;
  readonly denominator: number;
  readonly comparison: 'more_than' | 'at_least';
}

export type VotingRule = 'simple_majority' | 'qualified_two_thirds' | 'unanimity';

/** 7-FZ art. 29 p. 4: a general assembly has a quorum when more than half of the members take part. */
export const DEFAULT_QUORUM: Threshold = { numerator: 1, denominator: 2, comparison: 'more_than' };

/** The share of the participants that must vote "for" under each rule. */
export const RULE_THRESHOLDS: Readonly<Record<VotingRule, Threshold>> = {
  // Civil Code art. 181.2 p. 1: adopted when more than half of the participants voted for it.
  simple_majority: { numerator: 1, denominator: 2, comparison: 'more_than' },
  qualified_two_thirds: { numerator: 2, denominator: 3, comparison: 'at_least' },
  // "For" from every participant is "for" from at least all of them.
  unanimity: { numerator: 1, denominator: 1, comparison: 'at_least' },
};

export const RULE_TITLES: Readonly<Record<VotingRule, BilingualText>> = {
  simple_majority: { ru: 'простое большинство', en: 'simple majority' },
  qualified_two_thirds: { ru: 'квалифицированное большинство (две трети)', en: 'qualified majority (two thirds)' },
  unanimity: { ru: 'единогласие', en: 'unanimity' },
};

/** Whether `count` out of `total` reaches the threshold, by cross-multiplication in exact integers. */
export function reaches(count: number, total: number, threshold: Threshold): boolean {
  const share = BigInt(count) * BigInt(threshold.denominator);
  const required = BigInt(total) * BigInt(threshold.numerator);
  return threshold.comparison === 'more_than' ? share > required : share >= required;
}

export function describeThreshold(threshold: Threshold): BilingualText {
  const fraction = `${threshold.numerator}/${threshold.denominator}`;
  return threshold.comparison === 'more_than'
    ? { ru: `более ${fraction}`, en: `more than ${fraction}` }
    : { ru: `не менее ${fraction}`, en: `at least ${fraction}` };
}

function invalidQuorum(quorum: Threshold): DomainRuleViolation {
  return new DomainRuleViolation(
    'INVALID_QUORUM_THRESHOLD',
    {
      ru: 'Кворум — дробь, которая достижима при участии всех и не достигается без участников',
      en: 'A quorum is a fraction that full participation reaches and no participation does not',
    },
    { quorum },
  );
}

/**
 * A quorum is a proper fraction that some participation can reach and no participation reaches
 * without a participant. For a general assembly it may be stricter than the law, never looser.
 */
export function requireQuorum(quorum: Threshold, body: VotingBody): void {
  const { numerator, denominator, comparison } = quorum;
  const wellFormed =
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    denominator >= 1 &&
    numerator >= 0 &&
    (comparison === 'more_than' || comparison === 'at_least');
  if (!wellFormed) throw invalidQuorum(quorum);
  const reachable = comparison === 'more_than' ? numerator < denominator : numerator <= denominator;
  const needsSomeone = comparison === 'more_than' || numerator > 0;
  if (!reachable || !needsSomeone) throw invalidQuorum(quorum);
  // 7-FZ art. 29 p. 4: a general assembly is competent only when more than half of its members take part.
  const atLeastLegal = comparison === 'more_than' ? 2 * numerator >= denominator : 2 * numerator > denominator;
  if (body.kind === 'general_assembly' && !atLeastLegal) {
    throw new DomainRuleViolation(
      'QUORUM_BELOW_LEGAL_MINIMUM',
      {
        ru: 'Общее собрание правомочно, только если в нём участвует более половины членов (ст. 29 п. 4 Федерального закона № 7-ФЗ)',
        en: 'A general assembly has a quorum only when more than half of the members take part (Federal Law 7-FZ, art. 29 p. 4)',
      },
      { quorum },
    );
  }
}
