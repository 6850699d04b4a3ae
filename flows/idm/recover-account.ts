import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import { openIdmSignIn } from './sign-in.ts';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface RecoveryInput {
  userId: string;
  /** Where to send the code, as the page names the factor ("Email", "SMS", "Voice Call", "Google Authenticator"…). */
  sendTo: string;
  /** The code, as the person reads it (mailbox, phone, or authenticator app). */
  verificationCode: () => Promise<string>;
}

export interface ResetPasswordInput extends RecoveryInput {
  newPassword: string;
}

export interface RecoveryResult {
  /** What the sign-in page says at the end. */
  message: string;
}

/** Steps 4–7 shared by Forgot Password and Unlock Account: the link, the user ID, where to send the code, the code. */
async function proveIdentity(run: ProcedureRun, link: string, heading: string, input: RecoveryInput): Promise<void> {
  const { page } = run;
  await run.step(4, async (s) => {
    const open = page.getByRole('link', { name: link });
    await s.target(open);
    await open.click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  });
  await run.step(5, async (s) => {
    await page.getByLabel('User ID').fill(input.userId);
    const next = page.getByRole('button', { name: 'Next' });
    await s.target(next);
    await next.click();
    await expect(page.getByRole('group', { name: 'Send the verification code to' })).toBeVisible();
  });
  await run.step(6, async (s) => {
    await page.getByRole('group', { name: 'Send the verification code to' }).getByRole('radio', { name: new RegExp(`^${escaped(input.sendTo)}\\b`) }).check();
    const send = page.getByRole('button', { name: 'Send Code' });
    await s.target(send);
    await send.click();
    await expect(page.getByLabel('Verification Code')).toBeVisible();
  });
  await run.step(7, async (s) => {
    await page.getByLabel('Verification Code').fill(await input.verificationCode());
    const verify = page.getByRole('button', { name: 'Verify' });
    await s.target(verify);
    await verify.click();
  });
}

async function signInPageSays(page: Page, message: RegExp): Promise<RecoveryResult> {
  const status = page.getByRole('status').filter({ hasText: message });
  await expect(status).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  return { message: ((await status.textContent()) ?? '').trim() };
}

/** IDM User Guide "Reset a Forgotten Password" (idm.reset-password). */
export async function resetPassword(page: Page, input: ResetPasswordInput): Promise<RecoveryResult> {
  const run = new ProcedureRun(page, 'idm.reset-password');
  await openIdmSignIn(run);
  await proveIdentity(run, 'Forgot Password?', 'Forgot Password', input);
  return run.step(8, async (s) => {
    await page.getByLabel('New Password', { exact: true }).fill(input.newPassword);
    await page.getByLabel('Confirm New Password').fill(input.newPassword);
    const reset = page.getByRole('button', { name: 'Reset Password' });
    await s.target(reset);
    await reset.click();
    return signInPageSays(page, /Your password was reset/);
  });
}

/** IDM User Guide "Unlock a User Account" (idm.unlock-account). */
export async function unlockAccount(page: Page, input: RecoveryInput): Promise<RecoveryResult> {
  const run = new ProcedureRun(page, 'idm.unlock-account');
  await openIdmSignIn(run);
  await proveIdentity(run, 'Unlock Account?', 'Unlock Account', input);
  return signInPageSays(page, /Your account is unlocked/);
}
