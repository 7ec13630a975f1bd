import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { exportLines } from './ledger-export.js';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const collected: string[] = [];
  for await (const line of lines) collected.push(line);
  return collected;
}

/** The bytes cut into chunks of the given size, as a file stream hands them on. */
function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return Readable.from(chunks);
}

const readlineLines = (bytes: Buffer) => collect(createInterface({ input: chunked(bytes, 7), crlfDelay: Infinity }));

/** What the manifest's SHA-256 covers: every line readline finds but the last, each ended by a line feed, empty lines left out. */
async function digestBeforeLastLine(bytes: Buffer): Promise<string> {
  const lines = (await readlineLines(bytes)).filter((line) => line !== '');
  return createHash('sha256').update(lines.slice(0, -1).map((line) => `${line}\n`).join('')).digest('hex');
}

async function readWhole(bytes: Buffer, chunkSize: number): Promise<{ lines: string[]; sha256: string }> {
  const file = exportLines(chunked(bytes, chunkSize));
  const lines = await collect(file);
  return { lines, sha256: file.sha256() };
}

describe('the lines of an export read from its bytes', () => {
  it('given line feeds, carriage returns, empty lines and no final line end, when split, then the lines are the ones readline gives', async () => {
    const texts = ['{"a":1}\n{"b":2}\n', '{"a":1}\r\n\r\n{"b":2}', 'a\rb\r\r\nc\r', '\n\nlast', '', 'x\r'];

    for (const text of texts) {
      const bytes = Buffer.from(text);
      expect(await collect(exportLines(chunked(bytes, 3)))).toEqual(await readlineLines(bytes));
      expect(await collect(exportLines(chunked(bytes, 1)))).toEqual(await readlineLines(bytes));
    }
  });

  it('given a character of several bytes cut between two chunks, when split, then it is read whole', async () => {
    const bytes = Buffer.from('{"text":"Протокол заседания"}\n{"text":"ы"}');

    const lines = await collect(exportLines(chunked(bytes, 1)));

    expect(lines).toEqual(['{"text":"Протокол заседания"}', '{"text":"ы"}']);
  });

  it('given files as the exporter writes them and files changed in their line ends, empty lines or encoding, when read in chunks of any size, then the digest covers every line but the last as the checker reads them', async () => {
    const invalidUtf8 = Buffer.concat([Buffer.from('{"header":1}\n{"text":"'), Buffer.from([0xd0, 0x22]), Buffer.from('}\n{"manifest":1}\n')]);
    const files = [
      Buffer.from('{"header":1}\n{"text":"Протокол заседания"}\n{"manifest":1}\n'),
      Buffer.from('{"header":1}\n{"text":"ы"}\n{"manifest":1}'),
      Buffer.from('{"header":1}\r\n{"event":2}\r\n{"manifest":1}\r\n'),
      Buffer.from('{"header":1}\n\n{"event":2}\n{"manifest":1}\n\n'),
      Buffer.from('\n{"header":1}\r{"event":2}\n{"manifest":1}'),
      invalidUtf8,
      Buffer.from('{"manifest":1}\n'),
      Buffer.alloc(0),
    ];

    for (const bytes of files) {
      const expected = { lines: await readlineLines(bytes), sha256: await digestBeforeLastLine(bytes) };
      for (const chunkSize of [1, 3, 16, 1_024]) expect(await readWhole(bytes, chunkSize)).toEqual(expected);
    }
  });

  it('given an export whose line ends were changed to CR LF, when read, then its lines and digest are those of the export as written', async () => {
    const asExported = await readWhole(Buffer.from('{"header":1}\n{"event":2}\n{"manifest":1}\n'), 5);
    const withReturns = await readWhole(Buffer.from('{"header":1}\r\n{"event":2}\n{"manifest":1}\n'), 5);

    expect(withReturns.lines).toEqual(asExported.lines);
    expect(withReturns.sha256).toBe(asExported.sha256);
  });
});
