import { randomUUID } from 'node:crypto';
import { createParamDecorator, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { commandDigest, runWithContext } from '#accord/eventsourcing';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
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

export type AccordRequest = FastifyRequest & { actor?: RequestActor };

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const accessLog = new Logger('Access');

/** The path a request asked for, without its query. */
export const pathOf = (request: FastifyRequest): string => request.url.split('?')[0];

/** The id of a request: the client's X-Request-Id when it is safe to log and to repeat, else a new one. */
export function requestIdOf(offered: string | string[] | undefined): string {
  return typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
}

/** Logs the outcome of every request (Fastify's `onResponse` hook). */
export function logAccess(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
  accessLog.log({
    requestId: request.id,
    method: request.method,
    path: pathOf(request),
    status: reply.statusCode,
    durationMs: Math.floor(reply.elapsedTime),
  });
  done();
}

const commandIdOf = (body: unknown): string | null => {
  const commandId = typeof body === 'object' && body !== null ? (body as { commandId?: unknown }).commandId : undefined;
  return typeof commandId === 'string' ? commandId : null;
};

/**
 * Runs the handler inside the action context, so the command path attributes every event to the
 * authenticated actor and the request that caused it, never to anything the body claims.
 */
@Injectable()
export class ActionContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccordRequest>();
    const commandId = commandIdOf(request.body);
    const actionContext = {
      actorId: request.actor?.accountId ?? 'anonymous',
      onBehalfOf: request.actor?.organizationId ?? null,
      correlationId: request.id,
      causationId: commandId ?? request.id,
      ...(commandId && { commandDigest: commandDigest(`${request.method} ${pathOf(request)}`, request.body) }),
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
