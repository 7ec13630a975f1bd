import { randomUUID } from 'node:crypto';
import { createParamDecorator, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { commandDigest, runWithContext } from '#accord/eventsourcing';
import type { NextFunction, Request, Response } from 'express';
import { Observable } from 'rxjs';
import type { Role } from '#accord/kernel';

/** The person or client behind a request, once it has been authenticated. */
export interface RequestActor {
  readonly accountId: string;
  /** The member organization a representative acts for. */
  readonly organizationId: string | null;
  readonly roles: readonly Role[];
  readonly via: 'password' | 'api-token';
}

export type AccordRequest = Request & { id: string; actor?: RequestActor };

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const accessLog = new Logger('Access');

/** Gives every request an id (the client's X-Request-Id when it is safe) and logs its outcome. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const offered = request.header('x-request-id');
  const id = offered && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
  (request as AccordRequest).id = id;
  response.setHeader('X-Request-Id', id);
  const started = process.hrtime.bigint();
  response.on('finish', () => {
    accessLog.log({
      requestId: id,
      method: request.method,
      path: request.originalUrl.split('?')[0],
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
    });
  });
  next();
}

/**
 * Runs the handler inside the action context, so the command path attributes every event to the
 * authenticated actor and the request that caused it, never to anything the body claims.
 */
@Injectable()
export class ActionContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccordRequest>();
    const commandId = typeof request.body?.commandId === 'string' ? (request.body.commandId as string) : null;
    const actionContext = {
      actorId: request.actor?.accountId ?? 'anonymous',
      onBehalfOf: request.actor?.organizationId ?? null,
      correlationId: request.id,
      causationId: commandId ?? request.id,
      ...(commandId && { commandDigest: commandDigest(`${request.method} ${request.originalUrl.split('?')[0]}`, request.body) }),
    };
    return new Observable((subscriber) => runWithContext(actionContext, () => next.handle().subscribe(subscriber)));
  }
}

/** The authenticated actor of the request (present on every route that is not public). */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): RequestActor => {
  const actor = context.switchToHttp().getRequest<AccordRequest>().actor;
  if (!actor) throw new Error('@Actor() used on a public route');
  return actor;
});
