import type { EstablishmentRecord } from '#accord/membership';
import type { EventStore } from '#accord/ledger';
import { FOUNDING_PROCESS_ID } from '../domain/founding.decide.js';
import type { FoundingEvent } from '../domain/founding.events.js';

/** The founding's answer to the register's port: the day the Association was established, from the ledger. */
export class FoundingEstablishmentRecord implements EstablishmentRecord {
  constructor(private readonly store: EventStore) {}

  async establishedOn(): Promise<string | null> {
    const founding = (await this.store.readStream(`founding-${FOUNDING_PROCESS_ID}`)) as unknown as FoundingEvent[];
    const established = founding.findLast((event) => event.type === 'AssociationEstablished');
    return established?.type === 'AssociationEstablished' ? established.data.establishedOn : null;
  }
}
