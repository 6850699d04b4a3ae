import { expect, type Page } from '@playwright/test';
import type { Credentials } from '../../flows/types.ts';

/**
 * Logs in to Connexion for a rule test: the same pages as the procedure's steps 1–2, but not recorded as a replay
 * of the procedure (no step annotations, no pictures), so the traceability matrix counts only @procedure tests.
 */
export async function logInToConnexion(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/connexion/');
  await page.getByLabel('User ID').fill(credentials.userId);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByLabel('Verification Code').fill(await credentials.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}
