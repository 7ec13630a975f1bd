import type { KeyObject } from 'node:crypto';
import { LedgerAudit, CHECK_BACKLOG, type AuditSummary } from '../audit/ledger-audit.js';
import type { IntegrityReport, VerificationProgress } from '../event-store.port.js';
import { START, type GlobalPosition } from '../position.js';
import type { LedgerReader } from './ledger-reader.js';

export interface OnlineVerificationOptions {
  /** Without a key, signatures are not checked (a ledger opened without its signer). */
  readonly trustedKey: KeyObject | null;
  /** Checks only the events after this position, picking up the stream chains and the global chain there. */
  readonly after?: GlobalPosition;
  readonly onProgress?: (progress: VerificationProgress) => void;
}

export type LedgerVerification = IntegrityReport & AuditSummary;

/**
 * Reads the stored ledger in global order through the same checks an auditor runs on an export,
 * so a break is worded the same in both places. Reads only.
 */
export async function verifyLedger(reader: LedgerReader, options: OnlineVerificationOptions): Promise<LedgerVerification> {
  const after = options.after ?? START;
  const incremental = options.after !== undefined;
  const { rotations, before } = await reader.rotations(after);
  const chainStart = incremental ? await reader.chainAt(after) : undefined;
  const audit = new LedgerAudit({
    trustedKey: options.trustedKey,
    rotations,
    rotationsBefore: before,
    chainStart,
    checkedAt: new Date(),
  });
  const seen = new Set<string>();
  let checked = 0;
  let lastOrdinal = chainStart?.ordinal ?? 0n;
  for (const link of await reader.orphanLinks(chainStart?.ordinal ?? 0n)) {
    audit.orphanLink(link);
    if (link.ordinal > lastOrdinal) lastOrdinal = link.ordinal;
  }
  for await (const page of reader.events(after)) {
    const previous = incremental ? await reader.previousHashes(page, seen) : new Map<string, Buffer>();
    for (const event of page) {
      const first = incremental && !seen.has(event.streamId);
      seen.add(event.streamId);
      audit.event(first && event.version > 1 ? { ...event, previousHash: previous.get(event.streamId) ?? null } : event);
      if (event.link && event.link.ordinal > lastOrdinal) lastOrdinal = event.link.ordinal;
    }
    checked += page.length;
    await audit.settle(CHECK_BACKLOG);
    options.onProgress?.({ phase: 'streams', eventsChecked: checked });
  }
  for await (const seals of reader.seals(chainStart?.ordinal ?? 0n, lastOrdinal)) for (const seal of seals) audit.seal(seal);
  options.onProgress?.({ phase: 'global-chain', eventsChecked: checked });
  return audit.finish();
}
