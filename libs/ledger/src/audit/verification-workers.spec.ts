import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentHash } from '../hashing.js';
import { LedgerSigner } from '../signing/ledger-signing.js';
import { generateSigningKeyPem } from '../signing/signing-key-file.js';
import { VerificationWorkers, STRETCH_EVENTS } from './verification-workers.js';

const recordedAt = new Date('2026-03-01T09:00:00.000Z');

/** An export's event line, as far as its content hash goes. */
function eventLine(round: number, edit: (line: Record<string, unknown>) => void = () => {}): string {
  const event = { eventId: randomUUID(), streamId: `member-${round}`, type: 'Noted', schemaVersion: 1, data: { round, text: 'Протокол заседания' }, metadata: { actorId: 'secretariat' }, recordedAt };
  const line: Record<string, unknown> = { kind: 'event', ...event, recordedAt: recordedAt.toISOString(), contentHash: contentHash(event).toString('hex') };
  edit(line);
  return JSON.stringify(line);
}

describe('the verification workers', () => {
  let pool: VerificationWorkers;
  beforeEach(() => (pool = new VerificationWorkers(2)));
  afterEach(() => pool.close());

  it('given event lines of which two were edited, when checked on the workers, then the indexes of those two come back', async () => {
    const lines = Array.from({ length: 10 }, (_, round) => eventLine(round));
    lines[3] = eventLine(3, (line) => (line.data = { round: 99 }));
    lines[7] = eventLine(7, (line) => (line.metadata = { actorId: 'intruder' }));

    expect(await pool.check(lines)).toEqual([3, 7]);
  });

  it('given six batches sent at once to two workers, when checked, then each answer names the edited line of its own batch', async () => {
    const batches = Array.from({ length: 6 }, (_, batch) => Array.from({ length: 5 }, (_, round) => eventLine(round, round === batch % 5 ? (line) => (line.type = 'Forged') : undefined)));

    const answers = await Promise.all(batches.map((lines) => pool.check(lines)));

    expect(answers).toEqual([[0], [1], [2], [3], [4], [0]]);
  });

  it('given a content hash written in capitals, when checked, then it matches, as the hex the reading thread decodes does', async () => {
    const capitals = eventLine(1, (line) => (line.contentHash = (line.contentHash as string).toUpperCase()));

    expect(await pool.check([capitals])).toEqual([]);
  });

  it('given a line that is not JSON, when checked, then the batch fails with the parser error', async () => {
    await expect(pool.check([eventLine(1), '{"kind":"event",'])).rejects.toThrow(/SyntaxError/);
  });

  it('given a statement signed by the ledger key, when its signature is checked on a worker, then it holds for that key only, and not once the statement or the signature changed', async () => {
    const signer = new LedgerSigner(generateSigningKeyPem());
    const stranger = new LedgerSigner(generateSigningKeyPem());
    const statement = Buffer.from('accord-append-v1\nmember-1\n1\n' + 'ab'.repeat(32));
    const signature = signer.sign(statement);

    const answers = await Promise.all([
      pool.verifySignature(statement, signature, signer.publicKey),
      pool.verifySignature(statement, signature, stranger.publicKey),
      pool.verifySignature(Buffer.concat([statement, Buffer.from('0')]), signature, signer.publicKey),
      pool.verifySignature(statement, Buffer.alloc(64), signer.publicKey),
      pool.verifySignature(statement, null, signer.publicKey),
    ]);

    expect(answers).toEqual([true, false, false, false, false]);
  });

  it('given the workers closed, when asked to check, then it refuses', async () => {
    await pool.check([eventLine(1)]);
    await pool.close();

    await expect(pool.check([eventLine(2)])).rejects.toThrow(/closed/);
  });

  it('given a stretch of events in which the process hardly ran, when more come, then three stretches are left to the caller and the next goes to the workers again', async () => {
    const offers = (count: number) => Array.from({ length: count }, () => pool.takes());

    const stretch = offers(STRETCH_EVENTS / 2);
    await sleep(50);
    stretch.push(...offers(STRETCH_EVENTS / 2));
    const after = offers(3 * STRETCH_EVENTS + 1);

    expect(stretch.every(Boolean)).toBe(true);
    expect(after.slice(0, -1).some(Boolean)).toBe(false);
    expect(after[after.length - 1]).toBe(true);
  });
});
