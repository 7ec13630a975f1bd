import { RecordNotFound } from '#accord/eventsourcing';
import type { Role } from '#accord/kernel';
import { containsPattern, decodeKeyCursor, toPage, type PageRequest } from '#accord/platform';
import type { DataSource } from 'typeorm';
import { AccountRow } from './accounts.projection.js';

export interface AccountFilter {
  readonly role?: Role;
  readonly status?: AccountRow['status'];
  /** Part of the name or the e-mail. */
  readonly q?: string;
}

function publicAccount(row: AccountRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    organizationId: row.organizationId,
    status: row.status,
    apiTokens: row.apiTokens,
    registeredAt: row.registeredAt.toISOString(),
    version: row.version,
  };
}

/** The reads of accounts: the list by id and one account, never a secret. */
export class AccountQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: AccountFilter, page: PageRequest) {
    const after = decodeKeyCursor(page.cursor, ['uuid']);
    const select = this.dataSource.getRepository(AccountRow).createQueryBuilder('account').orderBy('account.id').limit(page.limit + 1);
    if (after) select.andWhere('account.id > :after', { after: after[0] });
    if (filter.role) select.andWhere(':role = ANY(account.roles)', { role: filter.role });
    if (filter.status) select.andWhere('account.status = :status', { status: filter.status });
    if (filter.q) select.andWhere('(lower(account.name) LIKE :q OR account.email LIKE :q)', { q: containsPattern(filter.q) });
    return toPage(await select.getMany(), page.limit, (row) => [row.id], publicAccount);
  }

  async account(id: string) {
    const row = await this.dataSource.getRepository(AccountRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('account', id);
    return publicAccount(row);
  }
}
