import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import { logInToEnterprisePortal, type PortalCredentials } from './sign-in.ts';

export interface UpdateEmailInput {
  credentials: PortalCredentials;
  /** The name shown next to the down arrow on the upper right, e.g. "Jane Ames". */
  name: string;
  /** The user's security questions and their answers. */
  securityAnswers: { question: string; answer: string }[];
  newEmail: string;
  /** What goes in Confirm E-mail Address; the new address when left out. */
  confirmEmail?: string;
}

export interface UpdateEmailResult {
  /** The e-mail address View My Profile shows after the change. */
  email: string;
}

/**
 * Seed 000 "Update Email Address" (ep.update-email), steps 1–11. Checks the documented outcome: View My Profile
 * shows the new address, and OK closes the page.
 */
export async function updateEmail(page: Page, input: UpdateEmailInput): Promise<UpdateEmailResult> {
  const run = new ProcedureRun(page, 'ep.update-email');
  await logInToEnterprisePortal(run, input.credentials);
  const h1 = page.getByRole('heading', { level: 1 });

  await run.step(5, async (s) => {
    await s.see('heading', 'Welcome to CMS Enterprise Portal');
    const menu = page.getByRole('banner').getByRole('button', { name: input.name });
    await s.target(menu);
    await menu.click();
  });
  await run.step(6, async (s) => {
    const myProfile = await s.find('link', 'My Profile');
    await expect(myProfile).toBeVisible();
    await s.target(myProfile);
    await myProfile.click();
  });
  await run.step(7, async (s) => {
    const change = await s.find('link', 'Change My Profile', await s.see('navigation', 'Profile menu'));
    await s.target(change);
    await change.click();
    await expect(h1).toHaveText('Change My Profile');
  });
  await run.step(8, async (s) => {
    const questions = await s.see('region', 'Security Questions');
    await s.target(questions);
    for (const { question, answer } of input.securityAnswers) {
      await questions.getByLabel(question, { exact: true }).fill(answer);
    }
  });
  await run.step(9, async (s) => {
    const changeProfile = await s.see('region', 'Change Profile');
    await (await s.find('field', 'E-mail Address', changeProfile)).fill(input.newEmail);
    await (await s.find('field', 'Confirm E-mail Address', changeProfile)).fill(input.confirmEmail ?? input.newEmail);
    const submit = await s.find('button', 'Submit');
    await s.target(submit);
    await submit.click();
  });
  const email = await run.step(10, async (s) => {
    await s.see('heading', 'View My Profile');
    await expect(h1).toHaveText('View My Profile');
    await expect(page.getByRole('main')).toContainText(input.newEmail);
    return input.newEmail;
  });
  await run.step(11, async (s) => {
    const ok = await s.find('button', 'OK', page.getByRole('main'));
    await s.target(ok);
    await ok.click();
    await expect(h1).toHaveText('Welcome to CMS Enterprise Portal');
  });
  return { email };
}
