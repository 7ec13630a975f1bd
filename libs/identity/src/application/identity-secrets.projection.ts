import type { RecordedOf } from '#accord/ledger';
import type { Projection } from '#accord/projections';
import type { EntityManager } from 'typeorm';
import type { AccountEvent } from '../domain/account/account.events.js';
import { REVOKE_API_TOKEN, REVOKE_API_TOKENS_OF_ACCOUNT } from './api-tokens.js';
import { APPLY_PASSWORD_CHANGE } from './credential-store.js';
import { REVOKE_REFRESH_TOKENS_OF_ACCOUNT, REVOKE_SIGN_IN } from './refresh-tokens.js';

const HANDLED: readonly AccountEvent['type'][] = ['AccountDeactivated', 'AccountPasswordChanged', 'ApiTokenRevoked', 'SignInEnded'];

async function follow(event: AccountEvent, accountId: string, at: Date, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'AccountDeactivated':
      await manager.query(REVOKE_API_TOKENS_OF_ACCOUNT, [accountId, at]);
      await manager.query(REVOKE_REFRESH_TOKENS_OF_ACCOUNT, [accountId, at]);
      return;
    case 'AccountPasswordChanged':
      if (event.data.changeId) await manager.query(APPLY_PASSWORD_CHANGE, [event.data.changeId]);
      await manager.query(REVOKE_REFRESH_TOKENS_OF_ACCOUNT, [accountId, at]);
      return;
    case 'ApiTokenRevoked':
      await manager.query(REVOKE_API_TOKEN, [event.data.tokenId, at]);
      return;
    case 'SignInEnded':
      await manager.query(REVOKE_SIGN_IN, [event.data.signInId]);
      return;
    default:
      return;
  }
}

/**
 * Makes the secret tables follow the ledger. The service updates them right after recording an act;
 * when a crash falls in between, this projection does it when it reaches the event, and a replay
 * repeats only updates that are idempotent and bounded by the event's time (a token issued after a
 * deactivation is not revoked by replaying it). It owns no read-model table.
 */
export const identitySecretsProjection: Projection = {
  name: 'identity_secrets',
  tables: [],
  eventTypes: HANDLED,
  async apply(events: readonly RecordedOf<AccountEvent>[], manager: EntityManager) {
    for (const recorded of events) {
      await follow(recorded, recorded.streamId.slice('account-'.length), recorded.recordedAt, manager);
    }
  },
} satisfies Projection<AccountEvent>;
