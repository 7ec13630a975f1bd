import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandProcessor, runAsSystem } from '#accord/eventsourcing';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { ACCORD_CONFIG, AUTHENTICATOR, DATABASE, loggedContext, loggedError, type AccordConfig, type AccordFeature, type Database } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { AccessTokens } from './application/access-tokens.js';
import { accountCommandHandlers } from './application/account.commands.js';
import { DEMO_ACCOUNTS, ensureAccounts } from './application/account-bootstrap.js';
import { AccountRow, accountsProjection } from './application/accounts.projection.js';
import { AccountQueries } from './application/account-queries.js';
import { ApiTokens } from './application/api-tokens.js';
import { CredentialStore } from './application/credential-store.js';
import { IdentityAuthenticator } from './application/identity-authenticator.js';
import { identitySecretsProjection } from './application/identity-secrets.projection.js';
import { identityMigrations } from './application/identity.migrations.js';
import { IdentityService } from './application/identity.service.js';
import { LoginThrottle } from './application/login-throttle.js';
import { PasswordHasher } from './application/password-hasher.js';
import { RefreshTokens } from './application/refresh-tokens.js';
import { RepresentativeDepartures, representativeDeparturesProcess } from './application/representative-departures.js';
import { signingKey } from './application/secret-key.js';
import { SessionRegistry } from './application/session-registry.js';
import { sessionCommandHandlers } from './application/session.commands.js';
import { SignInHousekeeping } from './application/sign-in-housekeeping.js';
import { AccountsController } from './http/accounts.controller.js';
import { AuthController } from './http/auth.controller.js';

/** Creates the first administrator from ACCORD_ADMIN_EMAIL / ACCORD_ADMIN_PASSWORD when it does not exist. */
@Injectable()
class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
    private readonly identity: IdentityService,
    private readonly credentials: CredentialStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (!admin) return;
    const first = { name: 'Administrator', email: admin.email, password: admin.password, roles: ['admin' as const], organizationId: null };
    const created = await runAsSystem('bootstrap', () => ensureAccounts(this.identity, this.credentials, [first]));
    if (created.length > 0) new Logger('Identity').log({ message: 'first administrator created', email: admin.email });
  }
}

/** Starts the purge of old sign-in data, and stops it and the session registry before the database closes. */
@Injectable()
class IdentityLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly housekeeping: SignInHousekeeping,
    private readonly sessions: SessionRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.housekeeping.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.housekeeping.stop();
    await this.sessions.close();
  }
}

const MAX_BLOCK_SECONDS = 86_400;

@Global()
@Module({
  controllers: [AuthController, AccountsController],
  providers: [
    {
      provide: AccessTokens,
      inject: [ACCORD_CONFIG],
      useFactory: async (config: AccordConfig) => new AccessTokens(await signingKey(config.jwtSecret, config.dataDir), config.accessTokenTtlSeconds),
    },
    { provide: CredentialStore, inject: [DATABASE], useFactory: (database: Database) => new CredentialStore(database.pool) },
    { provide: ApiTokens, inject: [DATABASE], useFactory: (database: Database) => new ApiTokens(database.pool) },
    { provide: AccountQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new AccountQueries(dataSource) },
    {
      provide: RefreshTokens,
      inject: [DATABASE, ACCORD_CONFIG],
      useFactory: (database: Database, config: AccordConfig) => new RefreshTokens(database.pool, config.refreshTokenTtlSeconds),
    },
    {
      provide: LoginThrottle,
      inject: [DATABASE, ACCORD_CONFIG],
      useFactory: (database: Database, config: AccordConfig) =>
        new LoginThrottle(database.pool, {
          perPair: config.loginFailureLimit,
          perAddress: config.loginFailureLimit * 6,
          windowSeconds: config.loginWindowSeconds,
          maxBlockSeconds: MAX_BLOCK_SECONDS,
        }),
    },
    {
      provide: PasswordHasher,
      inject: [ACCORD_CONFIG],
      useFactory: (config: AccordConfig) => new PasswordHasher({ log2N: config.passwordScryptLog2N, r: 8, p: 1 }),
    },
    {
      provide: SessionRegistry,
      inject: [CommandProcessor, EVENT_STORE],
      useFactory: (processor: CommandProcessor, store: EventStore) => {
        const logger = new Logger('Sessions');
        return new SessionRegistry(processor, store, undefined, (error) => logger.error({ message: 'following the ledger failed', ...loggedContext(), error: loggedError(error) }));
      },
    },
    {
      provide: IdentityService,
      inject: [CommandProcessor, CredentialStore, RefreshTokens, ApiTokens, AccessTokens, LoginThrottle, PasswordHasher, SessionRegistry],
      useFactory: (
        processor: CommandProcessor,
        credentials: CredentialStore,
        refreshTokens: RefreshTokens,
        apiTokens: ApiTokens,
        accessTokens: AccessTokens,
        throttle: LoginThrottle,
        hasher: PasswordHasher,
        sessions: SessionRegistry,
      ) => new IdentityService(processor, credentials, refreshTokens, apiTokens, accessTokens, throttle, hasher, sessions),
    },
    {
      provide: SignInHousekeeping,
      inject: [RefreshTokens, LoginThrottle, CredentialStore, ACCORD_CONFIG],
      useFactory: (refreshTokens: RefreshTokens, throttle: LoginThrottle, credentials: CredentialStore, config: AccordConfig) =>
        new SignInHousekeeping(refreshTokens, throttle, credentials, {
          intervalSeconds: config.signInPurgeIntervalSeconds,
          logRetentionDays: config.signInLogRetentionDays,
        }),
    },
    {
      provide: AUTHENTICATOR,
      inject: [AccessTokens, ApiTokens, SessionRegistry],
      useFactory: (accessTokens: AccessTokens, apiTokens: ApiTokens, sessions: SessionRegistry) => new IdentityAuthenticator(accessTokens, apiTokens, sessions),
    },
    {
      provide: RepresentativeDepartures,
      inject: [IdentityService, DataSource, ProjectionRunner],
      useFactory: (identity: IdentityService, dataSource: DataSource, runner: ProjectionRunner) =>
        new RepresentativeDepartures(identity, dataSource, runner),
    },
    ...accountCommandHandlers,
    ...sessionCommandHandlers,
    IdentityLifecycle,
    AdminBootstrap,
  ],
  exports: [AUTHENTICATOR, IdentityService, CredentialStore, AccessTokens, ApiTokens, SessionRegistry, SignInHousekeeping, PasswordHasher],
})
export class IdentityModule {}

export const identityFeature: AccordFeature = {
  name: 'identity',
  migrations: identityMigrations,
  projections: [accountsProjection, identitySecretsProjection, representativeDeparturesProcess],
  entities: [AccountRow],
  async seedDemo(app) {
    const created = await ensureAccounts(app.get(IdentityService), app.get(CredentialStore), DEMO_ACCOUNTS);
    return created.map((email) => {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email)!;
      return `account ${email} (${account.roles.join(', ')}), password ${account.password}`;
    });
  },
};
