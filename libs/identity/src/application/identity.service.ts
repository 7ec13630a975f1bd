import { newRecordId, optionalContext, runWithContext, type CommandInput, type CommandOptions, type CommandProcessor, type CommandResult } from '#accord/eventsourcing';
import { DuplicateRecord, type Role } from '#accord/kernel';
import { accountAggregate, type AccountCommand } from '../domain/account/account.decide.js';
import type { RepresentationEndCause, SignInEndReason } from '../domain/account/account.events.js';
import { initialAccountState, sessionIsCurrent, type AccountState } from '../domain/account/account.state.js';
import type { AccessTokens } from './access-tokens.js';
import type { ApiTokens } from './api-tokens.js';
import { type CredentialStore, EmailTaken, normalizeEmail, type StoredCredentials } from './credential-store.js';
import type { LoginThrottle } from './login-throttle.js';
import type { PasswordHasher } from './password-hasher.js';
import { RefreshRefused, RefreshTokenReused, type RefreshTokens, type SpentRefreshToken } from './refresh-tokens.js';
import { isStillMember, representationBasis } from './representation.js';
import type { SessionRegistry } from './session-registry.js';
import { AccessRefused } from '#accord/platform';

export { LoginRateLimited } from './login-throttle.js';

export class InvalidCredentials extends Error {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('E-mail or password is wrong, or the account is deactivated');
    this.name = 'InvalidCredentials';
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

/** What a session may do: the account's roles and organization, less a representation that has ended. */
interface Acting {
  readonly roles: readonly Role[];
  readonly organizationId: string | null;
}

/** Sign-in, sessions, accounts and machine tokens: secrets in their tables, facts in the ledger. */
export class IdentityService {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly credentials: CredentialStore,
    private readonly refreshTokens: RefreshTokens,
    private readonly apiTokens: ApiTokens,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionRegistry,
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
    const passwordHash = await this.hasher.hash(account.password);
    const reservedNow = await this.reserveEmail(accountId, account.email, passwordHash);
    try {
      return await this.act(
        accountId,
        { type: 'RegisterAccount', data: { name: account.name, email: normalizeEmail(account.email), roles: account.roles, organizationId, ...(basis && { basis }) } },
        options,
      );
    } catch (error) {
      if (reservedNow) await this.credentials.release(accountId);
      throw error;
    }
  }

  /** Every act on an account goes through here, so that this process forgets its cached state at once. */
  async act(accountId: string, command: CommandInput<AccountCommand>, options: CommandOptions = {}): Promise<CommandResult> {
    try {
      return await this.processor.execute(accountAggregate, accountId, command, options);
    } finally {
      this.sessions.forget(accountId);
    }
  }

  /** Binds the account to a member organization of the register, recording the record it relied on; null unbinds. */
  async bindOrganization(accountId: string, organizationId: string | null, options: CommandOptions = {}): Promise<CommandResult> {
    const basis = organizationId === null ? undefined : await representationBasis(this.processor, organizationId);
    return this.act(accountId, { type: 'ChangeOrganization', data: { organizationId, ...(basis && { basis }) } }, options);
  }

  /** Ends a representative's binding because its organization left, and every session it had. */
  async endRepresentation(accountId: string, organizationId: string, cause: RepresentationEndCause, commandId: string): Promise<CommandResult> {
    const result = await this.act(accountId, { type: 'EndRepresentation', data: { organizationId, cause } }, { commandId });
    await this.refreshTokens.revokeAllOf(accountId);
    return result;
  }

  async login(email: string, password: string, address: string | null): Promise<Session> {
    const normalized = normalizeEmail(email);
    await this.throttle.admit(normalized, address);
    const stored = await this.credentials.byEmail(normalized);
    const { state } = stored ? await this.processor.load(accountAggregate, stored.accountId) : { state: initialAccountState };
    const inForce = stored && (await this.hashInForce(stored, state));
    const passwordMatches = inForce ? await this.hasher.verify(password, inForce.passwordHash) : await this.hasher.verifyUnknownAccount(password);
    if (!inForce || !passwordMatches || state.status !== 'active') {
      const reason = !inForce ? 'unknown e-mail' : !passwordMatches ? 'wrong password' : 'account deactivated';
      await this.throttle.failed(normalized, address, reason);
      throw new InvalidCredentials();
    }
    await this.throttle.succeeded(normalized, address);
    const acting = await this.actingAs(state);
    if (this.hasher.needsRehash(inForce.passwordHash)) {
      await this.credentials.rehash(inForce.accountId, inForce.passwordHash, await this.hasher.hash(password));
    }
    const { refreshToken, signInId } = await this.refreshTokens.issue(inForce.accountId, state.sessionEpoch);
    return this.session(inForce.accountId, state, acting, refreshToken, signInId);
  }

  /**
   * Checks an account's current password the way sign-in does, throttled by the same counters (the
   * account's e-mail and the caller's address), so guessing here is no cheaper than at sign-in.
   */
  async checkPassword(accountId: string, password: string, address: string | null): Promise<boolean> {
    const { state } = await this.processor.load(accountAggregate, accountId);
    const stored = await this.credentials.byAccount(accountId);
    if (state.status === 'none' || !stored) return false;
    await this.throttle.admit(state.email, address);
    const inForce = await this.hashInForce(stored, state);
    const matches = inForce !== undefined && (await this.hasher.verify(password, inForce.passwordHash));
    if (matches) await this.throttle.succeeded(state.email, address);
    else await this.throttle.failed(state.email, address, 'wrong current password');
    return matches;
  }

  /** Refresh tokens follow the ledger: a later epoch, an ended sign-in or a deactivation refuses them. */
  async refresh(refreshToken: string): Promise<Session> {
    let spent: SpentRefreshToken;
    try {
      spent = await this.refreshTokens.spend(refreshToken);
    } catch (error) {
      if (error instanceof RefreshTokenReused) await this.endSignIn(error.token, 'refresh-token-reused');
      throw error;
    }
    const { state } = await this.processor.load(accountAggregate, spent.accountId);
    if (state.status !== 'active' || !sessionIsCurrent(state, spent)) {
      await this.refreshTokens.revokeSignIn(spent.signInId);
      throw new RefreshRefused('REFRESH_TOKEN_REVOKED');
    }
    const acting = await this.actingAs(state).catch(async (error: unknown) => {
      await this.refreshTokens.revokeSignIn(spent.signInId);
      throw error;
    });
    const next = await this.refreshTokens.issue(spent.accountId, spent.sessionEpoch, spent.signInId);
    return this.session(spent.accountId, state, acting, next.refreshToken, spent.signInId);
  }

  /** Ends the sign-in the refresh token belongs to; unknown tokens are ignored. */
  async logout(refreshToken: string): Promise<void> {
    const signIn = await this.refreshTokens.signInOf(refreshToken);
    if (signIn) await this.endSignIn(signIn, 'sign-out');
  }

  /**
   * Stages the new hash, records the change (which names the hash), then puts the hash in force and
   * ends every session. After a crash in between, the ledger still decides: sign-in and the
   * `identity_secrets` projection put the recorded hash in force.
   */
  async changePassword(accountId: string, password: string, reset: boolean, options: CommandOptions = {}): Promise<CommandResult> {
    const changeId = newRecordId(options.commandId && `${options.commandId}:password-change`);
    const staged = await this.credentials.stagePasswordChange(changeId, accountId, await this.hasher.hash(password));
    const before = await this.processor.load(accountAggregate, accountId);
    let result: CommandResult;
    try {
      result = await this.act(accountId, { type: 'RecordPasswordChange', data: { reset, changeId } }, options);
    } catch (error) {
      if (staged) await this.credentials.discardPasswordChange(changeId);
      throw error;
    }
    // A repeated commandId records nothing: only a hash staged by the first attempt may take effect.
    if (result.version === before.version && staged) await this.credentials.discardPasswordChange(changeId);
    else await this.credentials.applyPasswordChange(changeId);
    await this.refreshTokens.revokeAllOf(accountId);
    return result;
  }

  async deactivate(accountId: string, reason: string, options: CommandOptions = {}): Promise<CommandResult> {
    const result = await this.act(accountId, { type: 'DeactivateAccount', data: { reason } }, options);
    await this.refreshTokens.revokeAllOf(accountId);
    await this.apiTokens.revokeAllOf(accountId);
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
    const result = await this.act(
      accountId,
      { type: 'IssueApiToken', data: { tokenId, name: token.name, roles: token.roles, expiresAt: token.expiresAt?.toISOString() ?? null } },
      options,
    );
    const issuedNow = result.version > before.version;
    const secret = issuedNow ? await this.apiTokens.store(tokenId, accountId, token.name, token.roles, token.expiresAt) : null;
    return { ...result, tokenId, token: secret };
  }

  async revokeApiToken(accountId: string, tokenId: string, options: CommandOptions = {}): Promise<CommandResult> {
    const result = await this.act(accountId, { type: 'RevokeApiToken', data: { tokenId } }, options);
    await this.apiTokens.revoke(tokenId);
    return result;
  }

  /**
   * Records that a sign-in ended, then revokes its refresh tokens: the event is what every server
   * instance (and a restart after a crash) follows. A sign-out is the account's own act; a reuse is
   * detected by the platform.
   */
  private async endSignIn(signIn: SpentRefreshToken, reason: SignInEndReason): Promise<void> {
    const context = optionalContext() ?? { correlationId: newRecordId(), causationId: null };
    const actorId = reason === 'sign-out' ? signIn.accountId : 'system:sessions';
    await runWithContext({ ...context, actorId, onBehalfOf: null }, () =>
      this.act(signIn.accountId, { type: 'EndSignIn', data: { signInId: signIn.signInId, reason } }),
    );
    await this.refreshTokens.revokeSignIn(signIn.signInId);
  }

  /**
   * The hash the ledger says is in force. A change that was recorded but not yet applied (a crash in
   * between) is applied now; one whose hash is gone leaves no usable password.
   */
  private async hashInForce(stored: StoredCredentials, state: AccountState): Promise<StoredCredentials | undefined> {
    if (state.status === 'none') return undefined;
    if (state.passwordChangeId === null || state.passwordChangeId === stored.changeId) return stored;
    await this.credentials.applyPasswordChange(state.passwordChangeId);
    const applied = await this.credentials.byAccount(stored.accountId);
    return applied?.changeId === state.passwordChangeId ? applied : undefined;
  }

  /**
   * A representative acts for its organization only while that organization is a member: once it has
   * left (even before the binding's end is recorded), the account keeps no representative access,
   * and an account with nothing else cannot sign in.
   */
  private async actingAs(account: ActiveAccount): Promise<Acting> {
    const { organizationId } = account;
    const bound = organizationId !== null && (await isStillMember(this.processor, organizationId));
    if (bound) return { roles: account.roles, organizationId };
    const roles = account.roles.filter((role) => role !== 'representative');
    if (roles.length === 0) {
      throw new AccessRefused('ORGANIZATION_LEFT', {
        ru: 'Организация, которую представляет эта учётная запись, не является членом Объединения',
        en: 'The organization this account represents is not a member of the Association',
      });
    }
    return { roles, organizationId: null };
  }

  private session(accountId: string, account: ActiveAccount, acting: Acting, refreshToken: string, signInId: string): Session {
    const claims = { accountId, roles: [...acting.roles], organizationId: acting.organizationId };
    const { token, expiresIn } = this.accessTokens.sign({ ...claims, signInId, sessionEpoch: account.sessionEpoch });
    return { accessToken: token, tokenType: 'Bearer', expiresIn, refreshToken, account: { id: accountId, email: account.email, ...claims } };
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
