import { test, expect } from '@playwright/test';
import { createApp } from '../../mock-portal/app.ts';
import { applyScenario } from '../../mock-portal/domain/scenario.ts';

/**
 * A portal in this test's own process, so the test can take a role away the moment it wants (as an approved
 * IDM removal would) without depending on the IDM pages.
 */
test('a Connexion role taken away ends access at the next page, even mid-session (rule 32)', async ({ page }) => {
  const mock = createApp();
  const { server, url } = await mock.listen(0);
  try {
    const outcome = applyScenario(mock.state, {
      organizations: [{ id: 'acme', ptans: ['1234560001'], authorizedOfficials: [], bidderNumbers: ['210001'] }],
      users: [{ userId: 'eve.eu', password: 'Quiet-Meadow-Copper-17', email: 'eve@example.test', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] }],
    });
    expect(outcome).toHaveProperty('result');

    await page.goto(`${url}/connexion/`);
    await page.getByLabel('User ID').fill('eve.eu');
    await page.getByLabel('Password').fill('Quiet-Meadow-Copper-17');
    await page.getByRole('button', { name: 'Log In' }).click();
    await expect(page.getByLabel('Verification Code')).toBeVisible();
    const code = /verification code is (\d+)/.exec(mock.state.mail.at(-1)?.text ?? '')?.[1] ?? '';
    await page.getByLabel('Verification Code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    const eve = mock.state.findAccount('eve.eu');
    if (!eve) throw new Error('eve.eu was not created');
    eve.roles = [];

    await page.getByRole('link', { name: 'Upload a Document' }).click();
    await expect(page.getByRole('alert')).toContainText('Your CMS IDM System account does not have Connexion access.');
    await page.goto(`${url}/connexion/dashboard`);
    await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
