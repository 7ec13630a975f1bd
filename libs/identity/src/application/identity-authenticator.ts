import type { Authenticator, RequestActor } from '#accord/platform';
import type { AccessTokens } from './access-tokens.js';
import { API_TOKEN_PREFIX, type ApiTokens } from './api-tokens.js';
import type { IdentityService } from './identity.service.js';

const BEARER = /^Bearer ([^\s]+)$/;

/**
 * People present a signed access token; machine clients an API token, looked up on every request
 * so that revoking it takes effect at once. A token's roles never exceed what its account holds now.
 */
export class IdentityAuthenticator implements Authenticator {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly apiTokens: ApiTokens,
    private readonly identity: IdentityService,
  ) {}

  async authenticate(authorization: string | undefined): Promise<RequestActor | null> {
    const credential = authorization && BEARER.exec(authorization)?.[1];
    if (!credential) return null;
    if (credential.startsWith(API_TOKEN_PREFIX)) return this.machineClient(credential);
    const claims = this.accessTokens.verify(credential);
    return claims && { accountId: claims.accountId, organizationId: claims.organizationId, roles: claims.roles, via: 'password' };
  }

  private async machineClient(token: string): Promise<RequestActor | null> {
    const grant = await this.apiTokens.authenticate(token);
    const account = grant && (await this.identity.activeAccount(grant.accountId));
    if (!grant || !account) return null;
    return {
      accountId: grant.accountId,
      organizationId: account.organizationId,
      roles: grant.roles.filter((role) => account.roles.includes(role)),
      via: 'api-token',
    };
  }
}
