import { expect, type Page } from '@playwright/test';
import type { Credentials } from './types.ts';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Follow the verification instructions" (seed 001 step 4), after the password: a person with several MFA factors
 * first selects one (`credentials.factor`, else the first offered) and selects Continue; then the code of that
 * factor goes in the Verification Code field (Security Code in the Enterprise Portal) and Verify is selected.
 * A person with only the default e-mail factor sees the code field at once.
 */
export async function followVerification(page: Page, credentials: Credentials): Promise<void> {
  const code = page.getByLabel(/^(Verification|Security) Code$/);
  const choice = page.getByRole('group', { name: 'Select a verification method' });
  await expect(code.or(choice)).toBeVisible();
  if (await choice.isVisible()) {
    const radio = credentials.factor ? choice.getByRole('radio', { name: new RegExp(`^${escaped(credentials.factor)}\\b`) }) : choice.getByRole('radio').first();
    await radio.check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(code).toBeVisible();
  }
  await code.fill(await credentials.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
}
