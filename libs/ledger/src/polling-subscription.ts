import type { ReadAllOptions, RecordedEvent, Subscription, SubscriptionOptions } from './event-store.port.js';
import { comparePositions, START, type GlobalPosition } from './position.js';

export interface PollingSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<GlobalPosition>;
}

/** Wakes sleepers early when this process appends, so local subscribers see their writes at once. */
export class AppendSignal {
  private waiters: Array<() => void> = [];
  private readonly listeners = new Set<(position: GlobalPosition) => void>();

  /** An append of this process ended at `position`: wakes the sleepers and tells the listeners. */
  notify(position: GlobalPosition): void {
    this.wakeSleepers();
    for (const listener of this.listeners) listener(position);
  }

  wakeSleepers(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Calls `listener` with the position of every append of this process until the returned function is called. */
  listen(listener: (position: GlobalPosition) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  wait(milliseconds: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, milliseconds);
      const waiters = this.waiters;
      function done() {
        clearTimeout(timer);
        resolve();
      }
      waiters.push(done);
    });
  }
}

/**
 * A catch-up-then-live subscription built on ordered reads of the global log. Polling keeps it
 * adapter-neutral and free of NOTIFY, whose commit-time lock would serialize every append.
 */
export function pollingSubscription(
  source: PollingSource,
  signal: AppendSignal,
  options: SubscriptionOptions,
  idleMilliseconds = 100,
): Subscription {
  const batchSize = options.batchSize ?? 500;
  let checkpoint = options.after;
  let closed = false;
  let catchUpWaiters: Array<{ target: GlobalPosition; resolve: () => void }> = [];

  const settleCatchUps = () => {
    const reached = (target: GlobalPosition) => comparePositions(checkpoint ?? START, target) >= 0;
    catchUpWaiters = catchUpWaiters.filter((waiter) => {
      if (!reached(waiter.target)) return true;
      waiter.resolve();
      return false;
    });
  };

  const loop = async () => {
    while (!closed) {
      try {
        const events = await source.readAll({ after: checkpoint, maxCount: batchSize });
        if (closed) return;
        if (events.length > 0) {
          await options.onEvents(events);
          checkpoint = events[events.length - 1].position;
          settleCatchUps();
          if (events.length === batchSize) continue;
        }
        settleCatchUps();
        await signal.wait(idleMilliseconds);
      } catch (error) {
        options.onError?.(error);
        await signal.wait(idleMilliseconds * 10);
      }
    }
  };
  const running = loop();

  return {
    async caughtUp() {
      const target = await source.headPosition();
      await new Promise<void>((resolve) => {
        catchUpWaiters.push({ target, resolve });
        settleCatchUps();
      });
    },
    async close() {
      closed = true;
      signal.wakeSleepers();
      await running;
      for (const waiter of catchUpWaiters) waiter.resolve();
      catchUpWaiters = [];
    },
  };
}

/** The subscriptions a store has handed out, so that closing the store closes them too. */
export class OpenSubscriptions {
  private readonly open = new Set<Subscription>();

  track(subscription: Subscription): Subscription {
    this.open.add(subscription);
    return {
      caughtUp: () => subscription.caughtUp(),
      close: async () => {
        this.open.delete(subscription);
        await subscription.close();
      },
    };
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.open].map((subscription) => subscription.close()));
  }
}
