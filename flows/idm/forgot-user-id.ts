import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import { openIdmSignIn } from './sign-in.ts';

export interface ForgotUserIdInput {
  firstName: string;
  lastName: string;
  email: string;
  /** The e-mail's text, as the person reads it in their mailbox. */
  userIdEmail: () => Promise<string>;
}

export interface ForgotUserIdResult {
  /** The user ID the e-mail gives. */
  userId: string;
}

/** IDM User Guide "Recover a Forgotten User ID" (idm.forgot-user-id). */
export async function recoverUserId(page: Page, input: ForgotUserIdInput): Promise<ForgotUserIdResult> {
  const run = new ProcedureRun(page, 'idm.forgot-user-id');
  await openIdmSignIn(run);
  await run.step(4, async (s) => {
    const link = page.getByRole('link', { name: 'Forgot User ID?' });
    await s.target(link);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot User ID' })).toBeVisible();
  });
  await run.step(5, async (s) => {
    await page.getByLabel('First Name').fill(input.firstName);
    await page.getByLabel('Last Name').fill(input.lastName);
    await page.getByLabel('E-mail Address').fill(input.email);
    const submit = page.getByRole('button', { name: 'Submit' });
    await s.target(submit);
    await submit.click();
    await expect(page.getByRole('status')).toContainText(`was e-mailed to ${input.email}`);
  });
  return run.step(6, async () => {
    const text = await input.userIdEmail();
    const userId = /Your user ID is ([^\s,]+?)\.?\n/.exec(`${text}\n`)?.[1] ?? '';
    if (!userId) throw new Error(`The e-mail gives no user ID: ${text}`);
    return { userId };
  });
}
