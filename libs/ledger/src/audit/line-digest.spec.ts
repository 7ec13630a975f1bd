import { createHash } from 'node:crypto';
import { LineDigest } from './line-digest.js';

const lines = Array.from({ length: 3_000 }, (_, index) => JSON.stringify({ kind: 'event', index, note: 'Протокол заседания правления'.repeat(1 + (index % 5)) }));
const expected = createHash('sha256').update(lines.map((line) => `${line}\n`).join('')).digest('hex');

describe("the digest of an export's lines", () => {
  let digest: LineDigest;
  afterEach(() => digest.close());

  it('given lines shorter than the in-line length, when digested, then the SHA-256 is that of every line ended by a line feed', async () => {
    digest = new LineDigest();
    for (const line of lines) digest.line(line);

    expect(await digest.hex()).toBe(expected);
  });

  it('given lines past the in-line length, when digested on the worker, then the SHA-256 is the same as in line', async () => {
    digest = new LineDigest(100_000);
    for (const line of lines) {
      digest.line(line);
      if (digest.backlogged) await digest.drained();
    }

    expect(await digest.hex()).toBe(expected);
  });

  it('given a closed digest whose worker had lines, when the digest is asked for, then it fails instead of waiting for ever', async () => {
    digest = new LineDigest(1_000);
    for (const line of lines) digest.line(line);
    await digest.close();

    await expect(digest.hex()).rejects.toThrow('the file digest was closed');
  });
});
