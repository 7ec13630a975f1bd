import { ConfigError, fraction, loadConfig, settingsOf, wholeNumber } from './config.js';
import type { AccordFeature } from './feature.js';
import { loggedError } from './log-fields.js';

describe('the configuration', () => {
  it.each(['0x50', '1e3', '3.0', '-1', '+80', '80 80'])('refuses %s as a whole number, though Number reads it', (value) => {
    expect(() => loadConfig({ PORT: value })).toThrow(ConfigError);
    expect(() => loadConfig({ READ_WAIT_MS: value })).toThrow(`READ_WAIT_MS must be a whole number from 0 to 60000, got "${value}"`);
  });

  it('takes decimal digits with white space around them, and the default when unset or empty', () => {
    expect(loadConfig({ PORT: ' 8080 ', READ_WAIT_MS: '' })).toMatchObject({ port: 8080, readWaitMilliseconds: 2_000 });
    expect(wholeNumber({}, 'N', 7, 1, 10)).toBe(7);
  });

  it('reads a share below one as n/d and refuses one that could never be met', () => {
    expect(fraction({ Q: '2/3' }, 'Q', { numerator: 1, denominator: 2 }, 1000)).toEqual({ numerator: 2, denominator: 3 });
    expect(() => fraction({ Q: '3/3' }, 'Q', { numerator: 1, denominator: 2 }, 1000)).toThrow(ConfigError);
  });

  it('reads the body limit in bytes, kilobytes or megabytes, and refuses any other size', () => {
    expect(loadConfig({}).bodyLimitBytes).toBe(256 * 1024);
    expect(loadConfig({ BODY_LIMIT: '2KB' }).bodyLimitBytes).toBe(2048);
    expect(loadConfig({ BODY_LIMIT: ' 1mb ' }).bodyLimitBytes).toBe(1024 * 1024);
    expect(loadConfig({ BODY_LIMIT: '4096' }).bodyLimitBytes).toBe(4096);
    for (const value of ['0', '1gb', '1.5mb', 'big']) expect(() => loadConfig({ BODY_LIMIT: value })).toThrow(`BODY_LIMIT must be a size such as 256kb, 1mb or 4096, got "${value}"`);
  });

  it("holds each feature's settings, read from the same environment with the same parsers", () => {
    const feature: AccordFeature<{ readonly seats: number }> = { name: 'council', settings: (env) => ({ seats: wholeNumber(env, 'SEATS', 5, 1, 99) }) };
    expect(settingsOf(loadConfig({ SEATS: '9' }, [feature]), feature)).toEqual({ seats: 9 });
    expect(() => loadConfig({ SEATS: '0x9' }, [feature])).toThrow(ConfigError);
    expect(() => settingsOf(loadConfig({}), feature)).toThrow('The configuration was read without the settings of council');
  });
});

describe('a failure in the logs', () => {
  it('keeps the stack of an error and shows anything else thrown', () => {
    const error = new Error('the ledger is gone');
    expect(loggedError(error)).toContain(error.stack!.split('\n')[1].trim());
    expect(loggedError({ code: 'X' })).toBe("{ code: 'X' }");
  });
});
