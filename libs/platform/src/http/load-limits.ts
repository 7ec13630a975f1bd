import { HttpException, HttpStatus, Inject, Injectable, type CallHandler, type CanActivate, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { SSE_METADATA } from '@nestjs/common/constants.js';
import type { FastifyReply } from 'fastify';
import { finalize, type Observable } from 'rxjs';
import type { AccordConfig } from '../config.js';
import { ACCORD_CONFIG } from '../tokens.js';
import type { AccordRequest } from './request-context.js';

/** Whom a limit counts: the account when the request is signed in, the client's address otherwise. */
export function callerOf(request: Pick<AccordRequest, 'actor' | 'ip'>): string {
  return request.actor ? `account:${request.actor.accountId}` : `address:${request.ip ?? 'unknown'}`;
}

/** 429 in the one error shape, with `Retry-After` set on the response. */
export function rateLimited(response: FastifyReply, retryAfterSeconds: number, details: Record<string, unknown>): HttpException {
  if (!response.sent) response.header('Retry-After', String(retryAfterSeconds));
  return new HttpException(
    {
      code: 'RATE_LIMITED',
      text: { ru: `Слишком много запросов: повторите через ${retryAfterSeconds} с`, en: `Too many requests: try again in ${retryAfterSeconds} s` },
      details: { retryAfterSeconds, ...details },
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

/** Requests per caller in fixed windows: the window starts with a caller's first request. */
export class RequestCounter {
  private readonly windows = new Map<string, { resetAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMilliseconds: number,
  ) {}

  /** Counts one request; answers the seconds to wait when the caller is over the limit. */
  count(caller: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    if (this.windows.size > 10_000) this.forgetEnded(now);
    let window = this.windows.get(caller);
    if (!window || window.resetAt <= now) {
      window = { resetAt: now + this.windowMilliseconds, count: 0 };
      this.windows.set(caller, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  private forgetEnded(now: number): void {
    for (const [caller, window] of this.windows) if (window.resetAt <= now) this.windows.delete(caller);
  }
}

/**
 * The general rate limit (RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_SECONDS, per instance). It
 * runs after the access guard, so a signed-in caller is counted by account wherever it connects from.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly counter: RequestCounter;

  constructor(@Inject(ACCORD_CONFIG) private readonly config: AccordConfig) {
    this.counter = new RequestCounter(config.limits.requestsPerWindow, config.limits.windowSeconds * 1000);
  }

  canActivate(context: ExecutionContext): boolean {
    const { requestsPerWindow, windowSeconds } = this.config.limits;
    if (requestsPerWindow === 0) return true;
    const http = context.switchToHttp();
    const verdict = this.counter.count(callerOf(http.getRequest<AccordRequest>()));
    if (verdict.allowed) return true;
    throw rateLimited(http.getResponse<FastifyReply>(), verdict.retryAfterSeconds, { limit: requestsPerWindow, windowSeconds });
  }
}

/** Slots per caller for work that holds resources while it lasts (waits, open streams). */
export class CallerSlots {
  private readonly held = new Map<string, number>();

  constructor(private readonly capacity: number) {}

  /** A release function, or undefined when the caller already holds every slot. */
  tryAcquire(caller: string): (() => void) | undefined {
    const count = this.held.get(caller) ?? 0;
    if (count >= this.capacity) return undefined;
    this.held.set(caller, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(caller) ?? 1) - 1;
      if (left === 0) this.held.delete(caller);
      else this.held.set(caller, left);
    };
  }
}

/** Slots for `?minPosition=` waits, per caller (MAX_CONCURRENT_WAITS). */
@Injectable()
export class ReadWaitSlots extends CallerSlots {
  constructor(@Inject(ACCORD_CONFIG) config: AccordConfig) {
    super(config.limits.concurrentWaits);
  }
}

/**
 * Caps the server-sent event streams a caller holds open (MAX_OPEN_STREAMS): each one holds a
 * connection and its share of the readings for as long as it is open. The slot is given back when the stream ends or the client leaves.
 */
@Injectable()
export class OpenStreamLimitInterceptor implements NestInterceptor {
  private readonly slots: CallerSlots;

  constructor(@Inject(ACCORD_CONFIG) private readonly config: AccordConfig) {
    this.slots = new CallerSlots(config.limits.openStreams);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!Reflect.getMetadata(SSE_METADATA, context.getHandler())) return next.handle();
    const http = context.switchToHttp();
    const release = this.slots.tryAcquire(callerOf(http.getRequest<AccordRequest>()));
    if (!release) throw rateLimited(http.getResponse<FastifyReply>(), 5, { openStreams: this.config.limits.openStreams });
    return next.handle().pipe(finalize(release));
  }
}
