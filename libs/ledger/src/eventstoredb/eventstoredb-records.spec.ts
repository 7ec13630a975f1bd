import { earlierAppend, satisfies } from '../append-rules.js';
import { NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import { ConcurrencyError, DuplicateEventIdError } from '../errors.js';
import { contentHash, GENESIS_HASH, linkHash } from '../hashing.js';
import { comparePositions } from '../position.js';
import { newEvent, testMetadata } from '../testing/ledger-contract.js';
import {
  claimedStreamOf,
  concurrencyErrorFrom,
  decodeEnvelope,
  isBeyond,
  LEDGER_FORMAT,
  repeatedIds,
  revisionAfter,
  sealEvents,
  StreamNames,
  toEventStoreDbPosition,
  toGlobalPosition,
  toStoredEvent,
  versionAt,
  type EventStoreDbRecord,
} from './eventstoredb-records.js';

const now = new Date('2026-11-02T10:00:00.000Z');
const hex = (fill: string) => fill.repeat(64);

describe('EventStoreDB revisions and ledger versions', () => {
  it('writes a new stream with no stream expected', () => {
    expect(revisionAfter(0)).toBe(NO_STREAM);
  });

  it('writes after version N by expecting revision N - 1', () => {
    expect(revisionAfter(1)).toBe(0n);
    expect(revisionAfter(42)).toBe(41n);
  });

  it('reads a stream without events as version 0 and revision N - 1 as version N', () => {
    expect(versionAt(NO_STREAM)).toBe(0);
    expect(versionAt(0n)).toBe(1);
    expect(versionAt(41n)).toBe(42);
  });

  it('checks the port expectations against a head version', () => {
    expect([satisfies('no_stream', 0), satisfies('no_stream', 1)]).toEqual([true, false]);
    expect([satisfies('stream_exists', 0), satisfies('stream_exists', 3)]).toEqual([false, true]);
    expect([satisfies('any', 0), satisfies('any', 9)]).toEqual([true, true]);
    expect([satisfies(2, 2), satisfies(2, 3)]).toEqual([true, false]);
  });

  it('turns the server refusal into a conflict carrying the actual 1-based version', () => {
    const refusal = new WrongExpectedVersionError(undefined, { streamName: 'p-note-1', current: 2n, expected: 0n });
    const error = concurrencyErrorFrom('note-1', 1, refusal);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 'note-1', expected: 1, actual: 3 });
  });

  it('reports version 0 when the refused stream does not exist', () => {
    const refusal = new WrongExpectedVersionError(undefined, { streamName: 'note-1', current: NO_STREAM, expected: 4n });
    expect(concurrencyErrorFrom('note-1', 5, refusal).actual).toBe(0);
  });
});

describe('EventStoreDB positions', () => {
  it('maps commit and prepare positions onto commit and sequence and back', () => {
    const position = { commit: 4_096n, prepare: 4_000n };
    expect(toGlobalPosition(position)).toEqual({ commit: 4_096n, sequence: 4_000n });
    expect(toEventStoreDbPosition(toGlobalPosition(position))).toEqual(position);
  });

  it('keeps the order of $all', () => {
    const earlier = toGlobalPosition({ commit: 100n, prepare: 100n });
    const later = toGlobalPosition({ commit: 228n, prepare: 228n });
    expect(comparePositions(earlier, later)).toBeLessThan(0);
  });

  it('tells positions strictly past a boundary in either direction', () => {
    const at = (commit: bigint) => ({ commit, sequence: commit });
    expect([isBeyond(at(2n), at(1n), true), isBeyond(at(1n), at(1n), true), isBeyond(at(0n), at(1n), true)]).toEqual([true, false, false]);
    expect([isBeyond(at(0n), at(1n), false), isBeyond(at(1n), at(1n), false), isBeyond(at(2n), at(1n), false)]).toEqual([true, false, false]);
  });
});

describe('EventStoreDB stream names', () => {
  const names = new StreamNames('accord-');

  it('puts the prefix before stream ids and takes it off again', () => {
    expect(names.ledger('ballot-7')).toBe('accord-ballot-7');
    expect(names.streamIdOf('accord-ballot-7')).toBe('ballot-7');
  });

  it('does not take system streams, claims or other prefixes for ledger streams', () => {
    expect(names.streamIdOf('$stats-127.0.0.1:2113')).toBeUndefined();
    expect(names.streamIdOf('other-ballot-7')).toBeUndefined();
    expect(names.streamIdOf(names.claim('2b1c'))).toBeUndefined();
    expect(names.streamIdOf('accord-')).toBeUndefined();
  });

  it('refuses stream ids that would not read back as ledger streams', () => {
    const unprefixed = new StreamNames('');
    expect(unprefixed.accepts('ballot-7')).toBe(true);
    expect(unprefixed.accepts('$ce-ballot')).toBe(false);
    expect(unprefixed.accepts('ledger-event-id-2b1c')).toBe(false);
    expect(unprefixed.accepts('')).toBe(false);
  });
});

describe('EventStoreDB ledger envelopes', () => {
  const envelope = {
    format: LEDGER_FORMAT,
    schemaVersion: 2,
    recordedAt: now.toISOString(),
    contentHash: hex('a'),
    hash: hex('b'),
    metadata: testMetadata,
  };

  it('decodes what the ledger writes after a JSON round trip', () => {
    expect(decodeEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it.each([
    ['no metadata', undefined],
    ['another format', { ...envelope, format: 'accord-ledger/0' }],
    ['a schema version of 0', { ...envelope, schemaVersion: 0 }],
    ['a date that does not parse', { ...envelope, recordedAt: 'yesterday' }],
    ['a short hash', { ...envelope, hash: 'abc' }],
    ['an upper-case content hash', { ...envelope, contentHash: hex('A') }],
    ['metadata that is not an object', { ...envelope, metadata: 'account-1' }],
  ])('ignores an envelope with %s', (_, value) => {
    expect(decodeEnvelope(value)).toBeUndefined();
  });
});

describe('EventStoreDB sealing', () => {
  const events = [newEvent('Noted', { n: 1 }), { ...newEvent('Renamed', { n: 2 }), schemaVersion: 1, recordedAt: new Date('2026-01-01T00:00:00Z') }];
  const head = { version: 4, hash: Buffer.alloc(32, 7) };
  const sealed = sealEvents('note-1', events, head, (type) => (type === 'Renamed' ? 2 : 1), now);

  it('links the first event to the head and each next one to the one before', () => {
    const [first, second] = sealed.map((event) => event.metadata);
    const firstContent = Buffer.from(first.contentHash, 'hex');
    expect(first.hash).toBe(linkHash(head.hash, firstContent).toString('hex'));
    expect(second.hash).toBe(linkHash(Buffer.from(first.hash, 'hex'), Buffer.from(second.contentHash, 'hex')).toString('hex'));
  });

  it('hashes the content exactly as the PostgreSQL adapter does', () => {
    const expected = contentHash({ ...events[0], streamId: 'note-1', schemaVersion: 1, recordedAt: now });
    expect(sealed[0].metadata.contentHash).toBe(expected.toString('hex'));
  });

  it('keeps given schema versions and times and defaults the others', () => {
    expect(sealed.map((event) => [event.metadata.schemaVersion, event.metadata.recordedAt])).toEqual([
      [1, now.toISOString()],
      [1, '2026-01-01T00:00:00.000Z'],
    ]);
  });

  it('keeps ids, types, data and the port metadata as they were given', () => {
    expect(sealed[0]).toMatchObject({ id: events[0].eventId, type: 'Noted', data: { n: 1 }, metadata: { metadata: testMetadata } });
  });

  it('starts a new stream from the genesis hash', () => {
    const [first] = sealEvents('note-2', [events[0]], { version: 0, hash: GENESIS_HASH }, () => 1, now);
    expect(first.metadata.hash).toBe(linkHash(GENESIS_HASH, Buffer.from(first.metadata.contentHash, 'hex')).toString('hex'));
  });
});

describe('EventStoreDB records', () => {
  const names = new StreamNames('accord-');
  const [sealed] = sealEvents('note-1', [newEvent()], { version: 0, hash: GENESIS_HASH }, () => 1, now);
  const record = (overrides: Partial<EventStoreDbRecord> = {}): EventStoreDbRecord => ({
    streamId: 'accord-note-1',
    id: sealed.id,
    revision: 0n,
    type: sealed.type,
    isJson: true,
    data: sealed.data,
    metadata: JSON.parse(JSON.stringify(sealed.metadata)),
    position: { commit: 512n, prepare: 512n },
    ...overrides,
  });

  it('reads a ledger event with its stream id, version and position', () => {
    expect(toStoredEvent(names, record())).toMatchObject({
      eventId: sealed.id,
      streamId: 'note-1',
      version: 1,
      position: { commit: 512n, sequence: 512n },
      envelope: sealed.metadata,
    });
  });

  it.each([
    ['system event types', { type: '$metadata' }],
    ['system streams', { streamId: '$stats-127.0.0.1:2113' }],
    ['streams of another prefix', { streamId: 'other-note-1' }],
    ['claims', { streamId: names.claim(sealed.id) }],
    ['binary events', { isJson: false }],
    ['events without a ledger envelope', { metadata: { correlationId: 'x' } }],
  ])('leaves out %s', (_, overrides) => {
    expect(toStoredEvent(names, record(overrides))).toBeUndefined();
  });

  it('refuses a ledger event read without its $all position', () => {
    expect(() => toStoredEvent(names, record({ position: undefined }))).toThrow(/22\.10/);
    expect(() => toStoredEvent(names, record({ position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n } }))).toThrow(/position/);
  });

  it('reads the stream a claim reserves its id for', () => {
    expect(claimedStreamOf(record({ type: 'EventIdClaimed', data: { streamId: 'note-1' } }))).toBe('note-1');
    expect(claimedStreamOf(record({ type: 'Noted', data: { streamId: 'note-1' } }))).toBeUndefined();
  });
});

describe('EventStoreDB repeated appends', () => {
  const events = [newEvent(), newEvent()];
  const stored = (streamId: string, version: number, eventId: string) => ({ eventId, streamId, version, position: { commit: BigInt(version), sequence: 0n } });

  it('finds ids repeated within one append', () => {
    const event = newEvent();
    expect(repeatedIds([event, newEvent(), event])).toEqual([event.eventId]);
    expect(repeatedIds(events)).toEqual([]);
  });

  it('knows nothing of an append whose events are not stored', () => {
    expect(earlierAppend('note-1', events, [])).toBeUndefined();
  });

  it('returns the result of the same events stored in the same order', () => {
    const result = earlierAppend('note-1', events, [stored('note-1', 4, events[1].eventId), stored('note-1', 3, events[0].eventId)]);
    expect(result).toEqual({ streamId: 'note-1', version: 4, position: { commit: 4n, sequence: 0n }, eventIds: events.map((event) => event.eventId) });
  });

  it.each([
    ['in another stream', [stored('note-2', 1, events[0].eventId), stored('note-2', 2, events[1].eventId)]],
    ['in another order', [stored('note-1', 2, events[0].eventId), stored('note-1', 1, events[1].eventId)]],
    ['only in part', [stored('note-1', 1, events[0].eventId)]],
  ])('refuses ids stored %s', (_, found) => {
    expect(() => earlierAppend('note-1', events, found)).toThrow(DuplicateEventIdError);
  });
});
