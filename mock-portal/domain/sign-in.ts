import { cbicHelp, config } from '../config.ts';
import { refuse } from './errors.ts';
import { sendMail } from './mail.ts';
import { passwordMatchesWithoutBlocking } from './password-check.ts';
import type { MockState } from './mock-state.ts';
import type { Account } from './types.ts';

export const SIGN_IN_MESSAGES = {
  terms: 'Please Agree to the Terms & Conditions.',
  missing: 'Enter your user ID and password.',
  wrongCredentials: 'The user ID or password you entered is not correct. Check both and try again.',
  wrongCode: 'That verification code is not correct. Check the code in your latest e-mail and try again.',
  expiredCode: 'That verification code has expired. Sign in again to get a new code.',
  noPendingCode: 'There is no verification waiting for you. Sign in again to get a new code.',
  locked: `Your account is locked after ${config.lockoutAttempts} unsuccessful attempts. To unlock it, ${cbicHelp}.`,
  timedOut: `Your session ended after ${config.sessionIdleMinutes} minutes of inactivity. Sign in again to continue.`,
  signedOut: 'You have signed out.',
} as const;

function recordFailure(state: MockState, account: Account | undefined): void {
  if (!account) return;
  account.failedAttempts += 1;
  if (account.failedAttempts >= config.lockoutAttempts) {
    account.locked = true;
    state.verifications.delete(account.userId.toLowerCase());
  }
}

/** Checks a user ID and password. Never says which of the two was wrong. */
export async function checkPassword(state: MockState, userId: string, password: string): Promise<Account> {
  if (!userId.trim() || !password) throw refuse.unauthenticated(SIGN_IN_MESSAGES.missing);
  const account = state.findAccount(userId);
  if (account?.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked);
  const matches = account ? await passwordMatchesWithoutBlocking(password, account.passwordHash) : false;
  if (account?.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked); // other attempts locked it meanwhile
  if (!account || !matches) {
    recordFailure(state, account);
    if (account?.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked);
    throw refuse.unauthenticated(SIGN_IN_MESSAGES.wrongCredentials);
  }
  return account;
}

/** Sends a one-time verification code to the account's e-mail address. [DOC S1 step 4; contract.md] */
export async function sendVerificationCode(state: MockState, account: Account, systemName: string): Promise<void> {
  const code = state.random.digits(config.otp.digits);
  const expiresAtMs = state.clock.nowMs() + config.otp.validMinutes * 60_000;
  await sendMail(
    state,
    account.email,
    `Your ${systemName} verification code`,
    `Your verification code is ${code}. It expires in ${config.otp.validMinutes} minutes.\n` +
      `Enter it in the Verification Code field and select Verify.\n` +
      `If you did not try to sign in, ${cbicHelp}.`,
  );
  state.verifications.set(account.userId.toLowerCase(), { code, expiresAtMs });
}

/** Checks the one-time code; a right code clears the failure count. */
export function checkVerificationCode(state: MockState, userId: string, code: string): Account {
  const account = state.findAccount(userId);
  if (!account) throw refuse.unauthenticated(SIGN_IN_MESSAGES.noPendingCode);
  if (account.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked);
  const key = account.userId.toLowerCase();
  const pending = state.verifications.get(key);
  if (!pending) throw refuse.unauthenticated(SIGN_IN_MESSAGES.noPendingCode);
  if (state.clock.nowMs() > pending.expiresAtMs) {
    state.verifications.delete(key);
    throw refuse.unauthenticated(SIGN_IN_MESSAGES.expiredCode);
  }
  if (code.trim() !== pending.code) {
    recordFailure(state, account);
    if (account.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked);
    throw refuse.unauthenticated(SIGN_IN_MESSAGES.wrongCode);
  }
  state.verifications.delete(key);
  account.failedAttempts = 0;
  return account;
}

/** True when a session last used at `lastSeenMs` has been idle too long on the mock clock. */
export function sessionExpired(state: MockState, lastSeenMs: number): boolean {
  return state.clock.nowMs() - lastSeenMs > config.sessionIdleMinutes * 60_000;
}

/** How a system signs people in with their IDM credentials. */
export interface SignInRules {
  /** The name used in e-mails and pages, e.g. "CMS IDM System". */
  systemName: string;
  /** Whether the terms-and-conditions checkbox must be ticked. */
  requireTerms: boolean;
  /** A check after the credentials, e.g. Connexion refuses accounts without a Connexion role. */
  admit?: (state: MockState, userId: string) => void;
  /** Whether a one-time code is e-mailed and asked for after the password (the Enterprise Portal asks none). */
  verification: 'always' | 'never';
}

/**
 * The first step of sign-in: the terms box where the system has one, the user ID and password, then either the
 * one-time code is e-mailed (`codeSent`) or, where no code is asked, the person is admitted. [DOC S1 step 4, S0 step 4]
 */
export async function signInWithPassword(state: MockState, rules: SignInRules, input: { userId: string; password: string; agree: string }): Promise<{ account: Account; codeSent: boolean }> {
  if (rules.requireTerms && input.agree !== 'yes') throw refuse.invalid(SIGN_IN_MESSAGES.terms, 'agree');
  const account = await checkPassword(state, input.userId.trim(), input.password);
  if (rules.verification === 'never') {
    rules.admit?.(state, account.userId);
    account.failedAttempts = 0;
    return { account, codeSent: false };
  }
  await sendVerificationCode(state, account, rules.systemName);
  return { account, codeSent: true };
}

/** The second step: the one-time code, then the system's own admission check. */
export function signInWithCode(state: MockState, rules: SignInRules, userId: string, code: string): Account {
  const account = checkVerificationCode(state, userId, code);
  rules.admit?.(state, account.userId);
  return account;
}
