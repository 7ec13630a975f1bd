import { fraction, wholeNumber, type Environment } from '#accord/platform';
import { DEFAULT_FOUNDING_RULES, type FoundingRules } from '../domain/founding.rules.js';

/** The environment variables that tighten or relax the founding rules of a deployment. */
export const FOUNDING_RULE_VARIABLES = {
  minFounders: 'FOUNDING_MIN_FOUNDERS',
  minStates: 'FOUNDING_MIN_STATES',
  assemblyQuorum: 'FOUNDING_ASSEMBLY_QUORUM',
} as const;

const MAX_COUNT = 1_000;

/** Reads the founding rules from the environment; unset variables keep the defaults of the law. */
export function loadFoundingRules(env: Environment): FoundingRules {
  return {
    minFounders: wholeNumber(env, FOUNDING_RULE_VARIABLES.minFounders, DEFAULT_FOUNDING_RULES.minFounders, 1, MAX_COUNT),
    minStates: wholeNumber(env, FOUNDING_RULE_VARIABLES.minStates, DEFAULT_FOUNDING_RULES.minStates, 1, MAX_COUNT),
    // "More than numerator/denominator of the founders are present": a share of 1 or more could never be met.
    assemblyQuorum: fraction(env, FOUNDING_RULE_VARIABLES.assemblyQuorum, DEFAULT_FOUNDING_RULES.assemblyQuorum, MAX_COUNT),
  };
}

/** What in the configured rules departs from the law, for a warning at start. */
export function foundingRuleWarnings(rules: FoundingRules): string[] {
  const warnings: string[] = [];
  if (rules.minFounders < 2) {
    warnings.push(
      `${FOUNDING_RULE_VARIABLES.minFounders}=${rules.minFounders} is below the legal minimum: an association has at least two founders (Civil Code of the RF, art. 123.9 p. 1)`,
    );
  }
  if (rules.minStates < 2) {
    warnings.push(`${FOUNDING_RULE_VARIABLES.minStates}=${rules.minStates}: the Association would not need founders from more than one state`);
  }
  return warnings;
}
