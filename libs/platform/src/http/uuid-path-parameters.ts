import { ParseUUIDPipe, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { Observable } from 'rxjs';
import { RequestValidationError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface RouteArgument {
  readonly data?: unknown;
  readonly pipes?: readonly unknown[];
}

/** The path parameters a handler parses with `ParseUUIDPipe`. */
function uuidParameters(controller: object, handler: string): string[] {
  const routeArguments = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, RouteArgument>;
  return Object.entries(routeArguments)
    .filter(([key, argument]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && typeof argument.data === 'string')
    .filter(([, argument]) => (argument.pipes ?? []).some((pipe) => pipe === ParseUUIDPipe || pipe instanceof ParseUUIDPipe))
    .map(([, argument]) => argument.data as string);
}

/**
 * A path id that is not a UUID is a field problem like any other (400 naming the parameter), not the
 * framework's anonymous "uuid is expected". It runs after the access guard, so a caller without the
 * right learns nothing about the route's parameters.
 */
export class UuidPathParametersInterceptor implements NestInterceptor {
  private readonly parameters = new WeakMap<object, string[]>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const handler = context.getHandler();
    let names = this.parameters.get(handler);
    if (!names) {
      names = uuidParameters(context.getClass(), handler.name);
      this.parameters.set(handler, names);
    }
    const params = context.switchToHttp().getRequest<{ params?: Record<string, string> }>().params ?? {};
    const invalid = names.filter((name) => params[name] !== undefined && !UUID.test(params[name]));
    if (invalid.length > 0) {
      throw new RequestValidationError(invalid.map((field) => ({ field, problems: [{ ru: `${field}: ожидается UUID`, en: `${field} must be a UUID` }] })));
    }
    return next.handle();
  }
}
