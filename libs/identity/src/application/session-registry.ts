import type { CommandProcessor } from '#accord/eventsourcing';
import type { EventStore, Subscription } from '#accord/ledger';
import { accountAggregate } from '../domain/account/account.decide.js';
import type { AccountState } from '../domain/account/account.state.js';

const ACCOUNT_STREAM = 'account-';

/**
 * The current state of the accounts that present credentials, folded from the ledger and kept in
 * memory so that checking a token costs no query. An entry is dropped as soon as its account's
 * stream moves: at once by this process after its own acts (`forget`), and within one poll of the
 * ledger for acts recorded by any other server instance.
 */
export class SessionRegistry {
  private readonly accounts = new Map<string, AccountState>();
  /** Bumped by every forget, so that a load which raced with one is not kept. */
  private generation = 0;
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
    if (cached) return cached;
    const generation = this.generation;
    const { state } = await this.processor.load(accountAggregate, accountId);
    // An account not yet recorded is not kept: it may be recorded by another process any moment.
    if (generation === this.generation && state.status !== 'none') this.remember(accountId, state);
    return state;
  }

  /** Drops what is known of an account: the next check reads its stream again. */
  forget(accountId: string): void {
    this.generation += 1;
    this.accounts.delete(accountId);
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
          for (const event of events) if (event.streamId.startsWith(ACCOUNT_STREAM)) this.forget(event.streamId.slice(ACCOUNT_STREAM.length));
        },
        onError: this.onError,
      }),
    );
    this.following.catch(() => (this.following = undefined));
    return this.following;
  }

  private remember(accountId: string, state: AccountState): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.accounts.size >= this.capacity) this.accounts.delete(this.accounts.keys().next().value!);
    this.accounts.set(accountId, state);
  }
}
