/**
 * Splits a server-sent-events text stream into the `data` of each complete message; returns the
 * messages and the incomplete rest. EventSource cannot send the bearer token, so the stream is read
 * with fetch and parsed here.
 */
export function parseServerEvents(buffer: string): { messages: string[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const messages = blocks
    .map((block) =>
      block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n'),
    )
    .filter((data) => data !== '');
  return { messages, rest };
}
