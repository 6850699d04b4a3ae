import type { Response } from 'express';
import { Refusal } from '../../domain/errors.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { APPLICATION_LABELS, ROLE_LABELS, ROLE_NAMES, type Account } from '../../domain/types.ts';

/** What the Enterprise Portal's pages show for names: the application and role labels, organizations by id. */
export function labelsFor(state: MockState, account: Account) {
  const organizations: Record<string, string> = {};
  for (const role of account.roles) organizations[role.organizationId] = state.organizations.get(role.organizationId)?.legalBusinessName ?? role.organizationId;
  return { labels: APPLICATION_LABELS, roleLabels: ROLE_LABELS, organizations };
}

export const ROLE_OPTIONS = ROLE_NAMES.map((r) => ({ value: r, label: r, description: ROLE_LABELS[r] }));

/** The HTTP status of a refusal shown inside a page. */
export function statusOf(error: Refusal): number {
  return { invalid: 400, forbidden: 403, 'not-found': 404, conflict: 409, unavailable: 503 }[error.kind];
}

/** Renders `view` with the refusal's message when `error` is a Refusal; rethrows anything else. */
export function renderRefusal(res: Response, error: unknown, view: string, locals: Record<string, unknown>): void {
  if (!(error instanceof Refusal)) throw error;
  res.status(statusOf(error)).render(view, { ...locals, error: error.message });
}
