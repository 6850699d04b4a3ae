import { expect, type Locator, type Page } from '@playwright/test';
import type { StepContext } from './step.ts';
import type { Credentials } from './types.ts';
import { followVerification } from './verification.ts';

/**
 * The log-in shared by Connexion and DBidS: the CMS IDM System user ID and password, Log In, then the
 * verification code (e-mailed, or of the factor the person chooses), until `landed` shows. A person still
 * logged in is already there and nothing is typed.
 */
export async function logInWithCode(page: Page, s: StepContext, credentials: Credentials, landed: Locator): Promise<void> {
  await expect(page.getByRole('button', { name: 'Log In' }).or(landed)).toBeVisible();
  if (await landed.isVisible()) return;
  const logIn = await s.find('button', 'Log In');
  const userId = await s.find('field', 'User ID');
  const password = await s.find('field', 'Password');
  await userId.fill(credentials.userId);
  await password.fill(credentials.password);
  await s.target(userId, password, logIn);
  await logIn.click();
  await followVerification(page, credentials, s);
  await expect(landed).toBeVisible();
}
