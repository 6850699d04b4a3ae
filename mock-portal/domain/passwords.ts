import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { config } from '../config.ts';

const { scryptCost } = config.passwordHashing;

/** A password as kept: `salt:hash`, hex, scrypt at the configured cost. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: scryptCost });
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function passwordMatches(password: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: scryptCost });
  return timingSafeEqual(expected, actual);
}

export interface PasswordOwner {
  userId: string;
  firstName: string;
  lastName: string;
}

const { minLength, maxLength, historySize, specialCharacters } = config.password;

/** The rules as the IDM lists them beside the password field. [DOC IDMFAQ] */
export const PASSWORD_RULES = [
  `${minLength} to ${maxLength} characters`,
  'at least one uppercase letter, one lowercase letter and one number',
  `special characters are optional; only these are allowed: ${specialCharacters.split('').join(' ')}`,
  'no part of your user ID, and not your first or last name',
  `none of your last ${historySize} passwords`,
] as const;

/** The parts of a user ID a password must not contain: the ID itself and its pieces of 3 or more characters. */
function userIdParts(userId: string): string[] {
  return [userId, ...userId.split(/[._'-]+/)].map((p) => p.toLowerCase()).filter((p) => p.length >= 3);
}

/**
 * The IDM password rules 4, 5 and 7 [DOC IDMFAQ]: each rule the password breaks, as a sentence naming it.
 * Empty when the password is acceptable. (Rule 6, the history, needs the account: see reusedPassword.)
 */
export function passwordProblems(password: string, person: PasswordOwner): string[] {
  const problems: string[] = [];
  if (password.length < minLength) problems.push(`The password must be at least ${minLength} characters long; it has ${password.length}.`);
  if (password.length > maxLength) problems.push(`The password must be at most ${maxLength} characters long; it has ${password.length}.`);
  if (!/[A-Z]/.test(password)) problems.push('The password must contain at least one uppercase letter (A–Z).');
  if (!/[a-z]/.test(password)) problems.push('The password must contain at least one lowercase letter (a–z).');
  if (!/\d/.test(password)) problems.push('The password must contain at least one number (0–9).');
  const disallowed = [...new Set([...password].filter((ch) => !/[A-Za-z0-9]/.test(ch) && !specialCharacters.includes(ch)))];
  if (disallowed.length) {
    const shown = disallowed.map((ch) => (ch === ' ' ? 'a space' : `“${ch}”`)).join(', ');
    problems.push(`The password contains ${shown}, which is not among the allowed special characters. Use only letters, numbers and these: ${specialCharacters.split('').join(' ')}`);
  }
  const lower = password.toLowerCase();
  const part = userIdParts(person.userId).find((p) => lower.includes(p));
  if (part) problems.push(`The password must not contain your user ID or name: “${part}” is part of your user ID.`);
  if (person.firstName.length >= 2 && lower.includes(person.firstName.toLowerCase())) problems.push('The password must not contain your user ID or name: it contains your first name.');
  if (person.lastName.length >= 2 && lower.includes(person.lastName.toLowerCase())) problems.push('The password must not contain your user ID or name: it contains your last name.');
  return problems;
}

/** Rule 6 [DOC IDMFAQ]: true when `password` is one of the hashes kept (the current and the previous ones). */
export function reusedPassword(password: string, history: readonly string[]): boolean {
  return history.slice(0, historySize).some((hash) => passwordMatches(password, hash));
}

export const REUSED_PASSWORD_MESSAGE = `The password must not be one of your last ${historySize} passwords. Choose a password you have not used before.`;

/** The history after a change: the new hash first, at most `historySize` kept. */
export function historyWith(newHash: string, history: readonly string[]): string[] {
  return [newHash, ...history].slice(0, historySize);
}
