import { scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number }) => Promise<Buffer>;

/**
 * The sign-in's password check, the same as passwordMatches (passwords.ts) but off the event loop: scrypt runs in
 * libuv's thread pool, so a class signing in at once does not stall every other page (issue 18: the blocking call
 * took about 22% of the portal's CPU under load). `stored` is what hashPassword made: `salt:hash`, hex, with the
 * same scrypt cost (N = 1024).
 */
export async function passwordMatchesWithoutBlocking(password: string, stored: string): Promise<boolean> {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scryptAsync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: 1024 });
  return timingSafeEqual(expected, actual);
}
