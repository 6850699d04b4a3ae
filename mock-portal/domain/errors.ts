/** A refusal the portal explains to the user: what was wrong and what to do. Never a crash. */
export type RefusalKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'too-large' | 'unsupported' | 'unavailable';

/** What was wrong with each field of a form, field name → message. */
export type FieldProblems = Readonly<Record<string, string>>;

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** The form field the refusal is about, when there is one. */
    readonly field?: string,
    /** Every field's problem, when a whole form was checked at once. */
    readonly problems: FieldProblems = field ? { [field]: message } : {},
    /** Every problem's message, in the order a person should read them. */
    readonly messages: readonly string[] = Object.keys(problems).length ? Object.values(problems) : [message],
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export const refuse = {
  invalid: (message: string, field?: string) => new Refusal('invalid', message, field),
  /** A form checked at once: every field's problem; the message lists them all. */
  fields: (problems: FieldProblems) => new Refusal('invalid', Object.values(problems).join(' '), undefined, problems),
  /** A form checked at once whose problems are not tied to one field each. */
  all: (messages: readonly string[]) => new Refusal('invalid', messages.join(' '), undefined, {}, messages),
  /** A form checked at once whose fields may each break several rules, every one named (field → its messages). */
  ruleLists: (lists: Readonly<Record<string, readonly string[]>>) => {
    const broken = Object.entries(lists).filter(([, messages]) => messages.length > 0);
    const messages = broken.flatMap(([, list]) => list);
    return new Refusal('invalid', messages.join(' '), undefined, Object.fromEntries(broken.map(([field, list]) => [field, list.join(' ')])), messages);
  },
  /** Wrong or missing credentials, or a one-time code that does not match. */
  unauthenticated: (message: string) => new Refusal('unauthenticated', message),
  forbidden: (message: string) => new Refusal('forbidden', message),
  notFound: (message: string) => new Refusal('not-found', message),
  conflict: (message: string, field?: string) => new Refusal('conflict', message, field),
  tooLarge: (message: string) => new Refusal('too-large', message),
  unsupported: (message: string) => new Refusal('unsupported', message),
  unavailable: (message: string) => new Refusal('unavailable', message),
};

/** The one mapping of refusals to HTTP status codes. */
export const httpStatusOf: Record<RefusalKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  unsupported: 415,
  unavailable: 503,
};
