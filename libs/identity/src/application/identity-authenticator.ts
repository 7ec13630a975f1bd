import type { Authenticator, RequestActor } from '#accord/platform';
import { apiTokenIsCurrent, sessionIsCurrent, type AccountState } from '../domain/account/account.state.js';
import type { AccessTokens } from './access-tokens.js';
import { API_TOKEN_PREFIX, type ApiTokens } from './api-tokens.js';
import type { SessionRegistry } from './session-registry.js';

const BEARER = /^Bearer ([^\s]+)$/;

/**
 * People present a signed access token; machine clients an API token. Either is checked against
 * the account as the ledger has it now (from memory: no query once the account is known), so a
 * deactivation, a role change, a new password, a sign-out or a revoked API token ends access at
 * once. A token's roles never exceed what its account holds now.
 */
export class IdentityAuthenticator implements Authenticator {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly apiTokens: ApiTokens,
    private readonly sessions: SessionRegistry,
  ) {}

  async authenticate(authorization: string | undefined): Promise<RequestActor | null> {
    const credential = authorization && BEARER.exec(authorization)?.[1];
    if (!credential) return null;
    if (credential.startsWith(API_TOKEN_PREFIX)) return this.machineClient(credential);
    const claims = this.accessTokens.verify(credential);
    if (!claims) return null;
    // A token from a later epoch was issued after an act this process has not seen yet.
    const account = await this.account(claims.accountId, (state) => state.status !== 'none' && state.sessionEpoch < claims.sessionEpoch);
    if (!sessionIsCurrent(account, claims)) return null;
    return { accountId: claims.accountId, organizationId: claims.organizationId, roles: claims.roles, via: 'password' };
  }

  private async machineClient(token: string): Promise<RequestActor | null> {
    const grant = await this.apiTokens.authenticate(token);
    if (!grant) return null;
    // A token unknown to the cached state was issued a moment ago, perhaps by another process.
    const account = await this.account(grant.accountId, (state) => state.status !== 'none' && !(grant.tokenId in state.apiTokens));
    if (account.status !== 'active' || !apiTokenIsCurrent(account, grant.tokenId)) return null;
    return {
      accountId: grant.accountId,
      organizationId: account.organizationId,
      roles: grant.roles.filter((role) => account.roles.includes(role)),
      via: 'api-token',
    };
  }

  /** The account's state, read again from the ledger when what is cached looks older than the credential. */
  private async account(accountId: string, looksStale: (state: AccountState) => boolean): Promise<AccountState> {
    const state = await this.sessions.current(accountId);
    if (!looksStale(state)) return state;
    this.sessions.forget(accountId);
    return this.sessions.current(accountId);
  }
}
