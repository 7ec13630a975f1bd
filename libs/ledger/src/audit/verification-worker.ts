import { parentPort } from 'node:worker_threads';
import { contentHashHex } from '../hashing.js';
import { verifySignature } from '../signing/ledger-signing.js';
import type { VerificationRequest, VerificationResult } from './verification-workers.js';
import type { ExportedEvent } from './ledger-export.js';

/** The indexes of the event lines of an export whose content does not match their content hash. */
function changedLines(lines: readonly string[]): number[] {
  const changed: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const { eventId, streamId, type, schemaVersion, data, metadata, recordedAt, contentHash } = JSON.parse(lines[index]) as ExportedEvent;
    const computed = contentHashHex({ eventId, streamId, type, schemaVersion, data, metadata, recordedAt: new Date(recordedAt) });
    // Read as the reading thread reads it (hex to bytes and back), so that both find the same.
    if (contentHash !== computed && Buffer.from(contentHash, 'hex').toString('hex') !== computed) changed.push(index);
  }
  return changed;
}

const port = parentPort!;
port.on('message', (request: VerificationRequest) => {
  const { id } = request;
  let result: VerificationResult;
  try {
    result = 'lines' in request ? { id, changed: changedLines(request.lines) } : { id, valid: verifySignature(request.statement, request.signature, request.key) };
  } catch (error) {
    // Thrown where the verification waits for this answer, as the check in line would have thrown.
    result = { id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  port.postMessage(result);
});
