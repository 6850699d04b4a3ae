import { cbicHelp, config } from '../config.ts';
import { refuse } from './errors.ts';
import { checkChallenge, dropChallenge, issueChallenge, pendingChallenge } from './mfa/challenges.ts';
import { factorOfType, factorsOf, isFactorType } from './mfa/factors.ts';
import { passwordMatchesWithoutBlocking } from './password-check.ts';
import type { MockState } from './mock-state.ts';
import type { Account, MfaFactor } from './types.ts';

export const SIGN_IN_MESSAGES = {
  terms: 'Please Agree to the Terms & Conditions.',
  missing: 'Enter your user ID and password.',
  wrongCredentials: 'The user ID or password you entered is not correct. Check both and try again.',
  wrongCode: 'That verification code is not correct. Check the code in your latest e-mail and try again.',
  wrongFactorCode: 'That verification code is not correct. Check the code and try again.',
  expiredCode: 'That verification code has expired. Sign in again to get a new code.',
  noPendingCode: 'There is no verification waiting for you. Sign in again to get a new code.',
  chooseFactor: 'Select how you want to verify your identity.',
  locked: `Your account is locked after ${config.lockoutAttempts} unsuccessful attempts. To unlock it, ${cbicHelp}, or use Unlock Account on the CMS IDM System sign-in page.`,
  timedOut: `Your session ended after ${config.sessionIdleMinutes} minutes of inactivity. Sign in again to continue.`,
  signedOut: 'You have signed out.',
  passwordExpired: `Your password has expired because your account was not used for ${config.password.expiresAfterUnusedDays} days. Choose a new password to use your account again.`,
} as const;

function recordFailure(state: MockState, account: Account | undefined): void {
  if (!account) return;
  account.failedAttempts += 1;
  if (account.failedAttempts >= config.lockoutAttempts) {
    account.locked = true;
    dropChallenge(state, account, 'sign-in');
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

/** The factor a sign-in uses: the one chosen, or the only one the person has. Undefined while a choice is due. */
export function signInFactor(account: Account, chosen?: string): MfaFactor | undefined {
  const factors = factorsOf(account);
  if (chosen !== undefined) {
    const factor = isFactorType(chosen) ? factorOfType(account, chosen) : undefined;
    if (!factor) throw refuse.invalid(SIGN_IN_MESSAGES.chooseFactor, 'factor');
    return factor;
  }
  return factors.length === 1 ? factors[0] : undefined;
}

/** Sends the sign-in code over `factor` (or expects the app's code). [DOC S1 step 4 "Follow the verification instructions"] */
export async function startVerification(state: MockState, account: Account, factor: MfaFactor, systemName: string): Promise<void> {
  await issueChallenge(state, account, factor, 'sign-in', systemName);
}

/** Sends a one-time code over the person's only factor: the e-mail address, for a person with the default. [contract.md] */
export async function sendVerificationCode(state: MockState, account: Account, systemName: string): Promise<void> {
  await startVerification(state, account, factorsOf(account)[0] ?? { type: 'email', enrolledAt: '' }, systemName);
}

/** The factor whose code the sign-in waits for. */
export function waitingFactor(state: MockState, userId: string): MfaFactor | undefined {
  const account = state.findAccount(userId);
  return account && pendingChallenge(state, account, 'sign-in')?.factor;
}

/** Checks the one-time code; a right code clears the failure count, a wrong one counts towards the lockout. */
export function checkVerificationCode(state: MockState, userId: string, code: string): Account {
  const account = state.findAccount(userId);
  if (!account) throw refuse.unauthenticated(SIGN_IN_MESSAGES.noPendingCode);
  if (account.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked);
  const factor = pendingChallenge(state, account, 'sign-in')?.factor;
  const outcome = checkChallenge(state, account, 'sign-in', code.trim());
  if (outcome === 'none') throw refuse.unauthenticated(SIGN_IN_MESSAGES.noPendingCode);
  if (outcome === 'expired') throw refuse.unauthenticated(SIGN_IN_MESSAGES.expiredCode);
  if (outcome === 'wrong') {
    recordFailure(state, account);
    if (account.locked) throw refuse.forbidden(SIGN_IN_MESSAGES.locked);
    throw refuse.unauthenticated(factor?.type === 'email' ? SIGN_IN_MESSAGES.wrongCode : SIGN_IN_MESSAGES.wrongFactorCode);
  }
  account.failedAttempts = 0;
  return account;
}

/** A completed sign-in, to any system: the account was used today (rule 8 counts from here). */
export function recordSignIn(state: MockState, account: Account): void {
  account.failedAttempts = 0;
  account.lastSignInAt = state.nowIso();
}

/**
 * Rule 8 [DOC IDMFAQ]: a password not used for 60 days has expired; the next IDM sign-in makes the person choose a
 * new one. An account never signed in counts from when it was set up (its lastSignInAt is set then).
 */
export function passwordExpired(state: MockState, account: Account): boolean {
  if (!account.lastSignInAt) return false;
  return state.clock.nowMs() - Date.parse(account.lastSignInAt) > config.password.expiresAfterUnusedDays * 86_400_000;
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
  /**
   * Whether a one-time code is asked for after the password: always, or only of some people (the CMS Enterprise
   * Portal of seed 000 asks one only of a person who chose Add MFA, step 9).
   */
  verification: 'always' | ((account: Account) => boolean);
  /** Whether a password unused for 60 days must be changed before the person gets in (rule 8; the IDM only). */
  checksExpiredPassword?: boolean;
}

/** Where a sign-in goes next: the code of a factor (`verify`), a new password first (`expired`), or in (`home`). */
export type SignInNext = 'verify' | 'expired' | 'home';

/** Past the password and any code: the system's admission check, then rule 8, then the sign-in is recorded. */
function admitted(state: MockState, rules: SignInRules, account: Account): SignInNext {
  rules.admit?.(state, account.userId);
  if (rules.checksExpiredPassword && passwordExpired(state, account)) return 'expired';
  recordSignIn(state, account);
  return 'home';
}

/**
 * The first step of sign-in: the terms box where the system has one, the user ID and password, then the code of
 * the person's only factor is sent (or, with several, the person chooses one next); where no code is asked, the
 * person is admitted. [DOC S1 step 4, S0 step 4]
 */
export async function signInWithPassword(state: MockState, rules: SignInRules, input: { userId: string; password: string; agree: string }): Promise<{ account: Account; next: SignInNext }> {
  if (rules.requireTerms && input.agree !== 'yes') throw refuse.invalid(SIGN_IN_MESSAGES.terms, 'agree');
  const account = await checkPassword(state, input.userId.trim(), input.password);
  const needsCode = rules.verification === 'always' || rules.verification(account);
  if (!needsCode) return { account, next: admitted(state, rules, account) };
  const factor = signInFactor(account);
  if (factor) await startVerification(state, account, factor, rules.systemName);
  return { account, next: 'verify' };
}

/** Between the password and the code, for a person with several factors: the chosen factor's code is sent. */
export async function chooseSignInFactor(state: MockState, rules: SignInRules, userId: string, chosen: string): Promise<void> {
  const account = userId ? state.findAccount(userId) : undefined;
  if (!account) throw refuse.unauthenticated(SIGN_IN_MESSAGES.noPendingCode);
  const factor = signInFactor(account, chosen);
  if (factor) await startVerification(state, account, factor, rules.systemName);
}

/** The second step: the one-time code, then the system's own admission check and rule 8. */
export function signInWithCode(state: MockState, rules: SignInRules, userId: string, code: string): { account: Account; next: SignInNext } {
  const account = checkVerificationCode(state, userId, code);
  return { account, next: admitted(state, rules, account) };
}
