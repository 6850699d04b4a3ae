import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { BodyProblem } from '../domain/scenario.ts';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);

export function compile<T>(schema: object): ValidateFunction<T> {
  return ajv.compile<T>(schema);
}

/** ajv's errors as `{ path, message }`, the path pointing at the offending member itself. */
export function problemsOf(errors: ErrorObject[] | null | undefined): BodyProblem[] {
  return (errors ?? []).map((e) => {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') {
      return { path: `${e.instancePath}/${String(params.additionalProperty)}`, message: `is not a known field; remove it` };
    }
    if (e.keyword === 'required') {
      return { path: `${e.instancePath}/${String(params.missingProperty)}`, message: 'is required' };
    }
    if (e.keyword === 'enum') {
      return { path: e.instancePath || '/', message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    }
    return { path: e.instancePath || '/', message: e.message ?? 'is not valid' };
  });
}

/** Validates `body`; on failure returns the problems, on success the typed body. */
export function check<T>(validate: ValidateFunction<T>, body: unknown): { ok: true; value: T } | { ok: false; problems: BodyProblem[] } {
  if (validate(body)) return { ok: true, value: body };
  return { ok: false, problems: problemsOf(validate.errors) };
}
