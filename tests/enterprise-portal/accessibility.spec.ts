import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { identityOf } from '../../fixtures/enterprise-portal.ts';
import { ACME, h1, logIn, requestAccess, selectRole } from './helpers.ts';

/**
 * Serious and critical axe violations of the page as it is now, named by page. The page's heading is checked first,
 * so an error page cannot pass for the page meant.
 */
async function seriousViolations(page: Page, heading: string | RegExp): Promise<string[]> {
  await expect(h1(page), 'the page shows its heading before the scan').toHaveText(heading);
  const results = await new AxeBuilder({ page }).analyze();
  const title = await h1(page).first().innerText();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${title}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('Enterprise Portal pages pass the accessibility scan (no serious or critical violations)', () => {
  test('every page of the three procedures, with their errors and boxes', async ({ page, control }) => {
    test.setTimeout(120_000);
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [
        { userId: 'nora.new', firstName: 'Nora', lastName: 'Newman', organization: 'acme', roles: [{ application: 'DBidS', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });
    const nora = users[0]!;
    const found: string[] = [];
    const scan = async (heading: string | RegExp) => found.push(...(await seriousViolations(page, heading)));

    await logIn(page, nora);
    await page.getByRole('button', { name: 'Nora Newman' }).click();
    await expect(page.getByRole('link', { name: 'My Profile', exact: true })).toBeVisible();
    await scan('Welcome to CMS Enterprise Portal');

    await page.goto('/portal/apps');
    await scan('Request/Add Apps');
    await page.goto('/portal/apps/remove/DBidS?confirm=yes');
    await expect(page.getByRole('dialog')).toBeVisible();
    await scan('Request to Remove Role');

    await requestAccess(page, 'Connexion');
    await scan('Request Access: Connexion');
    await selectRole(page, 'EU');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await scan('Identity Verification');
    const identity = identityOf(nora);
    await page.getByRole('checkbox', { name: 'I agree to the Terms and Conditions' }).check();
    for (const [label, value] of Object.entries(identity.information)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await scan('Identity Verification');
    const questions = page.getByRole('main').getByRole('group');
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).getByRole('radio', { name: identity.answers[i], exact: true }).check();
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(h1(page)).toHaveText('Multi-Factor Authentication (MFA)');
    await scan('Multi-Factor Authentication (MFA)');
    await page.getByRole('button', { name: 'Skip MFA', exact: true }).click();
    await page.getByLabel('Provider Transaction Access Number (PTAN)').fill('1');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await scan('Request New Application Access');
    await page.getByLabel('Provider Transaction Access Number (PTAN)').fill('1234560001');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await scan('Request New Application Access Review');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await scan('Request New Application Access Review');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(h1(page)).toHaveText('Request New Application Access Acknowledgement');
    await scan('Request New Application Access Acknowledgement');
    await control.advanceMinutes(5);
    await page.goto('/portal/access');
    await scan('View and Manage My Access');

    await page.goto('/portal/profile');
    await scan('View My Profile');
    await page.goto('/portal/profile/change');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await scan('Change My Profile');

    expect(found).toEqual([]);
  });
});
