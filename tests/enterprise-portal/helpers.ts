import { expect, type Page } from '@playwright/test';
import { followVerification } from '../../flows/verification.ts';

/** Shortcuts for the refusal tests: they start where the rule applies, not from the CBIC home page. */
export const ACME = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], inactivePtans: ['1234560009'], authorizedOfficials: ['amy.ao'] };
export const OTHER_ORG = { id: 'other', legalBusinessName: 'Other Home Care Inc', ptans: ['7654320001'], authorizedOfficials: [] };

export async function logIn(page: Page, user: { userId: string; password: string; verificationCode?: () => Promise<string> }): Promise<void> {
  await page.goto('/portal/');
  await page.getByLabel('User ID', { exact: true }).fill(user.userId);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('checkbox', { name: 'I agree to the Terms & Conditions' }).check();
  await page.getByRole('button', { name: 'Login', exact: true }).click();
  const welcome = page.getByRole('heading', { level: 1, name: 'Welcome to CMS Enterprise Portal', exact: true });
  // A person who chose Add MFA gives the security code (seed 000 step 9).
  const mfa = page.getByRole('heading', { level: 1, name: 'Multi-Factor Authentication (MFA)' });
  await expect(welcome.or(mfa)).toBeVisible();
  if (await mfa.isVisible()) {
    const { verificationCode } = user;
    if (!verificationCode) throw new Error(`${user.userId} added MFA: give the security code (verificationCode) to log in.`);
    await followVerification(page, { ...user, verificationCode });
  }
  await expect(welcome).toBeVisible();
}

/** Request/Add Apps → Request Access for `application`. */
export async function requestAccess(page: Page, application: 'DBidS' | 'Connexion'): Promise<void> {
  await page.goto('/portal/apps');
  await page.getByRole('region', { name: 'Access Catalog' }).getByRole('region', { name: application }).getByRole('button', { name: 'Request Access' }).click();
}

export async function selectRole(page: Page, role: 'AO' | 'BAO' | 'EU'): Promise<void> {
  await page.getByLabel('Select your new role').selectOption(role);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

export async function enterPtan(page: Page, ptan: string): Promise<void> {
  await page.getByLabel('Provider Transaction Access Number (PTAN)').fill(ptan);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** Request/Add Apps → Remove Role → Remove → OK, for `application`. */
export async function removeRoleQuickly(page: Page, application: 'DBidS' | 'Connexion'): Promise<void> {
  await page.goto('/portal/apps');
  await page.getByRole('region', { name: 'My Access', exact: true }).getByRole('region', { name: application }).getByRole('button', { name: 'Remove Role' }).click();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK', exact: true }).click();
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
