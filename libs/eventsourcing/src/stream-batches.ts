/**
 * One writer at a time per stream within this process: what arrives while a write is at work waits,
 * and is handed over together, in arrival order, when it finishes. A writer that would only lose the
 * race for the next version waits its turn instead of failing and reading again, and a busy stream
 * costs one append (one commit) per batch instead of one per command.
 */
export class StreamBatches<Item> {
  private readonly waiting = new Map<string, Item[]>();

  /** `write` settles every item it is given and never throws. */
  constructor(
    private readonly write: (streamId: string, batch: readonly Item[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  add(streamId: string, item: Item): void {
    const queue = this.waiting.get(streamId);
    if (queue) {
      queue.push(item);
      return;
    }
    this.waiting.set(streamId, [item]);
    void this.drain(streamId);
  }

  /** Streams with a write at work. */
  get busy(): number {
    return this.waiting.size;
  }

  private async drain(streamId: string): Promise<void> {
    const queue = this.waiting.get(streamId)!;
    while (queue.length > 0) await this.write(streamId, queue.splice(0, this.maxBatch));
    // The stream leaves no entry behind: the map holds only streams being written.
    this.waiting.delete(streamId);
  }
}
