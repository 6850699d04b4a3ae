import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { config } from '../config.ts';

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: 1024 });
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function passwordMatches(password: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: 1024 });
  return timingSafeEqual(expected, actual);
}

/**
 * The IDM password rules [DOC IDMFAQ]. Returns the rules the password breaks, empty when it is acceptable.
 */
export function passwordProblems(password: string, person: { userId: string; firstName: string; lastName: string }): string[] {
  const problems: string[] = [];
  const { minLength, maxLength } = config.password;
  if (password.length < minLength) problems.push(`at least ${minLength} characters`);
  if (password.length > maxLength) problems.push(`at most ${maxLength} characters`);
  if (!/[A-Z]/.test(password)) problems.push('at least one uppercase letter');
  if (!/[a-z]/.test(password)) problems.push('at least one lowercase letter');
  if (!/\d/.test(password)) problems.push('at least one number');
  if (/[^A-Za-z0-9"!#$%&'()*+,\-./\\:;<=>?@[\]^_`{|}~]/.test(password)) problems.push('only letters, numbers and the allowed special characters');
  const lower = password.toLowerCase();
  for (const part of [person.userId, person.firstName, person.lastName]) {
    if (part.length >= 3 && lower.includes(part.toLowerCase())) problems.push('no part of your user ID or name');
  }
  return [...new Set(problems)];
}
