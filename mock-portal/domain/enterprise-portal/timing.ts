import { formatEastern } from '../clock.ts';
import { refuse } from '../errors.ts';
import type { MockState } from '../mock-state.ts';
import type { Account, Role } from '../types.ts';

/**
 * The Enterprise Portal's two five-minute rules, read from the mock clock. [DOC S0]
 * - "After removing your old role, wait at least five minutes before … request[ing] your new role."
 * - "Your role will take up to five minutes to display on the View and Manage My Access page."
 */
export const ROLE_CHANGE_WAIT_MINUTES = 5;
export const ROLE_DISPLAY_MINUTES = 5;

export const TIMING_MESSAGES = {
  waitAfterRemoval: (removedAt: string, tryAgainAt: string) =>
    `You removed a role at ${removedAt}. Wait at least five minutes after removing a role before you request a new one: please try again at ${tryAgainAt} (${ROLE_CHANGE_WAIT_MINUTES} minutes after the removal).`,
} as const;

/** When `account` may request a new role again, or undefined when it may now. */
export function requestAllowedFrom(state: MockState, account: Account): Date | undefined {
  if (!account.lastRoleRemovalAt) return undefined;
  const allowedMs = Date.parse(account.lastRoleRemovalAt) + ROLE_CHANGE_WAIT_MINUTES * 60_000;
  return state.clock.nowMs() < allowedMs ? new Date(allowedMs) : undefined;
}

/** Refuses a new role request made within five minutes of removing a role, saying when to try again. */
export function checkRemovalWaitOver(state: MockState, account: Account): void {
  const allowedFrom = requestAllowedFrom(state, account);
  if (allowedFrom && account.lastRoleRemovalAt) {
    throw refuse.conflict(TIMING_MESSAGES.waitAfterRemoval(formatEastern(account.lastRoleRemovalAt), formatEastern(allowedFrom)));
  }
}

/** Whether the Enterprise Portal displays `role` yet (roles granted elsewhere have no display delay). */
export function isDisplayed(state: MockState, role: Role): boolean {
  return !role.visibleFrom || Date.parse(role.visibleFrom) <= state.clock.nowMs();
}

/** The roles the Enterprise Portal's My Access panel and View and Manage My Access show now. */
export function displayedRoles(state: MockState, account: Account): Role[] {
  return account.roles.filter((role) => isDisplayed(state, role));
}
