import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { defer, from, isObservable, mergeAll, type Observable } from 'rxjs';

/**
 * The global interceptors run as one. Nest wraps every interceptor it is given in a deferred
 * observable bound to a new async resource, and every request pays for that once per interceptor;
 * here each one's `handle()` subscribes the next directly, in the order given. A step that runs the
 * rest inside an async context (the action context, a past state's view) does so by subscribing to
 * `handle()` inside it, exactly as under Nest.
 */
export class InterceptorChain implements NestInterceptor {
  constructor(private readonly steps: readonly NestInterceptor[]) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const stepAt = (index: number): Observable<unknown> => {
      if (index === this.steps.length) return next.handle();
      const rest: CallHandler = { handle: () => defer(() => stepAt(index + 1)) };
      return observableOf(this.steps[index].intercept(context, rest));
    };
    return stepAt(0);
  }
}

const observableOf = (intercepted: Observable<unknown> | Promise<Observable<unknown>>): Observable<unknown> =>
  isObservable(intercepted) ? intercepted : from(intercepted).pipe(mergeAll());
