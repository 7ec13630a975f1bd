import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { defer, lastValueFrom, map, Observable, of } from 'rxjs';
import { InterceptorChain } from './interceptor-chain.js';

const context = {} as ExecutionContext;

/** A step that notes when it runs, and marks what comes back through it. */
const noting = (name: string, seen: string[]): NestInterceptor => ({
  intercept: (_context, next) => {
    seen.push(name);
    return next.handle().pipe(map((value) => `${String(value)}<${name}`));
  },
});

const handlerNoting = (seen: string[]): CallHandler => ({
  handle: () => defer(() => {
    seen.push('handler');
    return of('answer');
  }),
});

describe('interceptor chain', () => {
  it('given steps, when a request runs through them, then each runs in order before the handler and sees its answer on the way back', async () => {
    const seen: string[] = [];
    const chain = new InterceptorChain([noting('first', seen), noting('second', seen)]);
    await expect(lastValueFrom(chain.intercept(context, handlerNoting(seen)))).resolves.toBe('answer<second<first');
    expect(seen).toEqual(['first', 'second', 'handler']);
  });

  it('given a step that subscribes the rest inside an async context, then the steps after it and the handler run in that context', async () => {
    const storage = new AsyncLocalStorage<string>();
    const inContext: NestInterceptor = {
      intercept: (_context, next) => new Observable((subscriber) => storage.run('request-1', () => next.handle().subscribe(subscriber))),
    };
    const later: NestInterceptor = { intercept: (_context, next) => Promise.resolve(next.handle().pipe(map((value) => `${String(value)}|${storage.getStore()}`))) };
    const chain = new InterceptorChain([inContext, later]);
    const answer = chain.intercept(context, { handle: () => defer(async () => storage.getStore()) });
    await expect(lastValueFrom(answer)).resolves.toBe('request-1|request-1');
  });

  it('given a step that refuses the request, then neither the steps after it nor the handler run', async () => {
    const seen: string[] = [];
    const refusing: NestInterceptor = {
      intercept: () => {
        throw new Error('refused');
      },
    };
    const chain = new InterceptorChain([noting('first', seen), refusing, noting('third', seen)]);
    await expect(lastValueFrom(chain.intercept(context, handlerNoting(seen)))).rejects.toThrow('refused');
    expect(seen).toEqual(['first']);
  });

  it('given no steps, then the handler answers alone', async () => {
    const seen: string[] = [];
    await expect(lastValueFrom(new InterceptorChain([]).intercept(context, handlerNoting(seen)))).resolves.toBe('answer');
    expect(seen).toEqual(['handler']);
  });
});
