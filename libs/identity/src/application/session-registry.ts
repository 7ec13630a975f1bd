import type { CommandProcessor } from '#accord/eventsourcing';
import type { EventStore, Subscription } from '#accord/ledger';
import { accountAggregate } from '../domain/account/account.decide.js';
import type { AccountState } from '../domain/account/account.state.js';

const ACCOUNT_STREAM = 'account-';

/** An account's state and the stream version it was folded to. */
interface KnownAccount {
  readonly state: AccountState;
  readonly version: number;
}

/**
 * The current state of the accounts that present credentials, folded from the ledger and kept in
 * memory so that checking a token costs no query. An entry is dropped as soon as its account's
 * stream moves past it: at once by this process after its own acts (`forget`), and within one poll
 * of the ledger for acts recorded by any other server instance.
 */
export class SessionRegistry {
  private readonly accounts = new Map<string, KnownAccount>();
  /** Per account being read: the loads in flight and the highest version its stream was reported at meanwhile. */
  private readonly loading = new Map<string, { pending: number; reported: number }>();
  private following: Promise<Subscription> | undefined;

  constructor(
    private readonly processor: CommandProcessor,
    private readonly store: EventStore,
    private readonly capacity = 10_000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** The account as the ledger has it now (`none` for an account that was never registered). */
  async current(accountId: string): Promise<AccountState> {
    await this.follow();
    const cached = this.accounts.get(accountId);
    if (cached) return cached.state;
    const load = this.loading.get(accountId) ?? { pending: 0, reported: 0 };
    load.pending += 1;
    this.loading.set(accountId, load);
    try {
      const { state, version } = await this.processor.load(accountAggregate, accountId);
      // A load that may have missed an act reported meanwhile is not kept; nor an account not yet
      // recorded, which another process may record any moment.
      if (version >= load.reported && state.status !== 'none') this.remember(accountId, { state, version });
      return state;
    } finally {
      load.pending -= 1;
      if (load.pending === 0) this.loading.delete(accountId);
    }
  }

  /** Drops what is known of an account, and what a read in flight will bring: the next check reads its stream again. */
  forget(accountId: string): void {
    this.moved(accountId, Number.POSITIVE_INFINITY);
  }

  async close(): Promise<void> {
    const subscription = await this.following?.catch(() => undefined);
    this.following = undefined;
    await subscription?.close();
  }

  /** Follows the ledger from its head: what was recorded before is read on demand, per account. */
  private follow(): Promise<Subscription> {
    this.following ??= this.store.headPosition().then((head) =>
      this.store.subscribe({
        after: head,
        onEvents: async (events) => {
          for (const event of events) if (event.streamId.startsWith(ACCOUNT_STREAM)) this.moved(event.streamId.slice(ACCOUNT_STREAM.length), event.version);
        },
        onError: this.onError,
      }),
    );
    this.following.catch(() => (this.following = undefined));
    return this.following;
  }

  /** The account's stream reached `version`: an entry or a load that already holds it stays, so a check made meanwhile costs no second read. */
  private moved(accountId: string, version: number): void {
    const load = this.loading.get(accountId);
    if (load) load.reported = Math.max(load.reported, version);
    if ((this.accounts.get(accountId)?.version ?? 0) < version) this.accounts.delete(accountId);
  }

  private remember(accountId: string, known: KnownAccount): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.accounts.size >= this.capacity) this.accounts.delete(this.accounts.keys().next().value!);
    this.accounts.set(accountId, known);
  }
}
