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
  const sendTo = 'Send the verification code to';
  await run.step(4, async (s) => {
    const open = await s.find('link', link);
    await s.target(open);
    await open.click();
    await expect(await s.see('heading', heading)).toBeVisible();
  });
  await run.step(5, async (s) => {
    const userId = await s.find('field', 'User ID');
    await userId.fill(input.userId);
    const next = await s.find('button', 'Next');
    await s.target(userId, next);
    await next.click();
    await expect(await s.see('group', sendTo)).toBeVisible();
  });
  await run.step(6, async (s) => {
    const factor = (await s.find('group', sendTo)).getByRole('radio', { name: new RegExp(`^${escaped(input.sendTo)}\\b`) });
    await factor.check();
    const send = await s.find('button', 'Send Code');
    await s.target(factor, send);
    await send.click();
    await expect(page.getByLabel('Verification Code')).toBeVisible();
  });
  await run.step(7, async (s) => {
    const code = await s.find('field', 'Verification Code');
    await code.fill(await input.verificationCode());
    const verify = await s.find('button', 'Verify');
    await s.target(code, verify);
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
    const password = await s.find('field', 'New Password');
    const confirm = await s.find('field', 'Confirm New Password');
    await password.fill(input.newPassword);
    await confirm.fill(input.newPassword);
    const reset = await s.find('button', 'Reset Password');
    await s.target(password, confirm, reset);
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
