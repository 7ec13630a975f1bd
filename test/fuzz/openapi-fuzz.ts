// Generated malformed requests for every operation of the OpenAPI document (fast-check).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly items?: Schema;
  readonly properties?: Record<string, Schema>;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly allOf?: readonly Schema[];
  readonly example?: unknown;
}

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly schema?: Schema;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: Schema }> };
}

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components?: { readonly schemas?: Record<string, Schema> };
}

export interface FuzzOperation {
  readonly method: 'get' | 'post';
  readonly template: string;
  readonly request: fc.Arbitrary<FuzzRequest>;
}

export interface FuzzRequest {
  readonly path: string;
  /** A JSON value, or raw text sent as a JSON body (malformed JSON). */
  readonly body?: { readonly json: unknown } | { readonly raw: string };
}

const deeplyNested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
};

/** Text that broke servers like this one: NUL, halves of surrogate pairs, dates and numbers PostgreSQL refuses, injections. */
const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '%00',
  '0000-01-01',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '99999999999999999999-1',
  '9223372036854775808-0',
  '-1',
  '1e309',
  'NaN',
  '',
  ' ',
  "'; DROP TABLE ledger.events; --",
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '😀'.repeat(50),
  'x'.repeat(5_000),
  'ru',
  '2026-02-30',
  '2026-13-01',
];

const nastyString = fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }));

/** A base64url cursor of any JSON: the shapes the API never issued. */
const nastyCursor = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url')),
  fc
    .tuple(fc.constantFrom(...NASTY_TEXT), fc.oneof(fc.uuid(), fc.constantFrom(...NASTY_TEXT)))
    .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
);

/** Any JSON, including what a field never expects: lists, deep objects, huge numbers. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_VALUE, 1.5, 1e308),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(deeplyNested(2_000)),
  fc.constant(deeplyNested(40)),
);

export class OpenApiFuzzer {
  constructor(
    private readonly document: OpenApiDocument,
    /** Ids of records that exist, so that some requests get past 404 into the command path. */
    private readonly knownIds: readonly string[],
  ) {}

  operations(): FuzzOperation[] {
    return Object.entries(this.document.paths).flatMap(([template, operations]) =>
      Object.entries(operations)
        .filter(([method]) => method === 'get' || method === 'post')
        .map(([method, operation]) => ({ method: method as 'get' | 'post', template, request: this.requestOf(template, method, operation) })),
    );
  }

  private requestOf(template: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
    const pathParameters = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const queryParameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    const path = fc.tuple(...pathParameters.map(() => this.pathValue())).map((values) => {
      let index = 0;
      return template.replace(/\{[^}]+\}/g, () => encode(values[index++]));
    });
    const query = fc
      .tuple(...queryParameters.map((parameter) => fc.option(this.queryValue(parameter), { nil: undefined, freq: 2 })))
      .map((values) =>
        values.flatMap((value, index) => (value === undefined ? [] : [`${encodeURIComponent(queryParameters[index].name)}=${encode(value)}`])).join('&'),
      );
    const body: fc.Arbitrary<FuzzRequest['body']> =
      method === 'post'
        ? fc.oneof(
            { weight: 6, arbitrary: this.valueOf(bodySchema ?? { type: 'object' }, 0).map((json) => ({ json })) },
            { weight: 1, arbitrary: nastyValue.map((json) => ({ json })) },
            { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,]', '\u0000', 'null x').map((raw) => ({ raw })) },
          )
        : fc.constant(undefined);
    return fc.record({ path, query, body }).map(({ path: base, query: search, body: sent }) => ({
      path: search ? `${base}?${search}` : base,
      ...(sent !== undefined && { body: sent }),
    }));
  }

  private pathValue(): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...this.knownIds) },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: nastyString.filter((text) => text.length > 0) },
    );
  }

  private queryValue(parameter: Parameter): fc.Arbitrary<string> {
    // Query values stay within the URL length Node accepts (16 KB of headers): no deep objects here.
    const valid = this.validValueOf(parameter.schema ?? { type: 'string' }, 5).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''));
    if (parameter.name === 'cursor') return fc.oneof(nastyCursor, nastyString);
    if (parameter.name === 'minPosition') return fc.oneof(fc.constantFrom('1-1', '0-0', '99999999999-1', '9223372036854775807-9223372036854775807'), nastyString);
    return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 2, arbitrary: nastyString });
  }

  /** Mostly a value of the schema, with a malformed value at some of its places. */
  private valueOf(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    return fc.oneof({ weight: 12, arbitrary: this.validValueOf(schema, depth) }, { weight: 1, arbitrary: nastyValue });
  }

  private validValueOf(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const resolved = this.resolve(schema);
    const choices = resolved.oneOf ?? resolved.anyOf;
    if (choices && choices.length > 0) return fc.oneof(...choices.map((choice) => this.valueOf(choice, depth + 1)));
    if (resolved.allOf && resolved.allOf.length > 0) return this.valueOf(resolved.allOf[0], depth + 1);
    if (resolved.enum && resolved.enum.length > 0) return fc.constantFrom(...resolved.enum);
    // The document's own examples get requests past validation into the command path.
    const typed = this.typedValueOf(resolved, depth);
    return resolved.example === undefined ? typed : fc.oneof({ weight: 2, arbitrary: fc.constant(resolved.example) }, { weight: 1, arbitrary: typed });
  }

  private typedValueOf(resolved: Schema, depth: number): fc.Arbitrary<unknown> {
    switch (resolved.type) {
      case 'string':
        return this.stringOf(resolved.format);
      case 'integer':
        return fc.integer({ min: resolved.minimum ?? -10, max: resolved.maximum ?? 1_000 });
      case 'number':
        return fc.double({ min: resolved.minimum ?? -10, max: resolved.maximum ?? 1_000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 6 ? fc.constant([]) : fc.array(this.valueOf(resolved.items ?? {}, depth + 1), { maxLength: 3 });
      default:
        return depth > 6 ? fc.constant({}) : this.objectOf(resolved, depth);
    }
  }

  private objectOf(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const fields = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, this.valueOf(property, depth + 1)]));
    const optional = Object.keys(properties).filter((name) => !required.has(name));
    return fc.record(fields, { requiredKeys: [...required].filter((name) => name in properties) }).chain((value) =>
      // Now and then a field the schema does not know.
      fc
        .oneof(
          { weight: 8, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom('unknownField', '__proto__', 'a\u0000', ...optional.slice(0, 1)), nastyValue) },
        )
        .map((extra) =>
        extra ? { ...value, [extra[0]]: extra[1] } : value,
      ),
    );
  }

  private stringOf(format: string | undefined): fc.Arbitrary<string> {
    switch (format) {
      case 'uuid':
        return fc.oneof(fc.constantFrom(...this.knownIds), fc.uuid());
      case 'date':
        return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
      case 'date-time':
        return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
      case 'email':
        return fc.emailAddress();
      default:
        return fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('RU', 'KZ', 'a'.repeat(64), 'interstate', 'online', randomUUID()));
    }
  }

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.split('/').pop()!;
    return this.document.components?.schemas?.[name] ?? {};
  }
}

/** A path or query value as a client could put it in a URL, lone surrogates as the bytes they would be in CESU-8. */
function encode(value: string): string {
  return [...value]
    .map((character) => {
      try {
        return encodeURIComponent(character);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}
