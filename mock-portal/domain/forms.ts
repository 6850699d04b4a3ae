/**
 * A submitted form as the domain reads it: text fields, some of which repeat (checkboxes). The HTTP adapter
 * builds it, and has already refused a body that is not a form, a single field sent twice and a value too long,
 * so an action only ever sees strings.
 */
export interface FormFields {
  /** The field's text, '' when it was not sent. */
  text(name: string): string;
  /** Every value of a field that may repeat (checkboxes), [] when none was sent. */
  list(name: string): string[];
}

/** A form from plain values (what the adapter parsed, or what a unit test writes). */
export function formOf(values: Readonly<Record<string, string | readonly string[]>> = {}): FormFields {
  const own = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  return {
    text: (name) => {
      const value = own(name);
      return typeof value === 'string' ? value : (value?.[0] ?? '');
    },
    list: (name) => {
      const value = own(name);
      return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
    },
  };
}
