import type { Request } from 'express';
import { config } from '../config.ts';
import { refuse } from '../domain/errors.ts';
import { formOf, type FormFields } from '../domain/forms.ts';

const { maxLength, longTextMaxLength, longTextFields, maxFields } = config.formFields;

/** The longest value `name` may hold (config.formFields). */
export function maxLengthOf(name: string): number {
  return (longTextFields as readonly string[]).includes(name) ? longTextMaxLength : maxLength;
}

/** A field's name as a message may quote it: short, whatever was sent. */
const quoted = (name: string) => `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"`;

export const FORM_BODY_MESSAGES = {
  notAForm: 'This page takes a web form, and what arrived was not one. Open the page again and send the form from it.',
  tooManyFields: `The form sent more than ${maxFields} fields. Open the page again and send the form from it.`,
  repeated: (name: string) => `The form sent the field ${quoted(name)} more than once. Open the page again and fill in each field once.`,
  tooLong: (name: string, length: number, max: number) =>
    `The field ${quoted(name)} is ${length.toLocaleString('en-US')} characters long; it may hold at most ${max.toLocaleString('en-US')}. Shorten it and send the form again.`,
} as const;

/**
 * Checks what a form sent, whatever its encoding: not too many fields, each single field sent once (only the
 * fields in `lists` may repeat), no value longer than its limit. Throws the refusal; changes nothing.
 */
export function checkedFields(raw: Readonly<Record<string, string | readonly string[]>>, lists: readonly string[] = []): FormFields {
  const names = Object.keys(raw);
  if (names.length > maxFields) throw refuse.invalid(FORM_BODY_MESSAGES.tooManyFields);
  for (const name of names) {
    const value = raw[name] ?? '';
    const values = typeof value === 'string' ? [value] : value;
    if (values.length > 1 && !lists.includes(name)) throw refuse.invalid(FORM_BODY_MESSAGES.repeated(name), name);
    const max = maxLengthOf(name);
    const long = values.find((v) => v.length > max);
    if (long !== undefined) throw refuse.invalid(FORM_BODY_MESSAGES.tooLong(name, long.length, max), name);
  }
  return formOf(raw);
}

/** Whether the request carries any bytes of body. */
function hasContent(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * The one reader of web forms (application/x-www-form-urlencoded, parsed by express.urlencoded; a form sent as
 * multipart goes through the upload reader instead). No body at all is an empty form, which the action's rules then
 * answer field by field; a body of another type (text, JSON, XML, bytes) is refused with 415.
 */
export function readForm(req: Request, lists: readonly string[] = []): FormFields {
  const body: unknown = req.body;
  if (body === undefined || body === null) {
    if (req.headers['content-type'] !== undefined || hasContent(req)) throw refuse.unsupported(FORM_BODY_MESSAGES.notAForm);
    return formOf({});
  }
  if (typeof body !== 'object' || Array.isArray(body)) throw refuse.unsupported(FORM_BODY_MESSAGES.notAForm);
  // No prototype: a field named __proto__ or constructor is a field like any other.
  const raw: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') raw[name] = value;
    else if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) raw[name] = value;
    else throw refuse.unsupported(FORM_BODY_MESSAGES.notAForm);
  }
  return checkedFields(raw, lists);
}
