import { GENESIS_HASH } from '../hashing.js';
import { newEvent } from '../testing/ledger-contract.js';
import { sealEvents, type StoredEvent } from './eventstoredb-records.js';
import { StreamChainVerifier } from './stream-chain-verifier.js';

const now = new Date('2026-11-02T10:00:00.000Z');
let nextPosition = 1_000n;

/** Given events appended by the ledger, stored as the server would return them. */
function appended(streamId: string, count: number, after?: StoredEvent): StoredEvent[] {
  const head = after ? { version: after.version, hash: Buffer.from(after.envelope.hash, 'hex') } : { version: 0, hash: GENESIS_HASH };
  const events = Array.from({ length: count }, (_, index) => newEvent('Noted', { streamId, n: head.version + index + 1 }));
  return sealEvents(streamId, events, head, () => 1, now).map((sealed, index) => {
    nextPosition += 100n;
    return {
      eventId: sealed.id,
      streamId,
      version: head.version + index + 1,
      position: { commit: nextPosition, sequence: nextPosition },
      type: sealed.type,
      data: JSON.parse(JSON.stringify(sealed.data)),
      envelope: JSON.parse(JSON.stringify(sealed.metadata)),
    };
  });
}

function verify(events: readonly StoredEvent[]) {
  const verifier = new StreamChainVerifier();
  for (const event of events) verifier.check(event);
  return verifier;
}

describe('verifying EventStoreDB stream chains', () => {
  it('reports untouched interleaved streams as intact, with nothing sealed', () => {
    const [a1, a2] = appended('a', 2);
    const [b1] = appended('b', 1);
    const [a3] = appended('a', 1, a2);
    expect(verify([a1, b1, a2, a3]).report()).toEqual({
      intact: true,
      eventsChecked: 4,
      streamsChecked: 2,
      eventsSealed: 0,
      sealHead: null,
      firstBreak: null,
    });
  });

  it('names an event whose data was changed', () => {
    const [first, second] = appended('a', 2);
    const changed = { ...second, data: { n: 99 } };
    expect(verify([first, changed]).report().firstBreak).toEqual({
      eventId: second.eventId,
      streamId: 'a',
      version: 2,
      position: second.position,
      reason: 'content does not match its hash: the event was changed',
    });
  });

  it('names an event whose metadata was changed', () => {
    const [first] = appended('a', 1);
    const changed = { ...first, envelope: { ...first.envelope, metadata: { ...first.envelope.metadata, actorId: 'intruder' } } };
    expect(verify([changed]).report().firstBreak?.reason).toMatch(/changed/);
  });

  it('names the event after one missing from its stream', () => {
    const [first, , third] = appended('a', 3);
    expect(verify([first, third]).report().firstBreak).toMatchObject({
      eventId: third.eventId,
      reason: 'version 3 follows version 1: an event of the stream is missing',
    });
  });

  it('names a stream whose first events are missing', () => {
    const [, second] = appended('a', 2);
    expect(verify([second]).report().firstBreak?.reason).toBe('version 2 follows version 0: an event of the stream is missing');
  });

  it('names an event whose content hash was recomputed but whose link was not', () => {
    const [first, second] = appended('a', 2);
    const [forged] = appended('a', 1);
    const relinked = { ...forged, version: 2, position: second.position };
    expect(verify([first, relinked]).report().firstBreak).toMatchObject({
      eventId: forged.eventId,
      reason: 'hash does not link to the previous event of the stream',
    });
  });

  it('reports the earliest break in global order and keeps counting after it', () => {
    const [a1, a2] = appended('a', 2);
    const [b1, b2] = appended('b', 2);
    const report = verify([a1, b1, { ...a2, data: {} }, { ...b2, data: {} }]).report();
    expect(report).toMatchObject({ intact: false, eventsChecked: 4, streamsChecked: 2 });
    expect(report.firstBreak?.eventId).toBe(a2.eventId);
  });

  it('names an event the ledger did not write in a stream it did', () => {
    const [first, second] = appended('a', 2);
    const verifier = verify([first]);
    verifier.checkForeign({ eventId: 'foreign', streamId: 'a', version: 2, position: second.position });
    expect(verifier.report().firstBreak).toMatchObject({ eventId: 'foreign', version: 2, reason: expect.stringMatching(/no ledger envelope/) });
  });

  it('ignores events the ledger did not write in streams it never wrote to', () => {
    const verifier = verify(appended('a', 1));
    verifier.checkForeign({ eventId: 'foreign', streamId: 'b', version: 1, position: { commit: 1n, sequence: 1n } });
    expect(verifier.report()).toMatchObject({ intact: true, streamsChecked: 1 });
  });
});
