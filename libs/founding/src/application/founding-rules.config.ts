import { ConfigError } from '#accord/platform';
import { DEFAULT_FOUNDING_RULES, type Fraction, type FoundingRules } from '../domain/founding.rules.js';

type Environment = Readonly<Record<string, string | undefined>>;

/** The environment variables that tighten or relax the founding rules of a deployment. */
export const FOUNDING_RULE_VARIABLES = {
  minFounders: 'FOUNDING_MIN_FOUNDERS',
  minStates: 'FOUNDING_MIN_STATES',
  assemblyQuorum: 'FOUNDING_ASSEMBLY_QUORUM',
} as const;

const MAX_COUNT = 1_000;
const WHOLE_NUMBER = /^[0-9]+$/;
const FRACTION = /^([0-9]+)\/([0-9]+)$/;

function count(env: Environment, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_COUNT) {
    throw new ConfigError(`${name} must be a whole number from 1 to ${MAX_COUNT}, got "${env[name]}"`);
  }
  return value;
}

function quorum(env: Environment, name: string, fallback: Fraction): Fraction {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const match = FRACTION.exec(text);
  const numerator = match ? Number(match[1]) : Number.NaN;
  const denominator = match ? Number(match[2]) : Number.NaN;
  // "More than numerator/denominator of the founders are present": a share of 1 or more could never be met.
  if (!match || denominator < 1 || denominator > MAX_COUNT || numerator >= denominator) {
    throw new ConfigError(`${name} must be a fraction n/d with 0 <= n < d <= ${MAX_COUNT} (more than n/d must be present), got "${env[name]}"`);
  }
  return { numerator, denominator };
}

/** Reads the founding rules from the environment; unset variables keep the defaults of the law. */
export function loadFoundingRules(env: Environment = process.env): FoundingRules {
  return {
    minFounders: count(env, FOUNDING_RULE_VARIABLES.minFounders, DEFAULT_FOUNDING_RULES.minFounders),
    minStates: count(env, FOUNDING_RULE_VARIABLES.minStates, DEFAULT_FOUNDING_RULES.minStates),
    assemblyQuorum: quorum(env, FOUNDING_RULE_VARIABLES.assemblyQuorum, DEFAULT_FOUNDING_RULES.assemblyQuorum),
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
