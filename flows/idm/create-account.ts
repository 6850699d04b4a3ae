import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import { openIdmSignIn } from './sign-in.ts';

export interface CreateAccountInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  userId: string;
  password: string;
  securityQuestion: string;
  securityAnswer: string;
  /** The verification e-mail, as the person reads it: its link and its code. */
  verificationEmail: () => Promise<{ link: string; code: string }>;
  /** How the person verifies the address: by opening the link (default) or typing the code. */
  verifyBy?: 'link' | 'code';
}

export interface CreateAccountResult {
  /** What the sign-in page says at the end. */
  message: string;
}

const ACTIVE = /Your e-mail address is verified and your CMS IDM account is active/;

/** IDM User Guide "Create a New User Account" (idm.create-account). */
export async function createAccount(page: Page, input: CreateAccountInput): Promise<CreateAccountResult> {
  const run = new ProcedureRun(page, 'idm.create-account');
  await openIdmSignIn(run);
  await run.step(4, async (s) => {
    const register = page.getByRole('link', { name: 'New User Registration' });
    await s.target(register);
    await register.click();
    await expect(page.getByRole('heading', { level: 1, name: 'New User Registration' })).toBeVisible();
  });
  await run.step(5, async (s) => {
    await page.getByLabel('First Name').fill(input.firstName);
    await page.getByLabel('Last Name').fill(input.lastName);
    await page.getByLabel('E-mail Address', { exact: true }).fill(input.email);
    await page.getByLabel('Confirm E-mail Address').fill(input.email);
    await page.getByLabel('Phone Number').fill(input.phone);
    await page.getByRole('checkbox', { name: 'I agree to the Terms & Conditions' }).check();
    const next = page.getByRole('button', { name: 'Next' });
    await s.target(next);
    await next.click();
    await expect(page.getByLabel('User ID', { exact: true })).toBeVisible();
  });
  await run.step(6, async (s) => {
    await page.getByLabel('User ID', { exact: true }).fill(input.userId);
    await page.getByLabel('Password', { exact: true }).fill(input.password);
    await page.getByLabel('Confirm Password').fill(input.password);
    await page.getByLabel('Security Question').selectOption({ label: input.securityQuestion });
    await page.getByLabel('Security Answer').fill(input.securityAnswer);
    const next = page.getByRole('button', { name: 'Next' });
    await s.target(next);
    await next.click();
    await expect(page.getByText('Step 3 of 3: Verify Your E-mail Address')).toBeVisible();
  });
  return run.step(7, async (s) => {
    const email = await input.verificationEmail();
    if (input.verifyBy === 'code') {
      await page.getByLabel('Verification Code').fill(email.code);
      const verify = page.getByRole('button', { name: 'Verify' });
      await s.target(verify);
      await verify.click();
    } else {
      await page.goto(email.link);
    }
    const status = page.getByRole('status').filter({ hasText: ACTIVE });
    await expect(status).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
    return { message: ((await status.textContent()) ?? '').trim() };
  });
}
