import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { enterIdmCredentials, openIdmSignIn, signInToIdm } from './sign-in.ts';
import { idmWindow, openWindow } from './windows.ts';

export interface ChangePasswordInput {
  credentials: Credentials;
  newPassword: string;
}

export interface ChangePasswordResult {
  message: string;
}

/** IDM User Guide: change the password in My Profile (idm.change-password). */
export async function changePassword(page: Page, input: ChangePasswordInput): Promise<ChangePasswordResult> {
  const run = new ProcedureRun(page, 'idm.change-password');
  await signInToIdm(run, input.credentials);
  const window = idmWindow(page, 'Change Password');
  await run.step(5, (s) => openWindow(page, s, 'My Profile', 'My Profile'));
  await run.step(6, (s) => openWindow(page, s, 'Change Password', 'Change Password', 'My Profile'));
  return run.step(7, async (s) => {
    const current = await s.find('field', 'Current Password', window);
    const password = await s.find('field', 'New Password', window);
    const confirm = await s.find('field', 'Confirm New Password', window);
    await current.fill(input.credentials.password);
    await password.fill(input.newPassword);
    await confirm.fill(input.newPassword);
    const submit = await s.find('button', 'Change Password', window);
    await s.target(current, password, confirm, submit);
    await submit.click();
    const status = window.getByRole('status');
    await expect(status).toContainText('Your password was changed.');
    return { message: ((await status.textContent()) ?? '').trim() };
  });
}

export interface ChangeExpiredPasswordInput {
  credentials: Credentials;
  newPassword: string;
}

/** IDM User Guide "Change an Expired Password" (idm.change-expired-password): rule 8, 60 days unused. */
export async function changeExpiredPassword(page: Page, input: ChangeExpiredPasswordInput): Promise<ChangePasswordResult> {
  const run = new ProcedureRun(page, 'idm.change-expired-password');
  await openIdmSignIn(run);
  await run.step(4, async (s) => {
    await enterIdmCredentials(page, s, input.credentials);
    await expect(page.getByRole('heading', { level: 1, name: 'Change Expired Password' })).toBeVisible();
  });
  await run.step(5, async (s) => {
    await s.see('heading', 'Change Expired Password');
    await expect(page.getByRole('status')).toContainText('not used for 60 days');
    const password = await s.find('field', 'New Password');
    const confirm = await s.find('field', 'Confirm New Password');
    await password.fill(input.newPassword);
    await confirm.fill(input.newPassword);
    const change = await s.find('button', 'Change Password');
    await s.target(password, confirm, change);
    await change.click();
  });
  return run.step(6, async (s) => {
    await expect(await s.see('heading', 'Self Service Dashboard')).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: 'Your password was changed.' });
    await expect(status).toBeVisible();
    return { message: ((await status.textContent()) ?? '').trim() };
  });
}
