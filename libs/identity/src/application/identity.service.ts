import { ForbiddenException } from '@nestjs/common';
import { type CommandProcessor, newRecordId, type CommandOptions, type CommandResult } from '#accord/eventsourcing';
import { DuplicateRecord, type Role } from '#accord/kernel';
import { accountAggregate } from '../domain/account/account.decide.js';
import type { RepresentationEndCause } from '../domain/account/account.events.js';
import type { AccountState } from '../domain/account/account.state.js';
import type { AccessTokens } from './access-tokens.js';
import type { ApiTokens } from './api-tokens.js';
import { type CredentialStore, EmailTaken, normalizeEmail } from './credential-store.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from './password-hasher.js';
import { RefreshRefused, type RefreshTokens } from './refresh-tokens.js';
import { isStillMember, representationBasis } from './representation.js';

export class InvalidCredentials extends Error {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('E-mail or password is wrong, or the account is deactivated');
    this.name = 'InvalidCredentials';
  }
}

export class LoginRateLimited extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins: try again in ${retryAfterSeconds} s`);
    this.name = 'LoginRateLimited';
  }
}

export interface AccountSummary {
  readonly id: string;
  readonly email: string;
  readonly roles: readonly Role[];
  readonly organizationId: string | null;
}

export interface Session {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly account: AccountSummary;
}

export interface NewAccount {
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly roles: Role[];
  readonly organizationId: string | null;
}

type ActiveAccount = Exclude<AccountState, { status: 'none' }>;

/** Sign-in, sessions, accounts and machine tokens: secrets in their tables, facts in the ledger. */
export class IdentityService {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly credentials: CredentialStore,
    private readonly refreshTokens: RefreshTokens,
    private readonly apiTokens: ApiTokens,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Reserves the e-mail address, then records the account. A reservation left by an account that was
   * never recorded (a crash in between) is taken over rather than blocking the address for ever.
   */
  async register(account: NewAccount, options: CommandOptions = {}): Promise<CommandResult> {
    const accountId = newRecordId(options.commandId);
    // A repeat answers before the e-mail is touched; a reuse with another address is refused as one.
    const earlier = await this.processor.repeated(accountAggregate, accountId, options);
    if (earlier) return earlier;
    const { organizationId } = account;
    const basis = organizationId === null ? undefined : await representationBasis(this.processor, organizationId);
    const passwordHash = await hashPassword(account.password);
    const reservedNow = await this.reserveEmail(accountId, account.email, passwordHash);
    try {
      return await this.processor.execute(
        accountAggregate,
        accountId,
        { type: 'RegisterAccount', data: { name: account.name, email: normalizeEmail(account.email), roles: account.roles, organizationId, ...(basis && { basis }) } },
        options,
      );
    } catch (error) {
      if (reservedNow) await this.credentials.release(accountId);
      throw error;
    }
  }

  /** Binds the account to a member organization of the register, recording the record it relied on; null unbinds. */
  async bindOrganization(accountId: string, organizationId: string | null, options: CommandOptions = {}): Promise<CommandResult> {
    const basis = organizationId === null ? undefined : await representationBasis(this.processor, organizationId);
    return this.processor.execute(accountAggregate, accountId, { type: 'ChangeOrganization', data: { organizationId, ...(basis && { basis }) } }, options);
  }

  /** Ends a representative's binding because its organization left, and every session it had. */
  async endRepresentation(accountId: string, organizationId: string, cause: RepresentationEndCause, commandId: string): Promise<CommandResult> {
    const result = await this.processor.execute(accountAggregate, accountId, { type: 'EndRepresentation', data: { organizationId, cause } }, { commandId });
    await this.refreshTokens.revokeAllOf(accountId);
    return result;
  }

  async login(email: string, password: string, address: string | null): Promise<Session> {
    const normalized = normalizeEmail(email);
    const wait = await this.throttle.retryAfter(normalized, address);
    if (wait > 0) throw new LoginRateLimited(wait);
    const credentials = await this.credentials.byEmail(normalized);
    const passwordMatches = await verifyPassword(password, credentials?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
    const account = credentials && passwordMatches ? await this.activeAccount(credentials.accountId) : undefined;
    if (!credentials || !account) {
      const reason = !credentials ? 'unknown e-mail' : !passwordMatches ? 'wrong password' : 'account deactivated';
      await this.throttle.record(normalized, address, false, reason);
      throw new InvalidCredentials();
    }
    const acting = await this.actingAs(account);
    await this.throttle.record(normalized, address, true, null);
    return this.session(credentials.accountId, account.email, acting, await this.refreshTokens.issue(credentials.accountId));
  }

  async refresh(refreshToken: string): Promise<Session> {
    const { accountId, refreshToken: next } = await this.refreshTokens.rotate(refreshToken);
    const account = await this.activeAccount(accountId);
    if (!account) {
      await this.refreshTokens.revokeAllOf(accountId);
      throw new RefreshRefused('REFRESH_TOKEN_REVOKED');
    }
    const acting = await this.actingAs(account).catch(async (error: unknown) => {
      await this.refreshTokens.revokeAllOf(accountId);
      throw error;
    });
    return this.session(accountId, account.email, acting, next);
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revokeFamilyOf(refreshToken);
  }

  /** Records the change, then stores the new hash and ends every session of the account. */
  async changePassword(accountId: string, password: string, reset: boolean, options: CommandOptions = {}): Promise<CommandResult> {
    const result = await this.processor.execute(accountAggregate, accountId, { type: 'RecordPasswordChange', data: { reset } }, options);
    await this.credentials.setPassword(accountId, await hashPassword(password));
    await this.refreshTokens.revokeAllOf(accountId);
    return result;
  }

  async deactivate(accountId: string, reason: string, options: CommandOptions = {}): Promise<CommandResult> {
    const result = await this.processor.execute(accountAggregate, accountId, { type: 'DeactivateAccount', data: { reason } }, options);
    await this.refreshTokens.revokeAllOf(accountId);
    for (const token of await this.apiTokens.list(accountId)) await this.apiTokens.revoke(token.id);
    return result;
  }

  /** The secret form is returned once; a repeated commandId answers without it. */
  async issueApiToken(
    accountId: string,
    token: { name: string; roles: Role[]; expiresAt: Date | null },
    options: CommandOptions = {},
  ): Promise<CommandResult & { tokenId: string; token: string | null }> {
    const tokenId = newRecordId(options.commandId && `${options.commandId}:api-token`);
    const before = await this.processor.load(accountAggregate, accountId);
    const result = await this.processor.execute(
      accountAggregate,
      accountId,
      { type: 'IssueApiToken', data: { tokenId, name: token.name, roles: token.roles, expiresAt: token.expiresAt?.toISOString() ?? null } },
      options,
    );
    const issuedNow = result.version > before.version;
    const secret = issuedNow ? await this.apiTokens.store(tokenId, accountId, token.name, token.roles, token.expiresAt) : null;
    return { ...result, tokenId, token: secret };
  }

  async revokeApiToken(accountId: string, tokenId: string, options: CommandOptions = {}): Promise<CommandResult> {
    const result = await this.processor.execute(accountAggregate, accountId, { type: 'RevokeApiToken', data: { tokenId } }, options);
    await this.apiTokens.revoke(tokenId);
    return result;
  }

  async activeAccount(accountId: string): Promise<ActiveAccount | undefined> {
    const { state } = await this.processor.load(accountAggregate, accountId);
    return state.status === 'active' ? state : undefined;
  }

  /**
   * A representative acts for its organization only while that organization is a member: once it has
   * left (even before the binding's end is recorded), the account keeps no representative access,
   * and an account with nothing else cannot sign in.
   */
  private async actingAs(account: ActiveAccount): Promise<{ roles: readonly Role[]; organizationId: string | null }> {
    const { organizationId } = account;
    const bound = organizationId !== null && (await isStillMember(this.processor, organizationId));
    if (bound) return { roles: account.roles, organizationId };
    const roles = account.roles.filter((role) => role !== 'representative');
    if (roles.length === 0) {
      throw new ForbiddenException({
        code: 'ORGANIZATION_LEFT',
        text: {
          ru: 'Организация, которую представляет эта учётная запись, не является членом Объединения',
          en: 'The organization this account represents is not a member of the Association',
        },
      });
    }
    return { roles, organizationId: null };
  }

  private session(accountId: string, email: string, acting: { roles: readonly Role[]; organizationId: string | null }, refreshToken: string): Session {
    const claims = { accountId, roles: [...acting.roles], organizationId: acting.organizationId };
    const { token, expiresIn } = this.accessTokens.sign(claims);
    return { accessToken: token, tokenType: 'Bearer', expiresIn, refreshToken, account: { id: accountId, email, ...claims } };
  }

  /** True when this call made the reservation (and so must release it if recording fails). */
  private async reserveEmail(accountId: string, email: string, passwordHash: string): Promise<boolean> {
    try {
      await this.credentials.reserve(accountId, email, passwordHash);
      return true;
    } catch (error) {
      if (!(error instanceof EmailTaken)) throw error;
      const holder = await this.credentials.byEmail(email);
      if (holder?.accountId === accountId) return false;
      const { version } = holder ? await this.processor.load(accountAggregate, holder.accountId) : { version: 1 };
      if (version > 0) {
        throw new DuplicateRecord('EMAIL_TAKEN', { ru: 'Учётная запись с этим адресом уже есть', en: 'An account with this e-mail already exists' });
      }
      await this.credentials.release(holder!.accountId);
      await this.credentials.reserve(accountId, email, passwordHash);
      return true;
    }
  }
}
