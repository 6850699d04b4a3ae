import { expect, type APIResponse, type Page } from '@playwright/test';
import type { Credentials } from '../../flows/types.ts';

/**
 * Helpers for the IDM rule tests: a direct sign-in (no procedure steps recorded) and form posts that carry the
 * page's CSRF token, to send what a person could send by editing a URL or a form field.
 */
export async function signIn(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/idm/');
  await page.getByLabel('User ID').fill(credentials.userId);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
  await page.getByRole('button', { name: 'Sign In' }).click();
  await page.getByLabel('Verification Code').fill(await credentials.verificationCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
}

/** Posts a form as the signed-in person of `page` (same cookies, the page's CSRF token); does not follow redirects. */
export async function postForm(page: Page, path: string, form: Record<string, string>): Promise<APIResponse> {
  const token = await page.locator('input[name="_csrf"]').first().getAttribute('value');
  return page.request.post(path, { form: { _csrf: token ?? '', ...form }, maxRedirects: 0 });
}

/** The text of a page the portal answered with, without markup. */
export async function textOf(response: APIResponse): Promise<string> {
  return (await response.text()).replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

/** Role Request → Select an Application → Select a Role → Next, for a person whose identity is already verified. */
export async function startRoleRequest(page: Page, application: string, role: string): Promise<void> {
  await page.goto('/idm/dashboard');
  await page.getByRole('button', { name: 'Role Request' }).click();
  await page.getByLabel('Select an Application').selectOption({ label: application });
  await page.getByLabel('Select a Role').selectOption(role);
  await page.getByRole('button', { name: 'Next' }).click();
}

/** The refusal or error message the page shows. */
export function alertOf(page: Page) {
  return page.getByRole('alert');
}
