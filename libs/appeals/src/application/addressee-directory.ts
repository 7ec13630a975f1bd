import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { AddresseeKind } from '../domain/addressee/addressee.events.js';
import type { LocalizedText } from '../domain/appeal/appeal.events.js';
import { AddresseeRow } from './addressees.projection.js';

export interface AddresseeSummary {
  readonly id: string;
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2, or `interstate`. */
  readonly country: string;
  readonly kind: AddresseeKind;
  /** The jurisdiction policy its answers are due under now. */
  readonly policyId: string;
  /** A retired body receives no new appeals. */
  readonly retired: boolean;
}

/** What the rest of the appeals context may ask the register of addressees (from its read model). */
export class AddresseeDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** The addressee as the register shows it, or `undefined` when no such body is registered. */
  async find(id: string): Promise<AddresseeSummary | undefined> {
    // PostgreSQL would refuse a malformed uuid outright; such an id simply names no body.
    if (!isUUID(id)) return undefined;
    const row = await this.dataSource.getRepository(AddresseeRow).findOneBy({ id });
    if (!row) return undefined;
    return { id: row.id, name: { ru: row.nameRu, en: row.nameEn }, country: row.country, kind: row.kind, policyId: row.policyId, retired: row.retired };
  }
}
