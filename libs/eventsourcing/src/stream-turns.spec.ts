import { StreamTurns } from './stream-turns.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('turns on a stream', () => {
  it('given writers arriving at once on one stream, then each starts after the one before it has finished, in arrival order', async () => {
    const turns = new StreamTurns();
    const log: string[] = [];
    const writer = (name: string) =>
      turns.inTurn('stream-1', async () => {
        log.push(`${name} starts`);
        await tick();
        log.push(`${name} ends`);
      });
    await Promise.all([writer('a'), writer('b'), writer('c')]);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('given writers on different streams, then neither waits for the other', async () => {
    const turns = new StreamTurns();
    const log: string[] = [];
    const writer = (streamId: string) =>
      turns.inTurn(streamId, async () => {
        log.push(`${streamId} starts`);
        await tick();
        log.push(`${streamId} ends`);
      });
    await Promise.all([writer('stream-1'), writer('stream-2')]);
    expect(log).toEqual(['stream-1 starts', 'stream-2 starts', 'stream-1 ends', 'stream-2 ends']);
  });

  it('given a writer that fails, then the next one still gets its turn and nothing is left behind', async () => {
    const turns = new StreamTurns();
    const failing = turns.inTurn('stream-1', () => Promise.reject(new Error('refused')));
    const next = turns.inTurn('stream-1', () => Promise.resolve('appended'));
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('appended');
    expect(turns.busy).toBe(0);
  });
});
