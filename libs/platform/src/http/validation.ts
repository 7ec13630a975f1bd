import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, type ValidatorOptions } from 'class-validator';
import type { BilingualText } from '#accord/kernel';
import { RequestValidationError, type FieldProblem } from './errors.js';

const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : String(values));

/**
 * The Russian text of each class-validator constraint, from the constraint's own arguments. The English
 * text stays the one the DTO gives (or class-validator's), so a field's problem reads the same in both.
 */
const RUSSIAN: Readonly<Record<string, (field: string, args: readonly unknown[]) => string>> = {
  isString: (field) => `${field}: ожидается строка`,
  isNotEmpty: (field) => `${field}: не может быть пустым`,
  isNotBlank: (field) => `${field}: не может быть пустым`,
  isDefined: (field) => `${field}: обязательное поле`,
  maxLength: (field, [max]) => `${field}: не длиннее ${String(max)} символов`,
  minLength: (field, [min]) => `${field}: не короче ${String(min)} символов`,
  isIn: (field, [values]) => `${field}: допустимые значения — ${list(values)}`,
  isEnum: (field) => `${field}: недопустимое значение`,
  matches: (field) => `${field}: неверный формат`,
  isUuid: (field) => `${field}: ожидается UUID`,
  isInt: (field) => `${field}: ожидается целое число`,
  isNumber: (field) => `${field}: ожидается число`,
  isBoolean: (field) => `${field}: ожидается true или false`,
  min: (field, [min]) => `${field}: не меньше ${String(min)}`,
  max: (field, [max]) => `${field}: не больше ${String(max)}`,
  isEmail: (field) => `${field}: неверный адрес электронной почты`,
  isUrl: (field) => `${field}: неверный URL`,
  isDateString: (field) => `${field}: ожидается дата и время в формате ISO 8601`,
  isIso8601: (field) => `${field}: ожидается дата и время в формате ISO 8601`,
  isCalendarDate: (field) => `${field}: ожидается календарная дата ГГГГ-ММ-ДД`,
  isCountryCode: (field) => `${field}: ожидается код страны ISO 3166-1 alpha-2, например RU`,
  isAddresseeCountry: (field) => `${field}: ожидается код страны ISO 3166-1 alpha-2 заглавными буквами, например RU, или "interstate"`,
  isObject: (field) => `${field}: ожидается объект`,
  isArray: (field) => `${field}: ожидается массив`,
  arrayMinSize: (field, [min]) => `${field}: не меньше ${String(min)} элементов`,
  arrayMaxSize: (field, [max]) => `${field}: не больше ${String(max)} элементов`,
  arrayNotEmpty: (field) => `${field}: список не может быть пустым`,
  arrayUnique: (field) => `${field}: элементы не должны повторяться`,
  whitelistValidation: (field) => `${field}: неизвестное поле`,
  nestedValidation: (field) => `${field}: ожидается объект или массив`,
};

/** The arguments a constraint was declared with (for `maxLength`, the maximum), read from class-validator's metadata. */
function constraintArguments(error: ValidationError, constraint: string): readonly unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((entry) => entry.propertyName === error.property && entry.name?.toLowerCase() === constraint.toLowerCase());
  return metadata?.constraints ?? [];
}

/** A constraint with no Russian text of its own still answers in Russian, if less precisely. */
function russian(error: ValidationError, constraint: string): string {
  const entry = Object.entries(RUSSIAN).find(([name]) => name.toLowerCase() === constraint.toLowerCase());
  return entry ? entry[1](error.property, constraintArguments(error, constraint)) : `${error.property}: недопустимое значение`;
}

/** A field that is not there at all has one problem, whatever else its declaration would ask of a value. */
const REQUIRED = (field: string): BilingualText => ({ ru: `${field}: обязательное поле`, en: `${field} is required` });

/** Constraints on the kind of a value: when one fails, the others (a length, a pattern) say nothing more. */
const KIND_CONSTRAINTS = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isArray']);

function problemsOf(error: ValidationError): BilingualText[] {
  const constraints = Object.entries(error.constraints ?? {});
  const unknownField = constraints.some(([name]) => name === 'whitelistValidation');
  if ((error.value === undefined || error.value === null) && !unknownField) return [REQUIRED(error.property)];
  const wrongKind = constraints.filter(([name]) => KIND_CONSTRAINTS.has(name));
  return (wrongKind.length > 0 ? wrongKind : constraints).map(([name, english]) => ({ ru: russian(error, name), en: english }));
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: problemsOf(error) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The properties of a class declared `@ValidateNested`, read from its metadata once: it does not change after the class is declared. */
const nestedOf = new WeakMap<object, readonly string[]>();
function nestedProperties(type: object): readonly string[] {
  let properties = nestedOf.get(type);
  if (!properties) {
    const nested = getMetadataStorage()
      .getTargetValidationMetadatas(type as new () => object, '', true, false)
      .filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
    properties = [...new Set(nested.map((metadata) => metadata.propertyName))];
    nestedOf.set(type, properties);
  }
  return properties;
}

/**
 * `@ValidateNested` lets a list through where one object is declared (it validates each element),
 * so a field typed as a class gets a list refused here, for every DTO at once.
 */
function listsWhereObjectsBelong(instance: object): ValidationError[] {
  return nestedProperties(instance.constructor).flatMap((property) => {
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
    // The object a problem was found in: its class's metadata holds the constraint's arguments (a maximum length).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
