import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { enterIdmCredentials, openIdmSignIn, signInToIdm } from './sign-in.ts';
import { idmWindow } from './windows.ts';

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
  await run.step(5, async (s) => {
    const button = page.getByRole('button', { name: 'My Profile' });
    await s.target(button);
    await button.click();
    await expect(idmWindow(page, 'My Profile')).toBeVisible();
  });
  await run.step(6, async (s) => {
    const button = idmWindow(page, 'My Profile').getByRole('button', { name: 'Change Password' });
    await s.target(button);
    await button.click();
    await expect(window).toBeVisible();
  });
  return run.step(7, async (s) => {
    await window.getByLabel('Current Password').fill(input.credentials.password);
    await window.getByLabel('New Password', { exact: true }).fill(input.newPassword);
    await window.getByLabel('Confirm New Password').fill(input.newPassword);
    const submit = window.getByRole('button', { name: 'Change Password' });
    await s.target(submit);
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
    await expect(page.getByRole('status')).toContainText('not used for 60 days');
    await page.getByLabel('New Password', { exact: true }).fill(input.newPassword);
    await page.getByLabel('Confirm New Password').fill(input.newPassword);
    const change = page.getByRole('button', { name: 'Change Password' });
    await s.target(change);
    await change.click();
  });
  return run.step(6, async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: 'Your password was changed.' });
    await expect(status).toBeVisible();
    return { message: ((await status.textContent()) ?? '').trim() };
  });
}
