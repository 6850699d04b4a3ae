import { expect } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { followVerification } from '../verification.ts';

/**
 * What logging in to the CMS Enterprise Portal takes: a user ID and a password (seed 000 step 4), and, for a person
 * who chose Add MFA (step 9), the security code.
 */
export type PortalCredentials = Pick<Credentials, 'userId' | 'password'> & Partial<Pick<Credentials, 'verificationCode' | 'factor'>>;

/**
 * Steps 1–4 shared by the three Enterprise Portal procedures of seed 000: from the CBIC home page through
 * Portals → CMS Enterprise Portal → Modify CMS Enterprise Portal Profile, then log in (agreeing to the Terms &
 * Conditions the log-in page shows, seed 003) and land on Welcome to CMS Enterprise Portal.
 */
export async function logInToEnterprisePortal(run: ProcedureRun, credentials: PortalCredentials): Promise<void> {
  const { page } = run;
  await run.step(1, async (s) => {
    await page.goto('/');
    const portals = await s.find('link', 'Portals');
    await s.target(portals);
    await portals.click();
  });
  await run.step(2, async (s) => {
    const enterprisePortal = await s.find('link', 'CMS Enterprise Portal');
    await s.target(enterprisePortal);
    await enterprisePortal.click();
    await expect(page.getByRole('heading', { level: 1, name: 'CMS Enterprise Portal' })).toBeVisible();
  });
  await run.step(3, async (s) => {
    const modify = await s.find('link', 'Modify CMS Enterprise Portal Profile');
    await s.target(modify);
    await modify.click();
    await expect(page.getByRole('button', { name: 'Login', exact: true })).toBeVisible();
  });
  await run.step(4, async (s) => {
    const userId = await s.find('field', 'User ID');
    const password = await s.find('field', 'Password');
    await userId.fill(credentials.userId);
    await password.fill(credentials.password);
    await (await s.find('checkbox', 'I agree to the Terms & Conditions')).check();
    const login = await s.find('button', 'Login');
    await s.target(userId, password, login);
    await login.click();
    const welcome = page.getByRole('heading', { level: 1, name: 'Welcome to CMS Enterprise Portal', exact: true });
    const mfa = page.getByRole('heading', { level: 1, name: 'Multi-Factor Authentication (MFA)' });
    await expect(welcome.or(mfa)).toBeVisible();
    if (await mfa.isVisible()) {
      const { verificationCode } = credentials;
      if (!verificationCode) throw new Error(`${credentials.userId} added MFA, so Login asks for the security code: give credentials.verificationCode.`);
      await followVerification(page, { ...credentials, verificationCode }, s, { catalogued: false });
    }
    await expect(welcome).toBeVisible();
  });
}
