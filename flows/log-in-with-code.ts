import { expect, type Locator, type Page } from '@playwright/test';
import type { StepContext } from './step.ts';
import type { Credentials } from './types.ts';

/**
 * The log-in shared by Connexion and DBidS: the CMS IDM System user ID and password, Log In, then the e-mailed
 * verification code, until `landed` shows. A person still logged in is already there and nothing is typed.
 */
export async function logInWithCode(page: Page, s: StepContext, credentials: Credentials, landed: Locator): Promise<void> {
  await expect(page.getByRole('button', { name: 'Log In' }).or(landed)).toBeVisible();
  if (await landed.isVisible()) return;
  const logIn = await s.find('button', 'Log In');
  await (await s.find('field', 'User ID')).fill(credentials.userId);
  await (await s.find('field', 'Password')).fill(credentials.password);
  await s.target(logIn);
  await logIn.click();
  const code = await s.find('field', 'Verification Code');
  await expect(code).toBeVisible();
  await code.fill(await credentials.verificationCode());
  await (await s.find('button', 'Verify')).click();
  await expect(landed).toBeVisible();
}
