import { HttpException, HttpStatus, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { SSE_METADATA } from '@nestjs/common/constants.js';
import { getMetadataStorage } from 'class-validator';
import type { Role } from '#accord/kernel';
import { formatPosition, parsePosition, type GlobalPosition } from '#accord/ledger';
import { PointInTimeReadModels, type PointInTimeLease } from '#accord/projections';
import type { FastifyReply } from 'fastify';
import { defer, finalize, from, Observable, switchMap } from 'rxjs';
import type { AccordConfig } from '../config.js';
import { ACCORD_CONFIG } from '../tokens.js';
import { RequestValidationError, type FieldProblem } from './errors.js';
import { callerOf, CallerSlots, rateLimited } from './load-limits.js';
import type { AccordRequest } from './request-context.js';

/** The response header that names the position a point-in-time answer reflects. */
export const AS_OF_POSITION_HEADER = 'As-Of-Position';

/** Who may see the past state of the read models: the audit commission and the administrators. */
export const POINT_IN_TIME_READERS: readonly Role[] = ['auditor', 'admin'];

const PARAMETERS = ['asOfPosition', 'asOfTime'] as const;

/** Slots for point-in-time builds, per caller (MAX_POINT_IN_TIME_BUILDS): each one replays the ledger. */
@Injectable()
export class PointInTimeBuildSlots extends CallerSlots {
  constructor(@Inject(ACCORD_CONFIG) config: AccordConfig) {
    super(config.limits.pointInTimeBuilds);
  }
}

const problem = (field: string, ru: string, en: string): FieldProblem => ({ field, problems: [{ ru, en }] });

/** The moment of `asOfTime`: ISO 8601 with a time zone, so that it names one instant wherever the server runs. */
function momentOf(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  const moment = new Date(text);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
}

/** Whether the route's query declares the point-in-time parameters (it extends `ReadQuery` and keeps them). */
function acceptsPointInTime(context: ExecutionContext): boolean {
  const types: unknown[] = Reflect.getMetadata('design:paramtypes', context.getClass().prototype, context.getHandler().name) ?? [];
  return types.some(
    (type) =>
      typeof type === 'function' &&
      getMetadataStorage()
        .getTargetValidationMetadatas(type, '', true, false)
        .some((metadata) => metadata.propertyName === 'asOfPosition'),
  );
}

/**
 * `?asOfPosition=` or `?asOfTime=` on a register, dashboard or record query answers it from the read
 * models as they stood then: the query's own code runs against a point-in-time view of its tables
 * (see `PointInTimeReadModels`), and the answer names the position in the `As-Of-Position` header.
 */
@Injectable()
export class PointInTimeInterceptor implements NestInterceptor {
  constructor(
    private readonly views: PointInTimeReadModels,
    private readonly slots: PointInTimeBuildSlots,
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccordRequest>();
    if (request.method !== 'GET' || PARAMETERS.every((name) => (request.query as Record<string, unknown>)[name] === undefined)) return next.handle();
    const bound = this.boundOf(request, context);
    const roles = request.actor?.roles ?? [];
    if (!roles.some((role) => POINT_IN_TIME_READERS.includes(role))) {
      throw new HttpException(
        {
          code: 'POINT_IN_TIME_AUDITORS_ONLY',
          text: { ru: 'Состояние на прошлый момент доступно только ревизорам и администраторам', en: 'Only auditors and administrators may read a past state' },
          details: { allowed: POINT_IN_TIME_READERS },
        },
        HttpStatus.FORBIDDEN,
      );
    }
    const response = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.open(bound, request, response)).pipe(
      switchMap((lease) =>
        defer(() => {
          if (!response.sent) response.header(AS_OF_POSITION_HEADER, formatPosition(lease.position));
          // Subscribing inside the view's context makes the handler, and every query it awaits, read the view.
          return new Observable<unknown>((subscriber) => this.views.readAsOf(lease, () => next.handle().subscribe(subscriber)));
        }).pipe(finalize(() => lease.release())),
      ),
    );
  }

  /** The bound the request names, or 400 with what is wrong with it. */
  private boundOf(request: AccordRequest, context: ExecutionContext): GlobalPosition | Date {
    const { asOfPosition, asOfTime, minPosition } = request.query as Record<string, unknown>;
    if (!acceptsPointInTime(context) || Reflect.getMetadata(SSE_METADATA, context.getHandler())) {
      throw new RequestValidationError([
        problem('asOfPosition', 'этот запрос не отвечает на прошлый момент: журнал и потоки событий показывают историю сами', 'this query has no point-in-time view: the ledger and the event streams show the history themselves'),
      ]);
    }
    if (asOfPosition !== undefined && asOfTime !== undefined) {
      throw new RequestValidationError([problem('asOfTime', 'укажите asOfPosition или asOfTime, не оба', 'give asOfPosition or asOfTime, not both')]);
    }
    if (minPosition !== undefined) {
      throw new RequestValidationError([problem('minPosition', 'minPosition ждёт текущее состояние и не сочетается с прошлым моментом', 'minPosition waits for the current state and does not go with a past one')]);
    }
    if (asOfPosition !== undefined) {
      const position = typeof asOfPosition === 'string' ? parsePosition(asOfPosition) : undefined;
      if (!position) throw new RequestValidationError([problem('asOfPosition', 'asOfPosition: ожидается позиция журнала, например "1234-56"', 'asOfPosition must be a global position of the ledger, like "1234-56"')]);
      return position;
    }
    const moment = typeof asOfTime === 'string' ? momentOf(asOfTime) : undefined;
    if (!moment) {
      throw new RequestValidationError([problem('asOfTime', 'asOfTime: ожидается момент ISO 8601 с часовым поясом, например 2026-03-01T12:00:00Z', 'asOfTime must be an ISO 8601 moment with a time zone, like 2026-03-01T12:00:00Z')]);
    }
    return moment;
  }

  /** The view of the bound; a caller may have only so many views being built for it at once. */
  private async open(bound: GlobalPosition | Date, request: AccordRequest, response: FastifyReply): Promise<PointInTimeLease> {
    const position = await this.views.resolve(bound);
    if (this.views.has(position)) return this.views.lease(position);
    const release = this.slots.tryAcquire(callerOf(request));
    if (!release) throw rateLimited(response, 5, { pointInTimeBuilds: this.config.limits.pointInTimeBuilds });
    try {
      return await this.views.lease(position);
    } finally {
      release();
    }
  }
}
