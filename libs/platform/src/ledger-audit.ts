import { RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { causesOf, effectsOf, exportLedger, PostgresEventStore, type CauseChain, type EffectNode, type EventStore, type GlobalPosition, type RecordedEvent } from '#accord/ledger';

function signedLedgerRequired(): DomainRuleViolation {
  return new DomainRuleViolation('SIGNED_LEDGER_REQUIRED', {
    ru: 'Эта операция доступна только для подписанного журнала в PostgreSQL',
    en: 'This needs the signed PostgreSQL ledger',
  });
}

/**
 * What auditors read to check the ledger without trusting the server: its public key, an export,
 * and the causation of any event. Each needs the signed PostgreSQL ledger.
 */
export class LedgerAudit {
  constructor(private readonly store: EventStore) {}

  publicKey() {
    const signer = this.signedStore().signer!;
    return { algorithm: 'Ed25519', ...signer.key, pem: signer.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  }

  /** The NDJSON export, as `accord export` writes it, in chunks to stream. */
  export(from: GlobalPosition | undefined): AsyncIterable<Buffer> {
    const store = this.signedStore();
    return exportLedger(store.reader, { from, signingKey: store.signer?.key ?? null });
  }

  async causes(eventId: string): Promise<CauseChain> {
    return causesOf(this.causation(), await this.event(eventId));
  }

  async effects(eventId: string): Promise<EffectNode> {
    return effectsOf(this.causation(), await this.event(eventId));
  }

  /** The store that signs appends and seals; what rotating the key needs. */
  signedStore(): PostgresEventStore {
    if (!(this.store instanceof PostgresEventStore) || !this.store.signer) throw signedLedgerRequired();
    return this.store;
  }

  private async event(eventId: string): Promise<RecordedEvent> {
    const [event] = await this.store.readEvents([eventId]);
    if (!event) throw new RecordNotFound('event', eventId);
    return event;
  }

  private causation(): PostgresEventStore {
    if (!(this.store instanceof PostgresEventStore)) throw signedLedgerRequired();
    return this.store;
  }
}
