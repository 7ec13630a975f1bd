import { unreachable } from '#accord/kernel';
import type { RecordedOf } from '#accord/ledger';
import { foldRows, upsertRows, type Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { PowerEndCause, PowerOfAttorneyEvent, PowerScope } from '../domain/power-of-attorney/power-of-attorney.events.js';
import type { LocalizedText } from '../domain/voting-terms.js';

@Entity({ name: 'powers_of_attorney' })
export class PowerOfAttorneyRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'principal_organization_id' })
  principalOrganizationId: string;

  @Column({ type: 'text', name: 'proxy_organization_id' })
  proxyOrganizationId: string;

  @Column({ type: 'text', name: 'document_sha256' })
  documentSha256: string;

  @Column({ type: 'timestamptz', name: 'valid_from' })
  validFrom: Date;

  @Column({ type: 'timestamptz', name: 'valid_until' })
  validUntil: Date;

  @Column({ type: 'jsonb' })
  scope: PowerScope;

  @Column({ type: 'text' })
  status: 'granted' | 'revoked' | 'ended';

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'jsonb', name: 'revocation_reason', nullable: true })
  revocationReason: LocalizedText | null;

  /** When a party's suspension, expulsion or withdrawal ended the power, and that membership event. */
  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'jsonb', name: 'end_cause', nullable: true })
  endCause: PowerEndCause | null;

  /** Who granted the power: the account, and the organization it acted for (null for the secretariat). */
  @Column({ type: 'text', name: 'granted_by' })
  grantedBy: string;

  @Column({ type: 'text', name: 'revoked_by', nullable: true })
  revokedBy: string | null;

  @Column({ type: 'timestamptz', name: 'granted_at' })
  grantedAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** The version of the power's stream last applied. */
  @Column({ type: 'integer' })
  version: number;
}

const POWER_EVENTS: readonly PowerOfAttorneyEvent['type'][] = ['PowerOfAttorneyGranted', 'PowerOfAttorneyRevoked', 'PowerOfAttorneyEnded'];

function evolve(row: PowerOfAttorneyRow | undefined, recorded: RecordedOf<PowerOfAttorneyEvent>, id: string): PowerOfAttorneyRow | undefined {
  const event = recorded;
  switch (event.type) {
    case 'PowerOfAttorneyGranted': {
      const { principalOrganizationId, proxyOrganizationId, documentSha256, validFrom, validUntil, scope } = event.data;
      return {
        id,
        principalOrganizationId,
        proxyOrganizationId,
        documentSha256,
        validFrom: new Date(validFrom),
        validUntil: new Date(validUntil),
        scope,
        status: 'granted',
        revokedAt: null,
        revocationReason: null,
        endedAt: null,
        endCause: null,
        grantedBy: recorded.metadata.actorId,
        revokedBy: null,
        grantedAt: recorded.recordedAt,
        updatedAt: recorded.recordedAt,
        version: recorded.version,
      };
    }
    case 'PowerOfAttorneyRevoked':
      return (
        row && {
          ...row,
          status: 'revoked',
          revokedAt: new Date(event.data.revokedAt),
          revocationReason: event.data.reason,
          revokedBy: recorded.metadata.actorId,
          updatedAt: recorded.recordedAt,
          version: recorded.version,
        }
      );
    case 'PowerOfAttorneyEnded':
      return (
        row && {
          ...row,
          status: 'ended',
          endedAt: new Date(event.data.endedAt),
          endCause: event.data.cause,
          updatedAt: recorded.recordedAt,
          version: recorded.version,
        }
      );
    default:
      return unreachable(event);
  }
}

/**
 * Powers of attorney between member organizations, applied in sets (`foldRows`); each row keeps the
 * version of its stream last applied.
 */
export const powersOfAttorneyProjection: Projection = {
  name: 'powers_of_attorney',
  tables: ['powers_of_attorney'],
  eventTypes: [...POWER_EVENTS],
  async apply(events: readonly RecordedOf<PowerOfAttorneyEvent>[], manager: EntityManager) {
    const { changed } = await foldRows(manager, PowerOfAttorneyRow, events, (recorded) => recorded.streamId.slice('power-of-attorney-'.length), evolve);
    await upsertRows(manager, PowerOfAttorneyRow, changed, ['id']);
  },
} satisfies Projection<PowerOfAttorneyEvent>;
