import type { LetterOfIntent } from './founding.events.js';

export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** The founding rules a deployment may tighten or relax; the defaults follow the law and the domain. */
export interface FoundingRules {
  /** Civil Code of the RF art. 123.9 p. 1: an association has at least two founders. */
  readonly minFounders: number;
  /** The Association is international: its founders come from at least this many states. */
  readonly minStates: number;
  /** More than this share of the founders (letters not withdrawn) must be present at the assembly. */
  readonly assemblyQuorum: Fraction;
}

export const DEFAULT_FOUNDING_RULES: FoundingRules = {
  minFounders: 2,
  minStates: 2,
  assemblyQuorum: { numerator: 1, denominator: 2 },
};

export interface FounderCount {
  readonly founders: number;
  readonly states: number;
}

export function countFounders(letters: readonly Pick<LetterOfIntent, 'organization'>[]): FounderCount {
  return { founders: letters.length, states: new Set(letters.map((letter) => letter.organization.country)).size };
}

export function founderRulesMet(count: FounderCount, rules: FoundingRules): boolean {
  return count.founders >= rules.minFounders && count.states >= rules.minStates;
}

/** Integer arithmetic, so that "more than one half" of 4 founders is exactly 3 and never a rounding. */
export function quorumMet(present: number, founders: number, quorum: Fraction): boolean {
  return present * quorum.denominator > founders * quorum.numerator;
}
