import { canonicalJson, chainHashes, contentHash, GENESIS_HASH, linkHash } from './hashing.js';

// Every stored hash was computed with these forms: they must never change.
/** An event whose hashes the ledger has always computed the same. */
const NOTED = {
  eventId: '5f0c3f5e-6c1b-4b7a-9d51-0a2f7c9b1e11',
  streamId: 'member-1',
  type: 'Noted',
  schemaVersion: 1,
  recordedAt: new Date(Date.UTC(2026, 11, 6, 8, 0, 0, 123)),
  data: { round: 1, text: 'Протокол заседания' },
  metadata: { actorId: 'account:1', correlationId: 'c', causationId: null },
};

describe('the canonical form that event hashes are computed over', () => {
  it('given keys in any order, nested values and keys that look like indexes, when made canonical, then every key is sorted as text', () => {
    const value = JSON.parse('{"b":1,"a":{"d":[3,{"z":null,"y":"ы"}],"c":true},"10":"x","9":"y","__proto__":"p","-1":-0.5}');

    expect(canonicalJson(value)).toBe('{"-1":-0.5,"10":"x","9":"y","__proto__":"p","a":{"c":true,"d":[3,{"y":"ы","z":null}]},"b":1}');
  });

  it('given keys of capitals, accents, characters beyond the basic plane and more keys than an event has, when made canonical, then they are sorted as Array.prototype.sort sorts them', () => {
    const keys = ['b', 'B', 'é', 'e', '😀', 'ﬀ', 'a_', 'a', 'Z', ''];
    const many = Array.from({ length: 40 }, (_, index) => `k${(index * 7) % 40}`);

    for (const list of [keys, many]) {
      const value = Object.fromEntries([...list].reverse().map((key, index) => [key, index]));
      expect(Object.keys(JSON.parse(canonicalJson(value)) as object)).toEqual([...list].sort());
      expect(canonicalJson({ nested: value })).toBe(`{"nested":${canonicalJson(value)}}`);
    }
  });

  it('given undefined values and a date, when made canonical, then an undefined key is left out, an undefined item is null and the date is ISO text', () => {
    expect(canonicalJson({ b: undefined, a: new Date(Date.UTC(2026, 0, 2)), c: [undefined, 1] })).toBe('{"a":"2026-01-02T00:00:00.000Z","c":[null,1]}');
  });

  it('given an event, when hashed and linked, then the hashes are the ones the ledger has always computed', () => {
    const event = NOTED;

    const content = contentHash(event);

    expect(content.toString('hex')).toBe('36de4a733d07a5027506f2cb09fbd3551f13db4f293387c526f066e2bb46cbc6');
    expect(linkHash(GENESIS_HASH, content).toString('hex')).toBe('3ee43336e4ecadc29b61efa5e266c71bbbf7d77c0f29b5ee8bec45de20918277');
    expect(linkHash(Buffer.from('ab', 'hex'), content).toString('hex')).toBe('cccf026597abf4ca108830648ffbdff58982034023801ec078b34acddcbe0071');
  });

  it('given events of one append, when chained together, then their hashes are the pinned ones and those of hashing them one by one', () => {
    const first = NOTED;
    const second = { ...first, eventId: '0b8e2c55-1d3f-4e7a-8c90-6f1a2b3c4d5e', data: { nested: { b: [1, 'два'], a: true } } };
    const canonical = (event: typeof first | typeof second) => ({
      ...event,
      recordedAt: event.recordedAt.toISOString(),
      canonicalData: canonicalJson(event.data),
      canonicalMetadata: canonicalJson(event.metadata),
    });

    for (const previous of [GENESIS_HASH, Buffer.from('ab', 'hex')]) {
      const chained = chainHashes(previous.toString('hex'), [canonical(first), canonical(second)]);

      const firstLink = linkHash(previous, contentHash(first));
      const secondLink = linkHash(firstLink, contentHash(second));
      expect(chained.contents.toString('hex')).toBe(contentHash(first).toString('hex') + contentHash(second).toString('hex'));
      expect(chained.links.toString('hex')).toBe(firstLink.toString('hex') + secondLink.toString('hex'));
      expect(chained.head).toBe(secondLink.toString('hex'));
    }
    expect(chainHashes(GENESIS_HASH.toString('hex'), [canonical(first)]).links.toString('hex')).toBe('3ee43336e4ecadc29b61efa5e266c71bbbf7d77c0f29b5ee8bec45de20918277');
  });
});
