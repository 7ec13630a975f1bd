import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { DigestMessage } from './line-digest.js';

const digest = createHash('sha256');
const port = parentPort!;
// Each block of lines is acknowledged once hashed, so the reading thread can bound what is in flight.
port.on('message', (message: DigestMessage) => {
  if (message.lines) {
    message.lines.push('');
    digest.update(message.lines.join('\n'));
    port.postMessage(null);
  } else {
    port.postMessage(digest.digest('hex'));
  }
});
