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
    const register = await s.find('link', 'New User Registration');
    await s.target(register);
    await register.click();
    await expect(await s.see('heading', 'New User Registration')).toBeVisible();
  });
  await run.step(5, async (s) => {
    const fields = [
      [await s.find('field', 'First Name'), input.firstName],
      [await s.find('field', 'Last Name'), input.lastName],
      [await s.find('field', 'E-mail Address'), input.email],
      [await s.find('field', 'Confirm E-mail Address'), input.email],
      [await s.find('field', 'Phone Number'), input.phone],
    ] as const;
    for (const [field, value] of fields) await field.fill(value);
    const terms = await s.find('checkbox', 'I agree to the Terms & Conditions');
    await terms.check();
    const next = await s.find('button', 'Next');
    // The form is taller than the screen: the picture shows its end, the phone number, the terms box and Next.
    await s.target(fields[4][0], terms, next);
    await next.click();
    await expect(page.getByText('Step 2 of 3: Choose Your User ID and Password')).toBeVisible();
  });
  await run.step(6, async (s) => {
    const userId = await s.find('field', 'User ID');
    const password = await s.find('field', 'Password');
    const confirm = await s.find('field', 'Confirm Password');
    const question = await s.find('field', 'Security Question');
    const answer = await s.find('field', 'Security Answer');
    await userId.fill(input.userId);
    await password.fill(input.password);
    await confirm.fill(input.password);
    await question.selectOption({ label: input.securityQuestion });
    await answer.fill(input.securityAnswer);
    const next = await s.find('button', 'Next');
    await s.target(userId, password, confirm, question, answer, next);
    await next.click();
    await expect(page.getByText('Step 3 of 3: Verify Your E-mail Address')).toBeVisible();
  });
  return run.step(7, async (s) => {
    const email = await input.verificationEmail();
    if (input.verifyBy === 'code') {
      const code = await s.find('field', 'Verification Code');
      await code.fill(email.code);
      const verify = await s.find('button', 'Verify');
      await s.target(code, verify);
      await verify.click();
    } else {
      // The person opens the e-mail's link in the browser: it shows the registration, to be confirmed with Verify.
      await page.goto(email.link);
      const verify = await s.find('button', 'Verify');
      await s.target(verify);
      await verify.click();
    }
    const status = page.getByRole('status').filter({ hasText: ACTIVE });
    await expect(status).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
    return { message: ((await status.textContent()) ?? '').trim() };
  });
}
