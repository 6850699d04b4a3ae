import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { BodyProblem } from '../domain/scenario.ts';

const DATE_TIME_EXAMPLE = '2019-08-01T13:00:00Z';

function newAjv(options: Options): Ajv {
  // strictRequired would refuse `not: { required: [a, b] }` ("not both"), which names properties defined beside it.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true, ...options });
  addFormats(ajv);
  // ajv-formats' date-time admits a leap second (23:59:60), which no JavaScript Date can hold: a clock set to it
  // would show no time at all. Only what Date reads as an instant passes.
  const dateTime = fullFormats['date-time'] as { validate: (value: string) => boolean };
  ajv.addFormat('date-time', { type: 'string', validate: (value: string) => dateTime.validate(value) && Number.isFinite(Date.parse(value)) });
  return ajv;
}

/** Bodies are checked as sent; query strings are text, so their numbers and booleans are read from it. */
const bodies = newAjv({});
const queries = newAjv({ coerceTypes: true });

export function compile<T>(schema: object): ValidateFunction<T> {
  return bodies.compile<T>(schema);
}

/** For query strings (`?limit=10`): values are read as the schema's types. Validate a copy: it is changed in place. */
export function compileQuery<T>(schema: object): ValidateFunction<T> {
  return queries.compile<T>(schema);
}

function knownFields(schema: unknown): string {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties).join(', ') : '';
}

/** ajv's errors as `{ path, message }`, the path pointing at the offending member itself. */
export function problemsOf(errors: ErrorObject[] | null | undefined): BodyProblem[] {
  return (errors ?? []).map((e) => {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') {
      const known = knownFields(e.parentSchema);
      return { path: `${e.instancePath}/${String(params.additionalProperty)}`, message: `is not a known field; remove it${known ? ` (known: ${known})` : ''}` };
    }
    if (e.keyword === 'required') {
      return { path: `${e.instancePath}/${String(params.missingProperty)}`, message: 'is required' };
    }
    if (e.keyword === 'enum') {
      return { path: e.instancePath || '/', message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    }
    if (e.keyword === 'minProperties') {
      return { path: e.instancePath || '/', message: `give at least one of ${knownFields(e.parentSchema)}` };
    }
    if (e.keyword === 'not') {
      const both = (e.schema as { required?: string[] } | undefined)?.required;
      return { path: e.instancePath || '/', message: both ? `give only one of ${both.join(' or ')}` : 'is not allowed here' };
    }
    const example = (e.parentSchema as { examples?: unknown[] } | undefined)?.examples?.[0];
    if (e.keyword === 'pattern' && example !== undefined) {
      return { path: e.instancePath || '/', message: `must look like ${JSON.stringify(example)}` };
    }
    if (e.keyword === 'format' && params.format === 'date-time') {
      return { path: e.instancePath || '/', message: `must be an ISO-8601 date and time with a time zone, such as ${DATE_TIME_EXAMPLE} (no leap second)` };
    }
    return { path: e.instancePath || '/', message: e.message ?? 'is not valid' };
  });
}

/** Validates `body`; on failure returns the problems, on success the typed body. */
export function check<T>(validate: ValidateFunction<T>, body: unknown): { ok: true; value: T } | { ok: false; problems: BodyProblem[] } {
  if (validate(body)) return { ok: true, value: body };
  return { ok: false, problems: problemsOf(validate.errors) };
}
