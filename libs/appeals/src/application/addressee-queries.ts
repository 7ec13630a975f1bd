import { RecordNotFound } from '#accord/eventsourcing';
import { containsPattern, decodeKeyCursor, keysetAfter, toPage, type PageRequest } from '#accord/platform';
import type { DataSource } from 'typeorm';
import type { AddresseeKind } from '../domain/addressee/addressee.events.js';
import { jurisdictionPolicy } from '../domain/deadlines/policy-table.js';
import { AddresseeRow } from './addressees.projection.js';

export interface AddresseeFilter {
  /** ISO 3166-1 alpha-2, or `interstate`. */
  readonly country?: string;
  readonly kind?: AddresseeKind;
  readonly policyId?: string;
  /** Only retired bodies (true), or only those still written to (false). */
  readonly retired?: boolean;
  /** Words of the Russian or English name. */
  readonly q?: string;
}

function listItem(row: AddresseeRow) {
  return {
    id: row.id,
    name: { ru: row.nameRu, en: row.nameEn },
    country: row.country,
    kind: row.kind,
    policyId: row.policyId,
    retired: row.retired,
    version: row.version,
  };
}

/** The reads of the register of addressees: the list by Russian name and one body with its policy. */
export class AddresseeQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: AddresseeFilter, page: PageRequest) {
    const after = decodeKeyCursor(page.cursor, ['text', 'uuid']);
    const select = keysetAfter(this.dataSource.getRepository(AddresseeRow).createQueryBuilder('addressee'), ['addressee.nameRu', 'addressee.id'], after, page.limit);
    if (filter.country) select.andWhere('addressee.country = :country', { country: filter.country });
    if (filter.kind) select.andWhere('addressee.kind = :kind', { kind: filter.kind });
    if (filter.policyId) select.andWhere('addressee.policyId = :policyId', { policyId: filter.policyId });
    if (filter.retired !== undefined) select.andWhere('addressee.retired = :retired', { retired: filter.retired });
    if (filter.q) select.andWhere('addressee.searchText LIKE :q', { q: containsPattern(filter.q) });
    return toPage(await select.getMany(), page.limit, (row) => [row.nameRu, row.id], listItem);
  }

  async addressee(id: string) {
    const row = await this.dataSource.getRepository(AddresseeRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('addressee', id);
    return {
      ...listItem(row),
      policy: jurisdictionPolicy(row.policyId) ?? null,
      retirementReason: row.retirementReason,
      registeredAt: row.registeredAt.toISOString(),
      retiredAt: row.retiredAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
