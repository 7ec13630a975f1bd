import { ConfigError } from '#accord/platform';
import { DEFAULT_FOUNDING_RULES } from '../domain/founding.rules.js';
import { foundingRuleWarnings, loadFoundingRules } from './founding-rules.config.js';

describe('founding rules from the environment', () => {
  it('keeps the defaults of the law when nothing is set', () => {
    expect(loadFoundingRules({})).toEqual(DEFAULT_FOUNDING_RULES);
    expect(loadFoundingRules({ FOUNDING_MIN_FOUNDERS: '', FOUNDING_MIN_STATES: '' })).toEqual(DEFAULT_FOUNDING_RULES);
  });

  it('reads the minimum founders, states and the assembly quorum', () => {
    expect(loadFoundingRules({ FOUNDING_MIN_FOUNDERS: '5', FOUNDING_MIN_STATES: ' 3 ', FOUNDING_ASSEMBLY_QUORUM: '2/3' })).toEqual({
      minFounders: 5,
      minStates: 3,
      assemblyQuorum: { numerator: 2, denominator: 3 },
    });
  });

  it.each(['0', '-1', '2.5', '1e2', '0x10', 'two', '1001'])('refuses FOUNDING_MIN_FOUNDERS=%s with a configuration error naming it', (value) => {
    expect(() => loadFoundingRules({ FOUNDING_MIN_FOUNDERS: value })).toThrow(ConfigError);
    expect(() => loadFoundingRules({ FOUNDING_MIN_FOUNDERS: value })).toThrow(`FOUNDING_MIN_FOUNDERS must be a whole number from 1 to 1000, got "${value}"`);
  });

  it('refuses a minimum of states that is not a whole number of at least one', () => {
    expect(() => loadFoundingRules({ FOUNDING_MIN_STATES: '0' })).toThrow(/FOUNDING_MIN_STATES must be a whole number/);
  });

  it.each(['1/1', '3/2', '1/0', 'half', '0.5'])('refuses FOUNDING_ASSEMBLY_QUORUM=%s, a share that is not below one', (value) => {
    expect(() => loadFoundingRules({ FOUNDING_ASSEMBLY_QUORUM: value })).toThrow(/FOUNDING_ASSEMBLY_QUORUM must be a fraction n\/d/);
  });

  it('allows a single founder but warns that the law asks for two', () => {
    const rules = loadFoundingRules({ FOUNDING_MIN_FOUNDERS: '1' });
    expect(rules.minFounders).toBe(1);
    expect(foundingRuleWarnings(rules)).toEqual([expect.stringContaining('below the legal minimum')]);
  });

  it('has nothing to warn about under the defaults', () => {
    expect(foundingRuleWarnings(DEFAULT_FOUNDING_RULES)).toEqual([]);
  });
});
