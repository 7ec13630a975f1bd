import { RecordNotFound } from '#accord/eventsourcing';
import { decodeKeyCursor, keysetAfter, toPage, type PageRequest } from '#accord/platform';
import { Brackets, type DataSource } from 'typeorm';
import { PowerOfAttorneyRow } from './powers-of-attorney.projection.js';

export interface PowerOfAttorneyFilter {
  /** Those this organization gave or holds. */
  readonly organizationId?: string;
  /** Only those in force now (true), or only those that are not (false). */
  readonly active?: boolean;
  /** Only those this organization gave or holds: what a representative reads. */
  readonly partyOnly?: string;
}

const isActive = (row: PowerOfAttorneyRow, now: Date) => row.status === 'granted' && row.validFrom <= now && now < row.validUntil;

function item(row: PowerOfAttorneyRow) {
  const now = new Date();
  return {
    id: row.id,
    principalOrganizationId: row.principalOrganizationId,
    proxyOrganizationId: row.proxyOrganizationId,
    documentSha256: row.documentSha256,
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil.toISOString(),
    scope: row.scope,
    status: row.status,
    active: isActive(row, now),
    grantedBy: row.grantedBy,
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy,
    revocationReason: row.revocationReason,
    endedAt: row.endedAt?.toISOString() ?? null,
    endCause: row.endCause,
    version: row.version,
  };
}

/** The reads of powers of attorney: the list, oldest first, and one power. */
export class PowerOfAttorneyQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: PowerOfAttorneyFilter, page: PageRequest) {
    const after = decodeKeyCursor(page.cursor, ['timestamp', 'uuid']);
    const powers = this.dataSource.getRepository(PowerOfAttorneyRow).createQueryBuilder('power');
    const select = keysetAfter(powers, ['power.grantedAt', 'power.id'], after, page.limit, 'timestamptz');
    const party = (parameter: string) =>
      new Brackets((where) => {
        where.where(`power.principalOrganizationId = :${parameter}`).orWhere(`power.proxyOrganizationId = :${parameter}`);
      });
    if (filter.partyOnly !== undefined) select.andWhere(party('own'), { own: filter.partyOnly });
    if (filter.organizationId) select.andWhere(party('organization'), { organization: filter.organizationId });
    if (filter.active !== undefined) {
      const active = "power.status = 'granted' AND power.validFrom <= now() AND now() < power.validUntil";
      select.andWhere(filter.active ? active : `NOT (${active})`);
    }
    return toPage(await select.getMany(), page.limit, (row) => [row.grantedAt.toISOString(), row.id], item);
  }

  async power(id: string) {
    const row = await this.dataSource.getRepository(PowerOfAttorneyRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('power-of-attorney', id);
    return item(row);
  }
}
