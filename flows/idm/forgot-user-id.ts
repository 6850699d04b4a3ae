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
    const link = await s.find('link', 'Forgot User ID?');
    await s.target(link);
    await link.click();
    await expect(await s.see('heading', 'Forgot User ID')).toBeVisible();
  });
  await run.step(5, async (s) => {
    const first = await s.find('field', 'First Name');
    const last = await s.find('field', 'Last Name');
    const email = await s.find('field', 'E-mail Address');
    await first.fill(input.firstName);
    await last.fill(input.lastName);
    await email.fill(input.email);
    const submit = await s.find('button', 'Submit');
    await s.target(first, last, email, submit);
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
