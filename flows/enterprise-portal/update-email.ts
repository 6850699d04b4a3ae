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
    const menu = page.getByRole('banner').getByRole('button', { name: input.name });
    await s.target(menu);
    await menu.click();
  });
  await run.step(6, async (s) => {
    const myProfile = page.getByRole('link', { name: 'My Profile', exact: true });
    await expect(myProfile).toBeVisible();
    await s.target(myProfile);
    await myProfile.click();
  });
  await run.step(7, async (s) => {
    const change = page.getByRole('navigation', { name: 'Profile menu' }).getByRole('link', { name: 'Change My Profile' });
    await s.target(change);
    await change.click();
    await expect(h1).toHaveText('Change My Profile');
  });
  await run.step(8, async (s) => {
    const questions = page.getByRole('region', { name: 'Security Questions' });
    await s.target(questions);
    for (const { question, answer } of input.securityAnswers) {
      await questions.getByLabel(question, { exact: true }).fill(answer);
    }
  });
  await run.step(9, async (s) => {
    const changeProfile = page.getByRole('region', { name: 'Change Profile', exact: true });
    await changeProfile.getByLabel('E-mail Address', { exact: true }).fill(input.newEmail);
    await changeProfile.getByLabel('Confirm E-mail Address', { exact: true }).fill(input.confirmEmail ?? input.newEmail);
    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    await s.target(submit);
    await submit.click();
  });
  const email = await run.step(10, async () => {
    await expect(h1).toHaveText('View My Profile');
    await expect(page.getByRole('main')).toContainText(input.newEmail);
    return input.newEmail;
  });
  await run.step(11, async (s) => {
    const ok = page.getByRole('main').getByRole('button', { name: 'OK', exact: true });
    await s.target(ok);
    await ok.click();
    await expect(h1).toHaveText('Welcome to CMS Enterprise Portal');
  });
  return { email };
}
