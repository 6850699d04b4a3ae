import { expect, type Page } from '@playwright/test';
import type { StepContext } from './step.ts';
import type { Credentials } from './types.ts';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Follow the verification instructions" (seed 001 step 4), after the password: a person with several MFA factors
 * first selects one (`credentials.factor`, else the first offered) and selects Continue; then the code of that
 * factor goes in the Verification Code field and Verify is selected. A person with only the default e-mail factor
 * sees the code field at once.
 *
 * The code field and Verify are the step's catalogued names (`s.find`). The factor choice is not: it shows only to a
 * person with several factors, which no seed's sign-in step describes (drift would report it unreached for every
 * other account), so it is looked up on the page; it is still outlined in the step's picture. `catalogued: false` is
 * the CMS Enterprise Portal's Security Code after Add MFA (seed 000 step 9), which its step 4 does not name either.
 * Without a step (`s`), as tests that are no procedure sign in, every element is looked up on the page.
 */
export async function followVerification(page: Page, credentials: Credentials, s?: StepContext, { catalogued = true } = {}): Promise<void> {
  const codeField = page.getByLabel(/^(Verification|Security) Code$/);
  const choice = page.getByRole('group', { name: 'Select a verification method' });
  await expect(codeField.or(choice)).toBeVisible();
  if (await choice.isVisible()) {
    const radio = credentials.factor ? choice.getByRole('radio', { name: new RegExp(`^${escaped(credentials.factor)}\\b`) }) : choice.getByRole('radio').first();
    await radio.check();
    const proceed = page.getByRole('button', { name: 'Continue' });
    await s?.target(radio, proceed);
    await proceed.click();
    await expect(codeField).toBeVisible();
  }
  const code = s && catalogued ? await s.find('field', 'Verification Code') : codeField;
  await code.fill(await credentials.verificationCode());
  const verify = s && catalogued ? await s.find('button', 'Verify') : page.getByRole('button', { name: 'Verify' });
  await s?.target(code, verify);
  await verify.click();
}
