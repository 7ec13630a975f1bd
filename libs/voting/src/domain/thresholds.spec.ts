import fc from 'fast-check';
import { canonicalTimestamp } from './checks.js';
import { describeThreshold, reaches, RULE_THRESHOLDS, type Threshold } from './thresholds.js';

const moreThanHalf: Threshold = { numerator: 1, denominator: 2, comparison: 'more_than' };

describe('thresholds', () => {
  it('are not reached by exactly the fraction when strict', () => {
    expect(reaches(2, 4, moreThanHalf)).toBe(false);
    expect(reaches(3, 4, moreThanHalf)).toBe(true);
  });

  it('are reached by exactly the fraction when inclusive', () => {
    expect(reaches(2, 3, RULE_THRESHOLDS.qualified_two_thirds)).toBe(true);
    expect(reaches(1, 2, RULE_THRESHOLDS.qualified_two_thirds)).toBe(false);
  });

  it('stay exact where floating point would round', () => {
    // 3 × (2^53 − 1) exceeds 4 × 6755399441055743 by one, which doubles cannot tell apart.
    const threshold: Threshold = { numerator: 6755399441055743, denominator: Number.MAX_SAFE_INTEGER, comparison: 'more_than' };
    expect(reaches(3, 4, threshold)).toBe(true);
  });

  it('agree with exact rational comparison for any count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (count, total) => {
        expect(reaches(count, total, moreThanHalf)).toBe(2 * count > total);
        expect(reaches(count, total, RULE_THRESHOLDS.unanimity)).toBe(count >= total);
      }),
    );
  });

  it('are described in both languages', () => {
    expect(describeThreshold(moreThanHalf)).toEqual({ ru: 'более 1/2', en: 'more than 1/2' });
    expect(describeThreshold(RULE_THRESHOLDS.qualified_two_thirds)).toEqual({ ru: 'не менее 2/3', en: 'at least 2/3' });
  });
});

describe('timestamps', () => {
  it('are kept in UTC', () => {
    expect(canonicalTimestamp('at', '2026-09-17T21:00:00+03:00')).toBe('2026-09-17T18:00:00.000Z');
  });

  it.each(['2026-09-17', '2026-09-17T18:00:00', '2026-02-29T10:00:00Z', '2026-09-17T24:00:00Z', '2026-09-17T18:00:00+03:60', 'soon'])(
    'refuse %s',
    (value) => {
      const refusal = expect.objectContaining({ code: 'INVALID_TIMESTAMP', details: { field: 'at', value } });
      expect(() => canonicalTimestamp('at', value)).toThrow(refusal);
    },
  );
});
