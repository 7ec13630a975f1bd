import { START } from '#accord/ledger';
import { FoldedStateCache } from './folded-state-cache.js';

const decider = {};
const folded = (version: number) => ({ state: { version }, version, position: START });

describe('cache of folded states', () => {
  it('given more streams than it keeps, then the least recently read one is dropped', () => {
    const cache = new FoldedStateCache(2);
    cache.remember('stream-1', decider, folded(1));
    cache.remember('stream-2', decider, folded(1));
    cache.get('stream-1', decider);
    cache.remember('stream-3', decider, folded(1));
    expect([cache.get('stream-1', decider), cache.get('stream-2', decider), cache.get('stream-3', decider)]).toEqual([folded(1), undefined, folded(1)]);
    expect(cache.size).toBe(2);
  });

  it('given a later version already kept, then an earlier fold finished late does not replace it', () => {
    const cache = new FoldedStateCache(10);
    cache.remember('stream-1', decider, folded(5));
    cache.remember('stream-1', decider, folded(3));
    expect(cache.get('stream-1', decider)).toEqual(folded(5));
  });

  it('given a state folded by one decider, then another decider of the same stream does not get it', () => {
    const cache = new FoldedStateCache(10);
    cache.remember('stream-1', decider, folded(2));
    expect(cache.get('stream-1', {})).toBeUndefined();
  });

  it('given a size of 0, then it keeps nothing', () => {
    const cache = new FoldedStateCache(0);
    cache.remember('stream-1', decider, folded(2));
    expect(cache.size).toBe(0);
  });
});
