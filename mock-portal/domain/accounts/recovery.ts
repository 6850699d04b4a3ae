import { cbicHelp } from '../../config.ts';
import { refuse } from '../errors.ts';
import { sendMail } from '../mail.ts';
import { checkChallenge, issueChallenge, pendingChallenge } from '../mfa/challenges.ts';
import { factorOfType, isFactorType } from '../mfa/factors.ts';
import type { MockState } from '../mock-state.ts';
import type { Account } from '../types.ts';
import type { FormFields } from '../forms.ts';
import { checkedNewPassword, notifyPasswordChange, setPassword } from './passwords.ts';

/**
 * Self-service recovery [DOC IDMUG TOC: "reset a forgotten password", "recover a forgotten user ID", "unlock a user
 * account"; DOC S2: the CBIC also helps by phone]: the person proves who they are with a code sent to the e-mail
 * address or to another MFA factor (rule 3), then sets a new password or has the account unlocked.
 */
export type RecoveryPurpose = 'reset-password' | 'unlock';

export const RECOVERY_MESSAGES = {
  userIdMissing: 'Enter your user ID.',
  unknownUserId: 'There is no CMS IDM account with that user ID. Check it, or use Forgot User ID to have it e-mailed to you.',
  notLocked: 'Your account is not locked: sign in with your user ID and password. If you forgot the password, use Forgot Password.',
  chooseFactor: 'Select where to send the verification code.',
  wrongCode: 'That verification code is not correct. Check it and try again.',
  expiredCode: 'That verification code has expired. Select Send Code again to get a new one.',
  tooManyWrong: 'Too many wrong codes. Select Send Code again to get a new one.',
  noCode: 'There is no verification code waiting. Select Send Code to get one.',
  unlocked: 'Your account is unlocked. Sign in with your user ID and password.',
  userIdDetails: 'Enter your first name, last name and the e-mail address on your account.',
  userIdSent: (email: string) => `If an account matches those details, its user ID was e-mailed to ${email}. Check your e-mail, then sign in.`,
} as const;

/** The account a recovery is for; unlocking needs a locked account. */
export function accountToRecover(state: MockState, userId: string, purpose: RecoveryPurpose): Account {
  if (!userId.trim()) throw refuse.invalid(RECOVERY_MESSAGES.userIdMissing, 'userId');
  const account = state.findAccount(userId);
  if (!account) throw refuse.notFound(RECOVERY_MESSAGES.unknownUserId);
  if (purpose === 'unlock' && !account.locked) throw refuse.conflict(RECOVERY_MESSAGES.notLocked);
  return account;
}

/** Sends the recovery code over the chosen factor of the person (the e-mail address, SMS, Voice, or an app). */
export async function sendRecoveryCode(state: MockState, account: Account, purpose: RecoveryPurpose, factorType: string): Promise<void> {
  const factor = isFactorType(factorType) ? factorOfType(account, factorType) : undefined;
  if (!factor) throw refuse.invalid(RECOVERY_MESSAGES.chooseFactor, 'factor');
  await issueChallenge(state, account, factor, purpose);
}

export function recoveryFactor(state: MockState, account: Account, purpose: RecoveryPurpose) {
  return pendingChallenge(state, account, purpose)?.factor;
}

/** Checks the recovery code. Unlocking takes effect at once; a reset then asks for the new password. */
export async function verifyRecoveryCode(state: MockState, account: Account, purpose: RecoveryPurpose, code: string): Promise<void> {
  const outcome = checkChallenge(state, account, purpose, code);
  if (outcome === 'none') throw refuse.conflict(RECOVERY_MESSAGES.noCode);
  if (outcome === 'expired') throw refuse.invalid(RECOVERY_MESSAGES.expiredCode, 'code');
  if (outcome === 'wrong') throw refuse.invalid(pendingChallenge(state, account, purpose) ? RECOVERY_MESSAGES.wrongCode : RECOVERY_MESSAGES.tooManyWrong, 'code');
  if (purpose === 'unlock') {
    unlock(account);
    await sendMail(state, account.email, 'Your CMS IDM System account was unlocked', `The CMS IDM System account ${account.userId} was unlocked.\nIf you did not do this, ${cbicHelp}.`).catch(() => undefined);
  }
}

function unlock(account: Account): void {
  account.locked = false;
  account.failedAttempts = 0;
}

/** Forgot Password, last step: the new password (rules 4–7); a reset also unlocks the account. */
export async function resetForgottenPassword(state: MockState, account: Account, password: string, confirmation: string): Promise<void> {
  setPassword(state, account, password, confirmation);
  unlock(account);
  await notifyPasswordChange(state, account);
}

/**
 * Forgot User ID: the user ID is e-mailed to the address on the account when first name, last name and e-mail
 * match. The page says the same whether or not they match, so nobody learns who has an account.
 */
export async function sendForgottenUserId(state: MockState, details: { firstName: string; lastName: string; email: string }): Promise<string> {
  const email = details.email.trim();
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (!details.firstName.trim() || !details.lastName.trim() || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw refuse.invalid(RECOVERY_MESSAGES.userIdDetails);
  const matches = [...state.accounts.values()].filter((a) => same(a.email, email) && same(a.firstName, details.firstName) && same(a.lastName, details.lastName));
  if (matches.length) {
    await sendMail(
      state,
      matches[0]?.email ?? email,
      'Your CMS IDM System user ID',
      `You asked for the user ID of your CMS IDM System account.\nYour user ID is ${matches.map((a) => a.userId).join(', ')}.\n` +
        `Sign in at the CMS IDM System with it. If you did not ask for it, ${cbicHelp}.`,
    );
  }
  return RECOVERY_MESSAGES.userIdSent(email);
}

/** Forgot User ID → Submit: the page's fields as sent. */
export function forgottenUserIdDetailsOf(form: FormFields): { firstName: string; lastName: string; email: string } {
  return { firstName: form.text('firstName'), lastName: form.text('lastName'), email: form.text('email') };
}

/** Forgot Password, last step → Reset Password: every rule the new password breaks named, then it is set. */
export async function resetPasswordFromForm(state: MockState, account: Account, form: FormFields): Promise<void> {
  const { password, confirmation } = checkedNewPassword(account, form);
  await resetForgottenPassword(state, account, password, confirmation);
}
