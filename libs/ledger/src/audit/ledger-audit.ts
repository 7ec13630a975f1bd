import type { KeyObject } from 'node:crypto';
import type { IntegrityBreak, IntegrityReport } from '../event-store.port.js';
import { contentHashHex, GENESIS_HASH, linkHashHex } from '../hashing.js';
import { comparePositions, formatPosition, type GlobalPosition } from '../position.js';
import type { VerificationWorkers } from './verification-workers.js';
import {
  appendStatement,
  KEY_ROTATED,
  LEDGER_KEYS_STREAM,
  parsePublicKey,
  publishKey,
  rotationHolds,
  sealStatement,
  verifySignature,
  verifySignatureAsync,
  type KeyRotation,
  type SealStatement,
} from '../signing/ledger-signing.js';

/** An event as stored, with everything that protects it: hashes, the append signature, its global seal link. */
export interface AuditedEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: Date;
  readonly contentHash: Buffer;
  readonly hash: Buffer;
  /** Carried by the last event of each append. */
  readonly appendSignature: Buffer | null;
  readonly link: ChainLink | null;
  /** In a check that starts after the stream began: the link of the stream's previous event. */
  readonly previousHash?: Buffer | null;
  /** The content hash and hash as read, when read from text (an export's line): see `storedHashIs`. */
  readonly contentHashText?: string;
  readonly hashText?: string;
}

/** An event's place in the global chain. */
export interface ChainLink {
  readonly ordinal: bigint;
  readonly hash: Buffer;
  readonly position: GlobalPosition;
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  /** The hash as read, when read from text: see `storedHashIs`. */
  readonly hashText?: string;
}

export interface AuditedSeal extends SealStatement {
  readonly keyFingerprint: string;
  readonly signature: Buffer;
}

export interface AuditOptions {
  /** The public key the checker trusts; without one, signatures are not checked (unsigned ledgers, tests). */
  readonly trustedKey: KeyObject | null;
  /** Every key rotation recorded in the ledger, in order. */
  readonly rotations: readonly KeyRotation[];
  /** Where the global chain stands before the first event given, for a check that starts after the beginning. */
  readonly chainStart?: { readonly ordinal: bigint; readonly hash: Buffer };
  /** Rotations recorded before the first event given (a check that starts after the beginning). */
  readonly rotationsBefore?: number;
  /** The moment the ledger was read: events recorded well before it must be sealed. */
  readonly checkedAt: Date;
  /** How old an unsealed event may be before the missing seal counts as a break. */
  readonly unsealedGraceMilliseconds?: number;
  /**
   * Where the content hashes of events given with their stored text are checked when they take them
   * (in line otherwise), and, once they run, the append signatures (on libuv's thread pool otherwise).
   */
  readonly workers?: VerificationWorkers;
}

export const DEFAULT_UNSEALED_GRACE_MS = 10 * 60_000;

/**
 * Checks in flight at once, at most (append signatures on libuv's thread pool, batches of content
 * hashes on worker threads): enough to keep them busy, few enough to hold.
 */
export const CHECK_BACKLOG = 64;

/** Events a batch of content hashes holds: a millisecond or so of a worker's time, against a message each way. */
const CONTENT_BATCH = 128;

/** Why a check failed, worded the same online and offline. */
export const BREAKS = {
  changed: 'content does not match its hash: the event was changed',
  missingVersion: (version: number, previous: number) =>
    `version ${version} follows version ${previous}: an event of the stream is missing or out of order`,
  reordered: (version: number, previous: number) =>
    `version ${version} comes after version ${previous} in the global log: events were reordered or duplicated`,
  unlinked: 'hash does not link to the previous event of the stream',
  unsigned: 'append carries no signature of the ledger key: the server never wrote it (inserted into the database)',
  badSignature: 'append signature does not verify with the ledger key: the events were rewritten',
  rotationForged: 'key rotation is not signed by both the retiring and the new key: it was forged',
  deletedSealed: 'sealed event is missing from the log: it was deleted',
  moved: 'global position differs from the sealed one: events were moved',
  sealMismatch: 'global seal does not match the event hash',
  chainCut: (expected: bigint) => `global seal ${expected} is missing: the chain beside the log was cut`,
  outOfChainOrder: (expected: bigint) =>
    `the log holds this event where sealed event ${expected} stood: events were reordered or inserted`,
  insertedBetweenSeals: 'event is not in the global chain although later events are: it was inserted',
  unsealedTooLong: (minutes: number) =>
    `event is not sealed although it was recorded more than ${minutes} minutes before the check: the seal chain was cut or deleted`,
  sealRangeMissing: (from: bigint) => `signed seals from global seal ${from} are missing: the seal chain was cut`,
  sealForged: 'seal signature does not verify with the ledger key: the seal was forged',
  sealUnknownKey: (fingerprint: string) => `seal names key ${fingerprint}, which the ledger never had: the seal was forged`,
  sealHashMismatch: 'signed seal does not match the global chain: the chain was rewritten',
  unsignedSeal: 'global seal is not covered by a signed seal: the chain was rewritten',
} as const;

/** Updated in place as the stream's events are met: one object a stream, not one an event. */
interface StreamHead {
  version: number;
  hash: Buffer;
  /** The stream's id as first met: every later record of the stream shares this one string. */
  readonly streamId: string;
  /** Where the head's hash is kept between the stream's appends (see `keepHead`). */
  slot?: Buffer;
}

interface Signer {
  readonly key: KeyObject;
  readonly fingerprint: string;
  /** When it was retired: appends recorded before then may still carry it (in flight during the rotation). */
  readonly retiredAt: Date | null;
}

type EventRef = Pick<AuditedEvent, 'eventId' | 'streamId' | 'version' | 'position'>;

/** Event lines gathered for a worker, with what a finding there would name and its number. */
interface PendingContent {
  readonly lines: string[];
  readonly events: EventRef[];
  readonly findings: number[];
}

/**
 * Checks a ledger read in global order, from the database or from an export, with no other source
 * of truth than the events, their seals and a trusted public key: content hashes, stream chains,
 * append signatures, the global chain and its signed seals. Reports the earliest break.
 */
export class LedgerAudit {
  private readonly heads = new Map<string, StreamHead>();
  /** Room for more heads' hashes, 32 bytes each (see `keepHead`). */
  private headSlots = Buffer.alloc(0);
  private readonly signers: Signer[];
  private activeSigner: number;
  private readonly rotationsValid: number;
  private readonly grace: number;
  private firstBreak: IntegrityBreak | null = null;
  // Findings are numbered in the order of the checks, so that an append signature checked on the
  // thread pool, or a content hash on a worker, still loses a tie on position to what was found
  // before it, as if checked in line.
  private findings = 0;
  private firstBreakFinding = 0;
  private readonly deferredChecks = new Set<Promise<void>>();
  private deferredError: { error: unknown } | undefined;
  private contentBatch: PendingContent = { lines: [], events: [], findings: [] };
  private group: AuditedEvent[] = [];
  private readonly streams = new Set<string>();
  private readonly orphans = new Set<string>();
  private eventsChecked = 0;
  private appendsSigned = 0;
  // The global chain as met: link hashes by ordinal (from chainStart), to check the seals against.
  private readonly chainOrigin: bigint;
  private readonly chain = new ChainRecord();
  private previousLink: Buffer;
  private firstUnsealed: AuditedEvent | null = null;
  private oldUnsealed: AuditedEvent | null = null;
  private sealsChecked = 0;
  private sealedUpTo: bigint;
  private lastPosition: GlobalPosition | null = null;
  private lastSealedPosition: GlobalPosition | null = null;

  constructor(private readonly options: AuditOptions) {
    this.chainOrigin = options.chainStart?.ordinal ?? 0n;
    this.previousLink = options.chainStart?.hash ?? GENESIS_HASH;
    this.sealedUpTo = this.chainOrigin;
    this.grace = options.unsealedGraceMilliseconds ?? DEFAULT_UNSEALED_GRACE_MS;
    const { signers, valid } = keyHistory(options.trustedKey, options.rotations);
    this.signers = signers;
    this.rotationsValid = valid;
    this.activeSigner = Math.min(options.rotationsBefore ?? 0, signers.length - 1);
  }

  get checksSignatures(): boolean {
    return this.options.trustedKey !== null;
  }

  /** `text`, the event as stored (an export's line), lets a worker check its content hash. */
  event(event: AuditedEvent, text?: string): void {
    const last = this.group[this.group.length - 1];
    if (last && (last.streamId !== event.streamId || last.position.commit !== event.position.commit)) this.closeGroup();
    this.group.push(event);
    this.eventsChecked += 1;
    this.lastPosition = event.position;
    this.streams.add(event.streamId);
    this.checkStream(event, text);
    this.checkChain(event);
  }

  /** A global chain link whose event is no longer in the log; given before the events. */
  orphanLink(link: ChainLink): void {
    this.orphans.add(`${link.streamId}:${link.version}`);
    this.offer(link, BREAKS.deletedSealed);
  }

  seal(seal: AuditedSeal): void {
    if (!this.checksSignatures) return;
    const ref = this.chain.event(Number(seal.lastOrdinal - this.chainOrigin - 1n));
    const at = ref ?? this.chain.event(this.chain.length - 1);
    if (seal.firstOrdinal > this.sealedUpTo + 1n && at) {
      this.offer(this.chain.event(Number(this.sealedUpTo - this.chainOrigin)) ?? at, BREAKS.sealRangeMissing(this.sealedUpTo + 1n));
    }
    const signer = this.signers.find((candidate) => candidate.fingerprint === seal.keyFingerprint);
    if (at && !signer) this.offer(at, BREAKS.sealUnknownKey(seal.keyFingerprint));
    else if (at && !verifySignature(sealStatement(seal), seal.signature, signer!.key)) this.offer(at, BREAKS.sealForged);
    else if (ref && !this.chain.hashEquals(Number(seal.lastOrdinal - this.chainOrigin - 1n), seal.chainHash)) this.offer(ref, BREAKS.sealHashMismatch);
    if (seal.lastOrdinal > this.sealedUpTo) this.sealedUpTo = seal.lastOrdinal;
    this.sealsChecked += 1;
  }

  /** The streams of the events given so far. */
  get streamsMet(): number {
    return this.streams.size;
  }

  /** Append signatures and batches of content hashes still being checked off this thread. */
  get checksInFlight(): number {
    return this.deferredChecks.size;
  }

  /** Waits until at most `atMost` checks are still in flight: callers keep the backlog short. */
  async settle(atMost = 0): Promise<void> {
    while (this.deferredChecks.size > atMost) await Promise.race(this.deferredChecks);
    if (this.deferredError) throw this.deferredError.error;
  }

  async finish(): Promise<IntegrityReport & AuditSummary> {
    this.closeGroup();
    this.sendContentBatch();
    await this.settle();
    const linked = this.chainOrigin + BigInt(this.chain.length);
    if (this.checksSignatures && this.sealedUpTo < linked) {
      this.offer(this.chain.event(Number(this.sealedUpTo - this.chainOrigin))!, BREAKS.unsignedSeal);
    }
    if (this.oldUnsealed) this.offer(this.oldUnsealed, BREAKS.unsealedTooLong(Math.round(this.grace / 60_000)));
    return {
      intact: this.firstBreak === null,
      eventsChecked: this.eventsChecked,
      streamsChecked: this.streams.size,
      eventsSealed: this.chain.length,
      sealHead: this.chain.length > 0 ? this.previousLink.toString('hex') : null,
      firstBreak: this.firstBreak,
      appendsSigned: this.appendsSigned,
      sealsChecked: this.sealsChecked,
      signaturesChecked: this.checksSignatures,
      keyFingerprint: this.signers[this.activeSigner]?.fingerprint ?? null,
      lastPosition: this.lastPosition && formatPosition(this.lastPosition),
      lastSealedOrdinal: linked.toString(),
      lastSealedPosition: this.lastSealedPosition && formatPosition(this.lastSealedPosition),
    };
  }

  private checkStream(event: AuditedEvent, text: string | undefined): void {
    // Checked aside, the stream checks go on after a changed event; what they find there loses the
    // tie to the change, numbered first, and what they find later loses on position.
    if (text !== undefined && this.options.workers?.takes()) this.checkContentAside(event, text);
    else if (!storedHashIs(event.contentHash, event.contentHashText, contentHashHex(event))) return this.offer(event, BREAKS.changed);
    let head = this.heads.get(event.streamId);
    if (!head) {
      head = event.previousHash ? { version: event.version - 1, hash: event.previousHash, streamId: event.streamId } : { version: 0, hash: GENESIS_HASH, streamId: event.streamId };
      this.heads.set(event.streamId, head);
    }
    const { version, hash } = head;
    head.version = Math.max(version, event.version);
    head.hash = event.hash;
    if (event.version > version + 1) return this.offer(event, BREAKS.missingVersion(event.version, version));
    if (event.version <= version) return this.offer(event, BREAKS.reordered(event.version, version));
    if (!storedHashIs(event.hash, event.hashText, linkHashHex(hash, event.contentHash))) return this.offer(event, BREAKS.unlinked);
  }

  private checkChain(event: AuditedEvent): void {
    const link = event.link;
    if (!link) {
      this.firstUnsealed ??= event;
      if (!this.oldUnsealed && this.options.checkedAt.getTime() - event.recordedAt.getTime() > this.grace) this.oldUnsealed = event;
      return;
    }
    if (this.firstUnsealed) {
      this.offer(this.firstUnsealed, BREAKS.insertedBetweenSeals);
      this.firstUnsealed = null;
    }
    const expected = this.chainOrigin + BigInt(this.chain.length) + 1n;
    // A moved event is named where it was sealed: that is where the log stopped being what was signed.
    if (comparePositions(link.position, event.position) !== 0) this.offer({ ...event, position: link.position }, BREAKS.moved);
    else if (link.ordinal > expected) this.offer(event, BREAKS.chainCut(expected));
    else if (link.ordinal < expected) this.offer(event, BREAKS.outOfChainOrder(expected));
    else if (!storedHashIs(link.hash, link.hashText, linkHashHex(this.previousLink, event.hash))) this.offer(event, BREAKS.sealMismatch);
    this.previousLink = link.hash;
    this.lastSealedPosition = event.position;
    this.chain.push(link.hash, event, this.heads.get(event.streamId)?.streamId ?? event.streamId);
  }

  /** The events of one append (one stream, one transaction): the last one carries their signature. */
  private closeGroup(): void {
    const group = this.group;
    this.group = [];
    const last = group[group.length - 1];
    if (!last) return;
    this.keepHead(last.streamId);
    if (!this.checksSignatures) return;
    const statement = appendStatement(last.streamId, group[0].version, group.map((event) => event.hash));
    const finding = this.findings++;
    if (!last.appendSignature) return this.signatureFailed(last, finding);
    if (last.streamId === LEDGER_KEYS_STREAM && group.some((event) => event.type === KEY_ROTATED)) {
      // Checked in line: the appends after a rotation are checked against the key it installs.
      if (!this.signedByActiveKey(statement, last)) return this.signatureFailed(last, finding);
      this.appendsSigned += 1;
      return this.rotate(last);
    }
    this.defer(
      this.signedByActiveKeyAsync(statement, last).then((signed) => {
        if (signed) this.appendsSigned += 1;
        else this.signatureFailed(last, finding);
      }),
    );
  }

  /**
   * Copies the stream's head hash, once its append is over, to a slot of its own: the event's hash
   * shares an 8 KiB block of the buffer pool with what was made around it, and would keep that block
   * alive until the stream's next append, some 16 MiB for 2,000 streams of one append each.
   */
  private keepHead(streamId: string): void {
    const head = this.heads.get(streamId);
    if (!head || head.hash.length !== 32) return;
    if (!head.slot) {
      if (this.headSlots.length === 0) this.headSlots = Buffer.alloc(32 * 1_024);
      head.slot = this.headSlots.subarray(0, 32);
      this.headSlots = this.headSlots.subarray(32);
    }
    head.hash.copy(head.slot);
    head.hash = head.slot;
  }

  private checkContentAside(event: AuditedEvent, text: string): void {
    const batch = this.contentBatch;
    batch.lines.push(text);
    batch.events.push({ eventId: event.eventId, streamId: event.streamId, version: event.version, position: event.position });
    batch.findings.push(this.findings++);
    if (batch.lines.length === CONTENT_BATCH) this.sendContentBatch();
  }

  private sendContentBatch(): void {
    const { lines, events, findings } = this.contentBatch;
    if (lines.length === 0) return;
    this.contentBatch = { lines: [], events: [], findings: [] };
    this.defer(
      this.options.workers!.check(lines).then((changed) => {
        for (const index of changed) this.offer(events[index], BREAKS.changed, findings[index]);
      }),
    );
  }

  /** A check finishing off this thread: `settle` waits for it, and throws what it threw where the caller waits, as in line. */
  private defer(check: Promise<void>): void {
    const tracked: Promise<void> = check.then(
      () => void this.deferredChecks.delete(tracked),
      (error: unknown) => {
        this.deferredChecks.delete(tracked);
        this.deferredError ??= { error };
      },
    );
    this.deferredChecks.add(tracked);
  }

  private signatureFailed(last: AuditedEvent, finding: number): void {
    // An append whose last events were deleted lost its signature or no longer matches it: the deletion is the finding.
    if (!this.orphans.has(`${last.streamId}:${last.version + 1}`)) this.offer(last, last.appendSignature ? BREAKS.badSignature : BREAKS.unsigned, finding);
  }

  private signedByActiveKey(statement: Buffer, last: AuditedEvent): boolean {
    if (verifySignature(statement, last.appendSignature, this.signers[this.activeSigner].key)) return true;
    const retired = this.signers[this.activeSigner - 1];
    // An append prepared before the rotation may commit just after it, still under the retiring key.
    return retired?.retiredAt != null && last.recordedAt <= retired.retiredAt && verifySignature(statement, last.appendSignature, retired.key);
  }

  /** The same check off this thread, against the keys in force when the append was met. */
  private async signedByActiveKeyAsync(statement: Buffer, last: AuditedEvent): Promise<boolean> {
    const [active, retired] = [this.signers[this.activeSigner], this.signers[this.activeSigner - 1]];
    const workers = this.options.workers;
    const verify = (key: KeyObject) => (workers?.started ? workers.verifySignature(statement, last.appendSignature, key) : verifySignatureAsync(statement, last.appendSignature, key));
    if (await verify(active.key)) return true;
    return retired?.retiredAt != null && last.recordedAt <= retired.retiredAt && (await verify(retired.key));
  }

  private rotate(event: AuditedEvent): void {
    const next = this.activeSigner + 1;
    const data = event.data as Partial<KeyRotation>;
    if (next > this.rotationsValid || this.signers[next]?.fingerprint !== data.fingerprint) return this.offer(event, BREAKS.rotationForged);
    this.activeSigner = next;
  }

  private offer(event: EventRef, reason: string, finding = this.findings++): void {
    const candidate: IntegrityBreak = { eventId: event.eventId, streamId: event.streamId, version: event.version, position: event.position, reason };
    const order = this.firstBreak ? comparePositions(candidate.position!, this.firstBreak.position!) : -1;
    if (order < 0 || (order === 0 && finding < this.firstBreakFinding)) {
      this.firstBreak = candidate;
      this.firstBreakFinding = finding;
    }
  }
}

/**
 * Whether a stored hash is the digest computed as hex. Its text as read, when it is that digest,
 * answers without writing the stored bytes as hex; any other text (capitals, a tampered one) is
 * compared as the bytes it was read as.
 */
function storedHashIs(stored: Buffer, text: string | undefined, computed: string): boolean {
  return computed === text || computed === stored.toString('hex');
}

/**
 * The global chain as met, from `chainStart`: each link's hash and the event it names, kept for the
 * seals that come after the events. Columns, not an object per link: a few dozen bytes a link
 * instead of several hundred, and nothing for the collector to trace.
 */
class ChainRecord {
  length = 0;
  private hashes = Buffer.alloc(32 * 1_024);
  private commits = new BigInt64Array(1_024);
  private sequences = new BigInt64Array(1_024);
  private readonly eventIds: string[] = [];
  private readonly streamIds: string[] = [];
  private readonly versions: number[] = [];
  /** Hashes that are not 32 bytes long (a tampered export), by index. */
  private readonly oddHashes = new Map<number, Buffer>();

  push(hash: Buffer, event: EventRef, streamId: string): void {
    if (this.length === this.commits.length) this.grow();
    const index = this.length;
    if (hash.length === 32) hash.copy(this.hashes, index * 32);
    else this.oddHashes.set(index, hash);
    this.commits[index] = event.position.commit;
    this.sequences[index] = event.position.sequence;
    this.eventIds.push(event.eventId);
    this.streamIds.push(streamId);
    this.versions.push(event.version);
    this.length += 1;
  }

  event(index: number): EventRef | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return {
      eventId: this.eventIds[index],
      streamId: this.streamIds[index],
      version: this.versions[index],
      position: { commit: this.commits[index], sequence: this.sequences[index] },
    };
  }

  hashEquals(index: number, hash: Buffer): boolean {
    const odd = this.oddHashes.get(index);
    if (odd) return odd.equals(hash);
    return hash.length === 32 && this.hashes.compare(hash, 0, 32, index * 32, index * 32 + 32) === 0;
  }

  private grow(): void {
    const capacity = this.commits.length * 2;
    const hashes = Buffer.alloc(capacity * 32);
    this.hashes.copy(hashes);
    this.hashes = hashes;
    const commits = new BigInt64Array(capacity);
    commits.set(this.commits);
    this.commits = commits;
    const sequences = new BigInt64Array(capacity);
    sequences.set(this.sequences);
    this.sequences = sequences;
  }
}

export interface AuditSummary {
  readonly appendsSigned: number;
  readonly sealsChecked: number;
  readonly signaturesChecked: boolean;
  /** The key in force after the last event checked. */
  readonly keyFingerprint: string | null;
  readonly lastPosition: string | null;
  readonly lastSealedOrdinal: string;
  /** The last event covered by the global chain: a later check can pick the chains up there. */
  readonly lastSealedPosition: string | null;
}

/**
 * The keys of the ledger from its first to its current one. The trusted key may be any of them:
 * each rotation is signed by both keys, so trust passes along the chain in both directions.
 * Rotations from the first that does not hold (or does not connect) on are left out.
 */
function keyHistory(trusted: KeyObject | null, rotations: readonly KeyRotation[]): { signers: Signer[]; valid: number } {
  if (!trusted) return { signers: [], valid: 0 };
  const trustedFingerprint = publishKey(trusted).fingerprint;
  let valid = 0;
  while (
    valid < rotations.length &&
    rotationHolds(rotations[valid]) &&
    (valid === 0 || rotations[valid].previousFingerprint === rotations[valid - 1].fingerprint)
  ) {
    valid += 1;
  }
  const chain = rotations.slice(0, valid);
  const fingerprints = chain.length === 0 ? [trustedFingerprint] : [chain[0].previousFingerprint, ...chain.map((rotation) => rotation.fingerprint)];
  if (!fingerprints.includes(trustedFingerprint)) return { signers: [{ key: trusted, fingerprint: trustedFingerprint, retiredAt: null }], valid: 0 };
  const keys = chain.length === 0 ? [trusted] : [parsePublicKey(chain[0].previousPublicKey), ...chain.map((rotation) => parsePublicKey(rotation.publicKey))];
  return {
    signers: keys.map((key, index) => ({
      key,
      fingerprint: fingerprints[index],
      retiredAt: index < chain.length ? new Date(chain[index].rotatedAt) : null,
    })),
    valid,
  };
}
