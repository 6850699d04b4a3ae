import { Secret, TOTP } from 'otpauth';
import type { SeededRandom } from '../random.ts';

/**
 * Google Authenticator and Okta Verify codes: real RFC 6238 TOTP codes (6 digits, 30 seconds, SHA-1, what both apps
 * use), from the `otpauth` library. The code is checked against the real clock, not the mock clock: the app on the
 * person's phone (or the test computing a code) knows only real time.
 */
const PERIOD_SECONDS = 30;

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: 'CMS IDM', label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new shared secret (base32), from the portal's seeded randomness so a seed replays the same world. */
export function newTotpSecret(random: SeededRandom): string {
  const bytes = new Uint8Array(20);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random.next() * 256);
  return new Secret({ buffer: bytes.buffer }).base32;
}

/** The otpauth:// URI an authenticator app reads (usually from a QR code) to enrol the secret. */
export function totpUri(secret: string, userId: string): string {
  return totp(secret, userId).toString();
}

/** The current code for `secret` (what the app shows now); for tests and the demo. */
export function currentTotpCode(secret: string, atMs: number = Date.now()): string {
  return totp(secret, 'code').generate({ timestamp: atMs });
}

/**
 * The time step `code` belongs to, one step of clock drift allowed either way, or undefined for a wrong code.
 * A step at or before `lastUsedStep` is refused, so a code is not accepted twice.
 */
export function acceptedTotpStep(secret: string, code: string, lastUsedStep: number | undefined, atMs: number = Date.now()): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp(secret, 'code').validate({ token: code, timestamp: atMs, window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(atMs / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep !== undefined && step <= lastUsedStep ? undefined : step;
}
