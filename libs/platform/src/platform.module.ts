import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD, ModuleRef } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandProcessor } from '#accord/eventsourcing';
import { AssociationCalendar } from '#accord/kernel';
import {
  EVENT_STORE,
  EventStoreDbEventStore,
  LedgerSigner,
  ledgerMigrations,
  loadOrCreateSigningKey,
  PostgresEventStore,
  UpcasterRegistry,
  type EventStore,
} from '#accord/ledger';
import {
  createReadModelDataSource,
  PointInTimeReadModels,
  pointInTimeLedgerOf,
  type Projection,
  ProjectionRebuilder,
  ProjectionRunner,
  PROJECTIONS,
  readModelMigrations,
  withHandler,
} from '#accord/projections';
import { DataSource } from 'typeorm';
import type { AccordConfig } from './config.js';
import { openDatabase, type Database } from './database.js';
import type { AccordFeature } from './feature.js';
import { AccessGuard } from './http/access.guard.js';
import { LedgerAudit } from './ledger-audit.js';
import { RotateSigningKeyHandler } from './signing-key.commands.js';
import { HealthController } from './http/health.controller.js';
import { LedgerController } from './http/ledger.controller.js';
import { OpenStreamLimitInterceptor, RateLimitGuard, ReadWaitSlots } from './http/load-limits.js';
import { LedgerAuditController } from './http/ledger-audit.controller.js';
import { LedgerIntegrityMonitor } from './ledger-integrity.js';
import { PointInTimeBuildSlots, PointInTimeInterceptor } from './http/point-in-time.js';
import { ReadYourWritesInterceptor } from './http/read-your-writes.js';
import { ReadSideNotifications } from './read-side-notifications.js';
import { ACCORD_CONFIG, DATABASE } from './tokens.js';
import { loggedContext, loggedError } from './log-fields.js';

export interface PlatformOptions {
  readonly config: AccordConfig;
  readonly features: readonly AccordFeature[];
  /** The server keeps read models live; one-shot commands (migrate, verify, rebuild) do not. */
  readonly runProjections: boolean;
}

/** Starts what runs beside the requests, and stops everything in reverse order on shutdown. */
@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Platform');

  constructor(
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    private readonly integrity: LedgerIntegrityMonitor,
    private readonly notifications: ReadSideNotifications,
    private readonly pointInTime: PointInTimeReadModels,
    @Inject('RUN_PROJECTIONS') private readonly runProjections: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runProjections) return;
    await this.pointInTime.dropLeftovers();
    if (this.store instanceof PostgresEventStore) this.store.startSealing(this.config.sealIntervalMilliseconds);
    await this.notifications.listen((appended) => this.runner.wake(appended));
    this.runner.start(this.config.projections);
    this.integrity.start();
    const mode = this.config.projections === 'apply' ? 'projections started' : 'projections followed';
    this.logger.log({ message: mode, projections: this.runner.projections.map((projection) => projection.name) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.notifications.close();
    await this.integrity.stop();
    await this.pointInTime.close();
    // Whatever this process wrote is sealed before it stops: an unsealed event that grows old reads as a cut chain.
    if (this.store instanceof PostgresEventStore) await this.store.seal();
    await this.store.close();
    await this.dataSource.destroy();
    await this.database.close();
  }
}

/**
 * The platform every Accord process stands on: configuration, the database (embedded unless
 * DATABASE_URL is set) migrated at start, the ledger, the read models and the command path.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config, features } = options;
    const migrations = [...ledgerMigrations, ...readModelMigrations, ...features.flatMap((feature) => feature.migrations ?? [])];
    const projections: Projection[] = features.flatMap((feature) => feature.projections ?? []);
    const entities = features.flatMap((feature) => feature.entities ?? []);
    const upcasters = new UpcasterRegistry();
    for (const feature of features) feature.registerUpcasters?.(upcasters);

    return {
      module: PlatformModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController, LedgerController, LedgerAuditController],
      providers: [
        { provide: ACCORD_CONFIG, useValue: config },
        {
          // Injected process managers get this application's handlers, looked up when they first run.
          provide: PROJECTIONS,
          inject: [ModuleRef],
          useFactory: (modules: ModuleRef): Projection[] =>
            projections.map((projection) => withHandler(projection, (handler) => modules.get(handler, { strict: false }))),
        },
        { provide: 'RUN_PROJECTIONS', useValue: options.runProjections },
        { provide: DATABASE, useFactory: () => openDatabase(config, migrations) },
        {
          provide: EVENT_STORE,
          inject: [DATABASE],
          useFactory: async (database: Database): Promise<EventStore> =>
            config.ledgerAdapter === 'eventstoredb'
              ? new EventStoreDbEventStore(config.eventStoreUrl!, { upcasters })
              : PostgresEventStore.open(database.pool, {
                  upcasters,
                  signer: new LedgerSigner(await loadOrCreateSigningKey(config.ledgerKeyFile, !config.ledgerKeyConfigured)),
                }),
        },
        {
          provide: LedgerIntegrityMonitor,
          inject: [EVENT_STORE, DATABASE],
          useFactory: (store: EventStore, database: Database) =>
            new LedgerIntegrityMonitor(store, database.pool, {
              incrementalSeconds: config.verifyIntervalSeconds,
              fullSeconds: config.verifyFullIntervalSeconds,
            }),
        },
        {
          provide: DataSource,
          inject: [DATABASE],
          useFactory: (database: Database) => createReadModelDataSource(database.url, [...entities]).initialize(),
        },
        { provide: LedgerAudit, inject: [EVENT_STORE], useFactory: (store: EventStore) => new LedgerAudit(store) },
        RotateSigningKeyHandler,
        {
          provide: CommandProcessor,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => new CommandProcessor(store, { timeZone: config.timeZone }),
        },
        { provide: AssociationCalendar, useFactory: () => new AssociationCalendar(config.timeZone) },
        {
          provide: ReadSideNotifications,
          inject: [DATABASE],
          useFactory: (database: Database) => new ReadSideNotifications(database.pool),
        },
        {
          provide: ProjectionRunner,
          inject: [DataSource, EVENT_STORE, PROJECTIONS, ReadSideNotifications],
          useFactory: (dataSource: DataSource, store: EventStore, running: readonly Projection[], notifications: ReadSideNotifications) => {
            const logger = new Logger('Projections');
            return new ProjectionRunner(dataSource, store, running, {
              onError: (projection, error) => logger.error({ message: 'projection failed', projection, ...loggedContext(), error: loggedError(error) }),
              announce: (appended) => notifications.announce(appended),
            });
          },
        },
        {
          provide: PointInTimeReadModels,
          inject: [DataSource, EVENT_STORE, PROJECTIONS],
          useFactory: (dataSource: DataSource, store: EventStore, running: readonly Projection[]) =>
            new PointInTimeReadModels(dataSource, pointInTimeLedgerOf(store), running, {
              maxEntries: config.pointInTime.cacheEntries,
              maxBytes: config.pointInTime.cacheMegabytes * 1024 * 1024,
            }),
        },
        {
          provide: ProjectionRebuilder,
          inject: [DataSource, EVENT_STORE],
          useFactory: (dataSource: DataSource, store: EventStore) => new ProjectionRebuilder(dataSource, store),
        },
        PlatformLifecycle,
        ReadWaitSlots,
        ReadYourWritesInterceptor,
        PointInTimeBuildSlots,
        PointInTimeInterceptor,
        OpenStreamLimitInterceptor,
        { provide: APP_GUARD, useClass: AccessGuard },
        // After the access guard, so that a signed-in caller is counted by account.
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
      exports: [ACCORD_CONFIG, AssociationCalendar, DATABASE, EVENT_STORE, LedgerIntegrityMonitor, PROJECTIONS, DataSource, PointInTimeReadModels, CommandProcessor, ProjectionRunner, ProjectionRebuilder, CqrsModule],
    };
  }
}
