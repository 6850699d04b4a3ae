import { config } from '../../config.ts';
import type { MockState } from '../mock-state.ts';

const { minLength, maxLength } = config.userId;

/** The user ID rules as the registration page lists them. [INF, domain.md §3.5: the IDM's own rules are not published] */
export const USER_ID_RULES = [
  `${minLength} to ${maxLength} characters`,
  'at least one letter',
  "only letters, numbers and these characters: - _ ' .",
  'not already taken by another account',
] as const;

/** Each rule the wanted user ID breaks, as a sentence naming it; empty when it may be taken. */
export function userIdProblems(state: MockState, wanted: string): string[] {
  const userId = wanted.trim();
  const problems: string[] = [];
  if (userId.length < minLength) problems.push(`The user ID must be at least ${minLength} characters long; it has ${userId.length}.`);
  if (userId.length > maxLength) problems.push(`The user ID must be at most ${maxLength} characters long; it has ${userId.length}.`);
  if (!/[A-Za-z]/.test(userId)) problems.push('The user ID must contain at least one letter.');
  const other = [...new Set([...userId].filter((ch) => !/[A-Za-z0-9_'.-]/.test(ch)))];
  if (other.length) {
    const shown = other.map((ch) => (ch === ' ' ? 'a space' : `“${ch}”`)).join(', ');
    problems.push(`The user ID contains ${shown}; use only letters, numbers and - _ ' .`);
  }
  if (userId && userIdTaken(state, userId)) problems.push(`The user ID “${userId}” is already taken. Choose another one.`);
  return problems;
}

/** Taken by an account or by a registration waiting for its e-mail verification (IDs are not case sensitive). */
export function userIdTaken(state: MockState, userId: string): boolean {
  const key = userId.trim().toLowerCase();
  return state.accounts.has(key) || [...state.registrations.values()].some((r) => r.account.userId.toLowerCase() === key);
}
