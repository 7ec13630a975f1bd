import type { RecordedOf } from '#accord/ledger';
import { foldRows, upsertRows, type Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { AccountEvent } from '../domain/account/account.events.js';

export interface ApiTokenListing {
  readonly id: string;
  readonly name: string;
  readonly roles: string[];
  readonly expiresAt: string | null;
  readonly revoked: boolean;
}

@Entity({ name: 'accounts' })
export class AccountRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'uuid', name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'jsonb', name: 'api_tokens' })
  apiTokens: ApiTokenListing[];

  @Column({ type: 'timestamptz', name: 'registered_at' })
  registeredAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

const ACCOUNT_EVENTS: readonly AccountEvent['type'][] = [
  'AccountRegistered',
  'AccountRolesChanged',
  'AccountOrganizationChanged',
  'RepresentationEnded',
  'AccountDeactivated',
  'AccountReactivated',
  'AccountPasswordChanged',
  'ApiTokenIssued',
  'ApiTokenRevoked',
];

function changes(event: AccountEvent, row: AccountRow): Partial<AccountRow> {
  switch (event.type) {
    case 'AccountRolesChanged':
      return { roles: event.data.roles };
    case 'AccountOrganizationChanged':
      return { organizationId: event.data.organizationId };
    case 'RepresentationEnded':
      return row.organizationId === event.data.organizationId ? { organizationId: null } : {};
    case 'AccountDeactivated':
      return { status: 'deactivated', apiTokens: row.apiTokens.map((token) => ({ ...token, revoked: true })) };
    case 'AccountReactivated':
      return { status: 'active' };
    case 'ApiTokenIssued':
      return { apiTokens: [...row.apiTokens, { id: event.data.tokenId, name: event.data.name, roles: event.data.roles, expiresAt: event.data.expiresAt, revoked: false }] };
    case 'ApiTokenRevoked':
      return { apiTokens: row.apiTokens.map((token) => (token.id === event.data.tokenId ? { ...token, revoked: true } : token)) };
    default:
      return {};
  }
}

function evolve(row: AccountRow | undefined, recorded: RecordedOf<AccountEvent>, id: string): AccountRow | undefined {
  const event = recorded;
  if (event.type === 'AccountRegistered') {
    const { name, email, roles, organizationId } = event.data;
    return {
      id,
      name,
      email,
      roles,
      organizationId,
      status: 'active',
      apiTokens: [],
      registeredAt: recorded.recordedAt,
      updatedAt: recorded.recordedAt,
      version: recorded.version,
    };
  }
  return row && { ...row, ...changes(event, row), updatedAt: recorded.recordedAt, version: recorded.version };
}

/**
 * The account register the administrators read: one row per account, never a secret, applied in
 * sets (`foldRows`). Each row keeps the version of the last event applied, so an event seen again
 * (a replayed batch) changes nothing.
 */
export const accountsProjection: Projection = {
  name: 'accounts',
  tables: ['accounts'],
  eventTypes: ACCOUNT_EVENTS,
  async apply(events: readonly RecordedOf<AccountEvent>[], manager: EntityManager) {
    const { changed } = await foldRows(manager, AccountRow, events, (recorded) => recorded.streamId.slice('account-'.length), evolve);
    await upsertRows(manager, AccountRow, changed, ['id']);
  },
} satisfies Projection<AccountEvent>;
