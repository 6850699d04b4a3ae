/** A refusal the portal explains to the user: what was wrong and what to do. Never a crash. */
export type RefusalKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'unavailable';

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** The form field the refusal is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export const refuse = {
  invalid: (message: string, field?: string) => new Refusal('invalid', message, field),
  forbidden: (message: string) => new Refusal('forbidden', message),
  notFound: (message: string) => new Refusal('not-found', message),
  conflict: (message: string, field?: string) => new Refusal('conflict', message, field),
  unavailable: (message: string) => new Refusal('unavailable', message),
};

export const httpStatusOf: Record<RefusalKind, number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
};
