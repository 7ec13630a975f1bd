import { Inject, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { parsePosition } from '#accord/ledger';
import { ProjectionRunner } from '#accord/projections';
import type { FastifyReply } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import type { AccordConfig } from '../config.js';
import { ACCORD_CONFIG } from '../tokens.js';
import type { AccordRequest } from './request-context.js';
import { RequestValidationError } from './errors.js';
import { callerOf, rateLimited, ReadWaitSlots } from './load-limits.js';

const READS_FROM = 'accord:reads-from';

/** Names the projections a query reads, so `minPosition` waits for those alone. */
export const ReadsFrom = (...projections: string[]) => SetMetadata(READS_FROM, projections);

/**
 * `?minPosition=` on a query waits until the read models have applied that position, so a client
 * reads its own write; past the wait it answers anyway, marked with `Stale-Read: true`. The wait
 * hangs on the runner's "read models advanced" signal: it reads nothing while it waits.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly reflector: Reflector,
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
    private readonly slots: ReadWaitSlots,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccordRequest>();
    const wanted = request.method === 'GET' ? (request.query as Record<string, unknown>).minPosition : undefined;
    if (wanted === undefined) return next.handle();
    const position = typeof wanted === 'string' ? parsePosition(wanted) : undefined;
    if (!position) {
      throw new RequestValidationError([{ field: 'minPosition', problems: [{ ru: 'minPosition должен быть позицией из ответа на команду, например "1234-56"', en: 'minPosition must be a position returned by a command, like "1234-56"' }] }]);
    }
    // Each wait holds a timer and a place among the signal's waiters until it ends: one account may not pile them up.
    const release = this.slots.tryAcquire(callerOf(request));
    if (!release) {
      throw rateLimited(context.switchToHttp().getResponse<FastifyReply>(), 1, { concurrentWaits: this.config.limits.concurrentWaits });
    }
    const projections = this.reflector.get<string[] | undefined>(READS_FROM, context.getHandler());
    const caughtUp = this.runner.waitFor(position, this.config.readWaitMilliseconds, projections).finally(release);
    return from(caughtUp).pipe(
      switchMap((fresh) => {
        const response = context.switchToHttp().getResponse<FastifyReply>();
        // A stream of server-sent events has sent its headers already; its first event is as fresh as it gets.
        if (!fresh && !response.sent) response.header('Stale-Read', 'true');
        return next.handle();
      }),
    );
  }
}
