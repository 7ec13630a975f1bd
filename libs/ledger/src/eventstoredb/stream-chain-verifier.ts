import type { IntegrityBreak, IntegrityReport } from '../event-store.port.js';
import { contentHash, GENESIS_HASH, linkHash } from '../hashing.js';
import type { GlobalPosition } from '../position.js';
import type { StoredEvent } from './eventstoredb-records.js';

export interface ForeignEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly position: GlobalPosition;
}

interface ChainHead {
  readonly version: number;
  readonly hash: Buffer;
}

/**
 * Recomputes every stream's chain from events fed in `$all` order, so the first break found is the
 * earliest in global order. The server assigns revisions and positions itself, so events cannot be
 * reordered within a stream as they can in a table; what remains to check is each event's content,
 * gap-free versions and the links. Keeps one head per stream in memory.
 */
export class StreamChainVerifier {
  private readonly heads = new Map<string, ChainHead>();
  private checked = 0;
  private firstBreak: IntegrityBreak | null = null;

  get eventsChecked(): number {
    return this.checked;
  }

  check(event: StoredEvent): void {
    this.checked += 1;
    const predecessor = this.heads.get(event.streamId);
    const problem = chainProblem(event, predecessor);
    if (problem) this.offer(event, problem);
    this.heads.set(event.streamId, { version: event.version, hash: Buffer.from(event.envelope.hash, 'hex') });
  }

  /**
   * An event the ledger did not write, in a stream it did: it takes a version the chain skips. One
   * written before the stream's first ledger event shows up as that event's missing predecessor.
   */
  checkForeign(event: ForeignEvent): void {
    const predecessor = this.heads.get(event.streamId);
    if (!predecessor) return;
    this.offer(event, 'has no ledger envelope: the stream was written around the ledger');
    this.heads.set(event.streamId, { version: event.version, hash: predecessor.hash });
  }

  /**
   * EventStoreDB keeps no global chain: its log is append-only and orders every event itself, and
   * the ledger cannot write beside it atomically. So nothing is sealed and there is no seal head.
   */
  report(): IntegrityReport {
    return {
      intact: this.firstBreak === null,
      eventsChecked: this.checked,
      streamsChecked: this.heads.size,
      eventsSealed: 0,
      sealHead: null,
      firstBreak: this.firstBreak && { ...this.firstBreak },
    };
  }

  private offer(event: ForeignEvent, reason: string): void {
    if (this.firstBreak) return;
    const { eventId, streamId, version, position } = event;
    this.firstBreak = { eventId, streamId, version, position, reason };
  }
}

function chainProblem(event: StoredEvent, predecessor: ChainHead | undefined): string | undefined {
  const { envelope } = event;
  const recomputed = contentHash({
    eventId: event.eventId,
    streamId: event.streamId,
    type: event.type,
    schemaVersion: envelope.schemaVersion,
    data: event.data,
    metadata: envelope.metadata,
    recordedAt: new Date(envelope.recordedAt),
  });
  const stored = Buffer.from(envelope.contentHash, 'hex');
  if (!recomputed.equals(stored)) return 'content does not match its hash: the event was changed';
  const expectedVersion = (predecessor?.version ?? 0) + 1;
  if (event.version !== expectedVersion) {
    return `version ${event.version} follows version ${expectedVersion - 1}: an event of the stream is missing`;
  }
  if (!linkHash(predecessor?.hash ?? GENESIS_HASH, stored).equals(Buffer.from(envelope.hash, 'hex'))) {
    return 'hash does not link to the previous event of the stream';
  }
  return undefined;
}
