import { Logger } from '@nestjs/common';
import { loggedError } from './log-fields.js';

/**
 * Runs `work` every `intervalMilliseconds`, one run at a time: a run that takes longer than the
 * interval is not overlapped by the next. A failed run is logged and the next one tries again.
 */
export class PeriodicJob {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  /** An interval of 0 never starts the job. */
  constructor(
    private readonly name: string,
    private readonly intervalMilliseconds: number,
    private readonly work: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    if (this.timer || this.intervalMilliseconds === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.work()
        .catch((error: unknown) => this.logger.error({ message: `${this.name} failed`, error: loggedError(error) }))
        .finally(() => (this.running = undefined));
    }, this.intervalMilliseconds);
    this.timer.unref();
  }

  /** Stops the timer and waits for the run under way, so it ends before the database closes. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
