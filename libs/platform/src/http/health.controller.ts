import { Controller, Get, Headers, HttpStatus, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, formatPosition, type EventStore } from '#accord/ledger';
import { ProjectionRunner, type ProjectionStatus } from '#accord/projections';
import type { FastifyReply } from 'fastify';
import type { AccordConfig } from '../config.js';
import { LedgerIntegrityMonitor, type IntegrityStatus } from '../ledger-integrity.js';
import { Public } from './access-policy.js';
import { HealthReportView } from './ledger.responses.js';
import { AUTHENTICATOR, type Authenticator } from './access.guard.js';
import type { Database } from '../database.js';
import { ACCORD_CONFIG, DATABASE } from '../tokens.js';

export interface HealthReport {
  readonly status: 'ok' | 'unavailable' | 'broken';
  readonly database: { readonly status: 'up' | 'down'; readonly embedded: boolean; readonly error?: string };
  readonly ledger: {
    readonly adapter: string;
    readonly head?: string;
    readonly error?: string;
    /** The background verification: `broken` turns the whole answer to 503 `broken`. */
    readonly integrity?: { readonly status: IntegrityStatus; readonly lastVerifiedPosition: string | null; readonly checkedAt: string | null };
  };
  readonly projections: readonly ProjectionStatus[];
}

/** What anyone may see: whether the service is usable, nothing that helps map or probe it. */
export type PublicHealthReport = Pick<HealthReport, 'status'>;

/** Operators see the ledger head, the projections and the error texts. */
const OPERATOR_ROLES = new Set(['admin', 'auditor']);

const HEALTH_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), HEALTH_TIMEOUT_MS).unref()),
  ]);
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
    private readonly runner: ProjectionRunner,
    private readonly monitor: LedgerIntegrityMonitor,
    @Optional() @Inject(AUTHENTICATOR) private readonly authenticator?: Authenticator,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Service status (200 when usable, 503 when not); the database, ledger and projection detail only for an admin or auditor',
  })
  @ApiOkResponse({ description: 'Everything needed to serve requests is up', type: HealthReportView })
  @ApiServiceUnavailableResponse({ description: 'The database cannot be reached, or the ledger failed its verification (`broken`)', type: HealthReportView })
  async health(@Res({ passthrough: true }) response: FastifyReply, @Headers('authorization') authorization?: string): Promise<HealthReport | PublicHealthReport> {
    const report = await this.report(response);
    return (await this.isOperator(authorization)) ? report : { status: report.status };
  }

  /** A missing or invalid credential is not an error here: the caller simply gets the public view. */
  private async isOperator(authorization: string | undefined): Promise<boolean> {
    if (!authorization || !this.authenticator) return false;
    const actor = await this.authenticator.authenticate(authorization).catch(() => null);
    return actor?.roles.some((role) => OPERATOR_ROLES.has(role)) ?? false;
  }

  private async report(response: FastifyReply): Promise<HealthReport> {
    const embedded = this.database.embedded;
    const adapter = this.config.ledgerAdapter;
    const databaseError = await withTimeout(this.database.pool.query('SELECT 1')).then(() => undefined, describe);
    if (databaseError) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: { status: 'down', embedded, error: databaseError }, ledger: { adapter }, projections: [] };
    }
    try {
      const [head, projections] = await withTimeout(Promise.all([this.store.headPosition(), this.runner.status()]));
      const { status: integrityStatus, lastVerifiedPosition, checkedAt } = this.monitor.current;
      const integrity = { status: integrityStatus, lastVerifiedPosition, checkedAt };
      if (integrityStatus === 'broken') response.status(HttpStatus.SERVICE_UNAVAILABLE);
      const status = integrityStatus === 'broken' ? 'broken' : 'ok';
      return { status, database: { status: 'up', embedded }, ledger: { adapter, head: formatPosition(head), integrity }, projections };
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: { status: 'up', embedded }, ledger: { adapter, error: describe(error) }, projections: [] };
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
