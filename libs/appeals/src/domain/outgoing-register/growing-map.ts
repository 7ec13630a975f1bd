/** The entries the versions of one map share, in the order they were added. */
interface Store<Key, Value> {
  readonly keys: Key[];
  readonly entries: Map<Key, { value: Value; readonly index: number }>;
}

/**
 * An immutable map for a fold whose states only add entries: each version is a view of the first
 * `size` entries of a store it shares with the versions before it. Adding to the latest version
 * appends to the store in place, so a year's register costs the same per number at its ten
 * thousandth as at its first; a version that is no longer the latest (a fold carried on from an
 * older state, say after a lost race for the next number) copies what it sees before it adds.
 * No version ever sees an entry added after it.
 */
export class GrowingMap<Key, Value> implements Iterable<[Key, Value]> {
  private constructor(
    private readonly store: Store<Key, Value>,
    readonly size: number,
  ) {}

  static empty<Key, Value>(): GrowingMap<Key, Value> {
    return new GrowingMap<Key, Value>({ keys: [], entries: new Map() }, 0);
  }

  get(key: Key): Value | undefined {
    const entry = this.store.entries.get(key);
    return entry !== undefined && entry.index < this.size ? entry.value : undefined;
  }

  has(key: Key): boolean {
    const entry = this.store.entries.get(key);
    return entry !== undefined && entry.index < this.size;
  }

  /** This map with `key` set to `value`: a key already present keeps its place, as `Map.set` keeps it. */
  with(key: Key, value: Value): GrowingMap<Key, Value> {
    const { keys, entries } = this.store;
    if (!this.has(key)) {
      if (keys.length === this.size) {
        keys.push(key);
        entries.set(key, { value, index: this.size });
        return new GrowingMap(this.store, this.size + 1);
      }
      // Another fold of the same history added the same entry next.
      if (keys[this.size] === key && Object.is(entries.get(key)!.value, value)) return new GrowingMap(this.store, this.size + 1);
    }
    const copy: Store<Key, Value> = { keys: keys.slice(0, this.size), entries: new Map() };
    copy.keys.forEach((each, index) => copy.entries.set(each, { value: entries.get(each)!.value, index }));
    const kept = copy.entries.get(key);
    if (kept) {
      kept.value = value;
      return new GrowingMap(copy, this.size);
    }
    copy.keys.push(key);
    copy.entries.set(key, { value, index: this.size });
    return new GrowingMap(copy, this.size + 1);
  }

  *[Symbol.iterator](): IterableIterator<[Key, Value]> {
    for (let index = 0; index < this.size; index += 1) {
      const key = this.store.keys[index];
      yield [key, this.store.entries.get(key)!.value];
    }
  }
}
