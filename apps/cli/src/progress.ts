/** Draws progress on a terminal in place; elsewhere (CI, pipes) writes a line at most once a second. */
export class ProgressDisplay {
  private readonly started = Date.now();
  private lastLine = 0;

  constructor(
    private readonly output: NodeJS.WriteStream,
    private readonly label: string,
    private readonly unit = 'events',
  ) {}

  update(done: number, total: number, note = ''): void {
    const now = Date.now();
    const finished = total > 0 && done >= total;
    if (!this.output.isTTY && !finished && now - this.lastLine < 1_000) return;
    this.lastLine = now;
    const line = this.describe(done, total, note);
    if (this.output.isTTY) this.output.write(`\r\x1b[2K${line}`);
    else this.output.write(`${line}\n`);
  }

  end(): void {
    if (this.output.isTTY) this.output.write('\n');
  }

  private describe(done: number, total: number, note: string): string {
    const seconds = Math.max((Date.now() - this.started) / 1_000, 0.001);
    const share = total > 0 ? Math.min(done / total, 1) : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const rate = Math.round(done / seconds);
    const remaining = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const numbers = `${done.toLocaleString('en')}/${total.toLocaleString('en')} ${this.unit}, ${rate.toLocaleString('en')}/s`;
    const eta = done < total ? `, about ${remaining}s left` : '';
    return `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${numbers}${eta}${note ? ` ${note}` : ''}`;
  }
}
