import { StreamBatches } from './stream-batches.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function recording() {
  const log: string[] = [];
  const batches = new StreamBatches<string>(async (streamId, batch) => {
    log.push(`${streamId} starts ${batch.join(',')}`);
    await tick();
    log.push(`${streamId} ends ${batch.join(',')}`);
  }, 3);
  return { log, batches };
}

describe('batches of writes per stream', () => {
  it('given writes arriving while one is at work, then they follow it together, in arrival order, at most a batch at a time', async () => {
    const { log, batches } = recording();
    for (const item of ['a', 'b', 'c', 'd', 'e']) batches.add('stream-1', item);
    while (batches.busy > 0) await tick();
    expect(log).toEqual(['stream-1 starts a', 'stream-1 ends a', 'stream-1 starts b,c,d', 'stream-1 ends b,c,d', 'stream-1 starts e', 'stream-1 ends e']);
  });

  it('given writes on different streams, then neither waits for the other', async () => {
    const { log, batches } = recording();
    batches.add('stream-1', 'a');
    batches.add('stream-2', 'b');
    while (batches.busy > 0) await tick();
    expect(log).toEqual(['stream-1 starts a', 'stream-2 starts b', 'stream-1 ends a', 'stream-2 ends b']);
  });

  it('given a stream whose writes are done, then it leaves nothing behind and a later write starts at once', async () => {
    const { log, batches } = recording();
    batches.add('stream-1', 'a');
    while (batches.busy > 0) await tick();
    batches.add('stream-1', 'b');
    expect(log).toEqual(['stream-1 starts a', 'stream-1 ends a', 'stream-1 starts b']);
  });
});
