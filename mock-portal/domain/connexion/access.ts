import { cbicHelp } from '../../config.ts';
import { refuse } from '../errors.ts';
import type { MockState } from '../mock-state.ts';
import type { Account, Role } from '../types.ts';

export const ACCESS_MESSAGES = {
  noRole:
    'Your CMS IDM System account does not have Connexion access. Connexion access must be added to your account as a role: ' +
    'log in to the CMS IDM System (Visit CMS IDM System on the CBIC Connexion page), select Role Request and request a Connexion role. ' +
    `Once your request is approved, log in to Connexion again. For help, ${cbicHelp}.`,
} as const;

/** The person's active Connexion role, if any. [DOC S2: Connexion access is a role on the IDM account] */
export function connexionRoleOf(account: Account): Role | undefined {
  return account.roles.find((r) => r.application === 'Connexion');
}

/** Lets only people holding a Connexion role into Connexion. [rule 32] */
export function admitToConnexion(state: MockState, userId: string): Account {
  const account = state.findAccount(userId);
  if (!account || !connexionRoleOf(account)) throw refuse.forbidden(ACCESS_MESSAGES.noRole);
  return account;
}

/** The bidder numbers a person may upload against: those of the organization of their Connexion role. [rule 34] */
export function bidderNumbersOf(state: MockState, account: Account): string[] {
  const role = connexionRoleOf(account);
  const organization = role && state.organizations.get(role.organizationId);
  return organization ? [...organization.bidderNumbers] : [];
}
