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
});
