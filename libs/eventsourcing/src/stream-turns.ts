/**
 * One writer at a time per stream within this process, in the order they arrived: a writer that
 * would only lose the race for the next version waits its turn instead of failing and reading again.
 */
export class StreamTurns {
  private readonly lasts = new Map<string, Promise<void>>();

  async inTurn<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const before = this.lasts.get(streamId);
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.lasts.set(streamId, mine);
    try {
      if (before) await before;
      return await work();
    } finally {
      done();
      // The last writer in line leaves no entry behind: the map holds only streams being written.
      if (this.lasts.get(streamId) === mine) this.lasts.delete(streamId);
    }
  }

  /** Streams with a writer at work or waiting. */
  get busy(): number {
    return this.lasts.size;
  }
}
