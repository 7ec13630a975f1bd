import { DAY, projectionSpec, recordedStream } from '../../../projections/src/testing/projection-spec.js';
import type { AccountEvent } from '../domain/account/account.events.js';
import { AccountRow, accountsProjection } from './accounts.projection.js';
import { identityMigrations } from './identity.migrations.js';

const spec = projectionSpec(accountsProjection, { migrations: identityMigrations, entities: [AccountRow] });
const { given } = spec;

const REPRESENTATIVE = '11111111-1111-4111-8111-111111111111';
const AUDITOR = '22222222-2222-4222-8222-222222222222';
const ORGANIZATION = '33333333-3333-4333-8333-333333333333';
const EXPULSION = '44444444-4444-4444-8444-444444444444';

/** The events of one account's stream as the ledger gives them, a day apart. */
const stream = (accountId: string, events: readonly AccountEvent[]) =>
  recordedStream(`account-${accountId}`, events, { startsAt: new Date('2026-03-02T09:00:00.000Z'), every: DAY });

const history = [
  ...stream(REPRESENTATIVE, [
    { type: 'AccountRegistered', data: { name: 'Айгуль Сапарова', email: 'aigul@example.org', roles: ['representative'], organizationId: ORGANIZATION } },
    { type: 'ApiTokenIssued', data: { tokenId: 'token-1', name: 'Выгрузка', roles: ['representative'], expiresAt: null } },
    { type: 'ApiTokenIssued', data: { tokenId: 'token-2', name: 'Отчёты', roles: ['representative'], expiresAt: '2026-12-31T00:00:00.000Z' } },
    { type: 'ApiTokenRevoked', data: { tokenId: 'token-1' } },
    { type: 'RepresentationEnded', data: { organizationId: ORGANIZATION, cause: { kind: 'member_expelled', eventId: EXPULSION } } },
  ]),
  ...stream(AUDITOR, [
    { type: 'AccountRegistered', data: { name: 'Auditor', email: 'audit@example.org', roles: ['auditor'], organizationId: null } },
    { type: 'AccountDeactivated', data: { reason: 'left' } },
    { type: 'AccountReactivated', data: {} },
    { type: 'AccountRolesChanged', data: { roles: ['auditor', 'committee'] } },
  ]),
];

describe('accounts projection', () => {
  it('keeps each account with its roles, organization, status and API tokens, never a secret', async () => {
    await given(history);
    expect(await spec.dataSource.getRepository(AccountRow).find({ order: { id: 'ASC' } })).toEqual([
      {
        id: REPRESENTATIVE,
        name: 'Айгуль Сапарова',
        email: 'aigul@example.org',
        roles: ['representative'],
        organizationId: null,
        status: 'active',
        apiTokens: [
          { id: 'token-1', name: 'Выгрузка', roles: ['representative'], expiresAt: null, revoked: true },
          { id: 'token-2', name: 'Отчёты', roles: ['representative'], expiresAt: '2026-12-31T00:00:00.000Z', revoked: false },
        ],
        registeredAt: new Date('2026-03-02T09:00:00.000Z'),
        updatedAt: new Date('2026-03-06T09:00:00.000Z'),
        version: 5,
      },
      {
        id: AUDITOR,
        name: 'Auditor',
        email: 'audit@example.org',
        roles: ['auditor', 'committee'],
        organizationId: null,
        status: 'active',
        apiTokens: [],
        registeredAt: new Date('2026-03-02T09:00:00.000Z'),
        updatedAt: new Date('2026-03-05T09:00:00.000Z'),
        version: 4,
      },
    ]);
  });

  spec.itReplaysIdempotently(history);
});
