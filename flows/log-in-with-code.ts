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
  const logIn = page.getByRole('button', { name: 'Log In' });
  await expect(logIn.or(landed)).toBeVisible();
  if (await landed.isVisible()) return;
  await page.getByLabel('User ID').fill(credentials.userId);
  await page.getByLabel('Password').fill(credentials.password);
  await s.target(logIn);
  await logIn.click();
  await followVerification(page, credentials);
  await expect(landed).toBeVisible();
}
