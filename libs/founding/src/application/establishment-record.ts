import type { EstablishmentRecord } from '#accord/membership';
import { type EventStore, readStreamOf } from '#accord/ledger';
import { FOUNDING_PROCESS_ID } from '../domain/founding.decide.js';
import type { FoundingEvent } from '../domain/founding.events.js';

/** The founding's answer to the register's port: the day the Association was established, from the ledger. */
export class FoundingEstablishmentRecord implements EstablishmentRecord {
  constructor(private readonly store: EventStore) {}

  async establishedOn(): Promise<string | null> {
    const founding = await readStreamOf<FoundingEvent>(this.store, `founding-${FOUNDING_PROCESS_ID}`);
    const established = founding.findLast((event) => event.type === 'AssociationEstablished');
    return established?.type === 'AssociationEstablished' ? established.data.establishedOn : null;
  }
}
