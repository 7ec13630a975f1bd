import fc from 'fast-check';
import { GrowingMap } from './growing-map.js';

/** A step: from which of the versions made so far, set which key to which value. */
const step = fc.record({ from: fc.nat(), key: fc.integer({ min: 0, max: 7 }), value: fc.constantFrom('a', 'b', 'c') });

describe('a growing map', () => {
  it('given any versions carried on from any earlier ones, when each is read, then it holds exactly what a Map built along its own history holds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const versions: { map: GrowingMap<number, string>; model: Map<number, string> }[] = [{ map: GrowingMap.empty(), model: new Map() }];
        for (const { from, key, value } of steps) {
          const base = versions[from % versions.length];
          versions.push({ map: base.map.with(key, value), model: new Map(base.model).set(key, value) });
        }
        for (const { map, model } of versions) {
          expect([...map]).toEqual([...model]);
          expect(map.size).toBe(model.size);
          for (let key = 0; key <= 7; key += 1) {
            expect(map.get(key)).toBe(model.get(key));
            expect(map.has(key)).toBe(model.has(key));
          }
        }
      }),
    );
  });

  it('given a version, when two folds carry it on with the same entry, then both see it and the version itself still does not', () => {
    const base = GrowingMap.empty<string, string>().with('2026-0001', 'appeal-1');
    const first = base.with('2026-0002', 'appeal-2');
    const second = base.with('2026-0002', 'appeal-2');
    expect([...first]).toEqual([...second]);
    expect(base.has('2026-0002')).toBe(false);
  });

  it('given a version carried on with one entry, when an older version is carried on with another, then each sees only its own', () => {
    const base = GrowingMap.empty<string, string>().with('2026-0001', 'appeal-1');
    const lost = base.with('2026-0002', 'appeal-2');
    const won = base.with('2026-0002', 'appeal-3');
    expect(lost.get('2026-0002')).toBe('appeal-2');
    expect(won.get('2026-0002')).toBe('appeal-3');
    expect(won.with('2026-0003', 'appeal-4').get('2026-0002')).toBe('appeal-3');
    expect(base.size).toBe(1);
  });
});
