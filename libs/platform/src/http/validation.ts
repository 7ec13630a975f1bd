import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, type ValidatorOptions } from 'class-validator';
import { RequestValidationError, type FieldProblem } from './errors.js';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * `@ValidateNested` lets a list through where one object is declared (it validates each element),
 * so a field typed as a class gets a list refused here, for every DTO at once.
 */
function listsWhereObjectsBelong(instance: object): ValidationError[] {
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(instance.constructor, '', true, false)
    .filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
  const properties = [...new Set(nested.map((metadata) => metadata.propertyName))];
  return properties.flatMap((property) => {
    const value = (instance as Record<string, unknown>)[property];
    if (value === undefined || value === null || typeof value !== 'object') return [];
    const declared: unknown = Reflect.getMetadata('design:type', instance, property);
    if (Array.isArray(value)) {
      if (declared === Array || declared === Object || declared === undefined) return value.flatMap((item, index) => childErrors(`${property}.${index}`, item));
      return [{ property, constraints: { isObject: `${property} must be an object, not a list` }, children: [] }];
    }
    return childErrors(property, value);
  });
}

function childErrors(property: string, value: unknown): ValidationError[] {
  if (typeof value !== 'object' || value === null) return [];
  const children = listsWhereObjectsBelong(value);
  return children.length > 0 ? [{ property, children }] : [];
}

class AccordValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    return errors.length > 0 ? errors : listsWhereObjectsBelong(object);
  }
}

/** Unknown fields are refused, not silently dropped: a typo must not pass for an empty value. */
export function createValidationPipe(): ValidationPipe {
  return new AccordValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
