import type { EventStore } from '#accord/ledger';
import { competenceTable, type CompetenceTable } from '../domain/competence.js';
import { latestFoundingEvent } from './founding-record.js';

/**
 * Who may decide what: the law's defaults refined by the charter the Association was established
 * with (its voting rules, recorded in `AssociationEstablished`). Read from the ledger on every use, so
 * a command is judged by the charter in force, never by a lagging read model.
 */
export class CompetenceOfBodies {
  constructor(private readonly store: EventStore) {}

  async table(): Promise<CompetenceTable> {
    const established = await latestFoundingEvent(this.store, 'AssociationEstablished');
    return competenceTable(established?.data.votingRules ?? []);
  }
}
