import type { MockState } from '../../domain/mock-state.ts';
import { APPLICATION_LABELS, ROLE_LABELS, ROLE_NAMES, type Account } from '../../domain/types.ts';

/** What the Enterprise Portal's pages show for names: the application and role labels, organizations by id. */
export function labelsFor(state: MockState, account: Account) {
  const organizations: Record<string, string> = {};
  for (const role of account.roles) organizations[role.organizationId] = state.organizations.get(role.organizationId)?.legalBusinessName ?? role.organizationId;
  return { labels: APPLICATION_LABELS, roleLabels: ROLE_LABELS, organizations };
}

export const ROLE_OPTIONS = ROLE_NAMES.map((r) => ({ value: r, label: r, description: ROLE_LABELS[r] }));
