import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandProcessor, runAsSystem } from '#accord/eventsourcing';
import { ACCORD_CONFIG, AUTHENTICATOR, DATABASE, type AccordConfig, type AccordFeature, type Database } from '#accord/platform';
import { ProjectionRunner } from '#accord/projections';
import { DataSource } from 'typeorm';
import { AccessTokens } from './application/access-tokens.js';
import { DEMO_ACCOUNTS, ensureAccounts } from './application/account-bootstrap.js';
import { AccountRow, accountsProjection } from './application/accounts.projection.js';
import { ApiTokens } from './application/api-tokens.js';
import { CredentialStore } from './application/credential-store.js';
import { IdentityAuthenticator } from './application/identity-authenticator.js';
import { identityMigrations } from './application/identity.migrations.js';
import { IdentityService } from './application/identity.service.js';
import { LoginThrottle } from './application/login-throttle.js';
import { RefreshTokens } from './application/refresh-tokens.js';
import { bindRepresentativeDepartures, RepresentativeDepartures, representativeDeparturesProcess } from './application/representative-departures.js';
import { signingKey } from './application/secret-key.js';
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
    {
      provide: IdentityService,
      inject: [CommandProcessor, CredentialStore, ApiTokens, AccessTokens, DATABASE, ACCORD_CONFIG],
      useFactory: (processor: CommandProcessor, credentials: CredentialStore, apiTokens: ApiTokens, accessTokens: AccessTokens, database: Database, config: AccordConfig) =>
        new IdentityService(
          processor,
          credentials,
          new RefreshTokens(database.pool, config.refreshTokenTtlSeconds),
          apiTokens,
          accessTokens,
          new LoginThrottle(database.pool, {
            perEmail: config.loginFailureLimit,
            perAddress: config.loginFailureLimit * 6,
            windowSeconds: config.loginWindowSeconds,
          }),
        ),
    },
    {
      provide: AUTHENTICATOR,
      inject: [AccessTokens, ApiTokens, IdentityService],
      useFactory: (accessTokens: AccessTokens, apiTokens: ApiTokens, identity: IdentityService) => new IdentityAuthenticator(accessTokens, apiTokens, identity),
    },
    {
      provide: RepresentativeDepartures,
      inject: [IdentityService, DataSource, ProjectionRunner],
      useFactory: (identity: IdentityService, dataSource: DataSource, runner: ProjectionRunner) =>
        bindRepresentativeDepartures(dataSource, new RepresentativeDepartures(identity, dataSource, runner)),
    },
    AdminBootstrap,
  ],
  exports: [AUTHENTICATOR, IdentityService, CredentialStore, AccessTokens, ApiTokens],
})
export class IdentityModule {}

export const identityFeature: AccordFeature = {
  name: 'identity',
  migrations: identityMigrations,
  projections: [accountsProjection, representativeDeparturesProcess],
  entities: [AccountRow],
  async seedDemo(app) {
    const created = await ensureAccounts(app.get(IdentityService), app.get(CredentialStore), DEMO_ACCOUNTS);
    return created.map((email) => {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email)!;
      return `account ${email} (${account.roles.join(', ')}), password ${account.password}`;
    });
  },
};
