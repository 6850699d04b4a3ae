import { cbicHelp } from '../../config.ts';
import { refuse } from '../errors.ts';
import { sendMail } from '../mail.ts';
import type { MockState } from '../mock-state.ts';
import { REUSED_PASSWORD_MESSAGE, hashPassword, historyWith, passwordMatches, passwordProblems, reusedPassword } from '../passwords.ts';
import type { Account } from '../types.ts';
import type { FormFields } from '../forms.ts';
import { recordSignIn } from '../sign-in.ts';

/**
 * Setting a new password: Change Password in My Profile, Forgot Password, and the change an expired password
 * forces (rules 4–8). Every rule the new password breaks is named; nothing changes until all are met.
 */
export const PASSWORD_CHANGE_MESSAGES = {
  currentMissing: 'Enter your current password.',
  currentWrong: 'The current password is not correct. Enter the password you signed in with.',
  newMissing: 'Enter a new password.',
  confirmMismatch: 'The two new passwords do not match. Enter the same new password in both fields.',
  changed: 'Your password was changed. Use the new password the next time you sign in.',
  reset: 'Your password was reset. Sign in with your new password.',
} as const;

/** The hashes of the person's recent passwords, newest first (the current one at least). */
export function historyOf(account: Account): string[] {
  return account.passwordHistory ?? [account.passwordHash];
}

/** Each problem with a new password and its confirmation, by field; empty when it may be set. */
export function newPasswordProblems(account: Account, password: string, confirmation: string): { password: string[]; confirmation: string[] } {
  const problems = { password: [] as string[], confirmation: [] as string[] };
  if (!password) problems.password.push(PASSWORD_CHANGE_MESSAGES.newMissing);
  else {
    problems.password.push(...passwordProblems(password, account));
    if (reusedPassword(password, historyOf(account))) problems.password.push(REUSED_PASSWORD_MESSAGE);
  }
  if (password && confirmation !== password) problems.confirmation.push(PASSWORD_CHANGE_MESSAGES.confirmMismatch);
  return problems;
}

export const hasProblems = (problems: Record<string, string[]>) => Object.values(problems).some((list) => list.length > 0);

function refuseWith(problems: Record<string, string[]>): never {
  const [field] = Object.entries(problems).find(([, list]) => list.length) ?? [];
  throw refuse.invalid(Object.values(problems).flat().join(' '), field);
}

/** Sets the new password once every rule is met; the history keeps the last ones (rule 6). */
export function setPassword(state: MockState, account: Account, password: string, confirmation: string): void {
  const problems = newPasswordProblems(account, password, confirmation);
  if (hasProblems(problems)) refuseWith(problems);
  const hash = hashPassword(password);
  account.passwordHistory = historyWith(hash, historyOf(account));
  account.passwordHash = hash;
  account.password = password;
  // A password just chosen is in use: the 60 days of rule 8 start again.
  account.lastSignInAt = state.nowIso();
}

/** My Profile → Change Password: the current password, then the new one twice. */
export async function changeOwnPassword(state: MockState, account: Account, current: string, password: string, confirmation: string): Promise<void> {
  if (!current) throw refuse.invalid(PASSWORD_CHANGE_MESSAGES.currentMissing, 'current');
  if (!passwordMatches(current, account.passwordHash)) throw refuse.invalid(PASSWORD_CHANGE_MESSAGES.currentWrong, 'current');
  setPassword(state, account, password, confirmation);
  await notifyPasswordChange(state, account);
}

/** Tells the person by e-mail; the change stands even if the notice cannot be sent. */
export async function notifyPasswordChange(state: MockState, account: Account): Promise<void> {
  await sendMail(
    state,
    account.email,
    'Your CMS IDM System password was changed',
    `The password of the CMS IDM System account ${account.userId} was changed.\nIf you did not make this change, ${cbicHelp}.`,
  ).catch(() => undefined);
}

/** The new password and its confirmation as a form sends them. */
function newPasswordOf(form: FormFields): { password: string; confirmation: string } {
  return { password: form.text('password'), confirmation: form.text('confirmPassword') };
}

/** A form's new password checked: every rule it breaks named (fields `password`, `confirmation`). */
export function checkedNewPassword(account: Account, form: FormFields): { password: string; confirmation: string } {
  const chosen = newPasswordOf(form);
  const problems = newPasswordProblems(account, chosen.password, chosen.confirmation);
  if (hasProblems(problems)) throw refuse.ruleLists(problems);
  return chosen;
}

/** My Profile → Change Password → Change Password: the current password and every rule of the new one checked at once. */
export async function changePasswordFromForm(state: MockState, account: Account, form: FormFields): Promise<void> {
  const current = form.text('currentPassword');
  const chosen = newPasswordOf(form);
  const problems = { current: current ? [] : [PASSWORD_CHANGE_MESSAGES.currentMissing], ...newPasswordProblems(account, chosen.password, chosen.confirmation) };
  if (hasProblems(problems)) throw refuse.ruleLists(problems);
  await changeOwnPassword(state, account, current, chosen.password, chosen.confirmation);
}

/** Change Expired Password → Change Password (rule 8): the new password set, and the sign-in it held back recorded. */
export function changeExpiredPassword(state: MockState, account: Account, form: FormFields): void {
  const { password, confirmation } = checkedNewPassword(account, form);
  setPassword(state, account, password, confirmation);
  recordSignIn(state, account);
}
