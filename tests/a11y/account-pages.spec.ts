import { test, expect } from '../../fixtures/test.ts';
import { expectNoSeriousA11yViolations } from '../../fixtures/a11y.ts';
import { signIn } from '../idm/support.ts';

test.describe('accessibility (axe): the IDM account pages, the phone outbox and the simulated Experian call', () => {
  for (const path of ['/idm/register', '/idm/forgot-user-id', '/idm/forgot-password', '/idm/unlock-account', '/phone/', '/experian/']) {
    test(`${path} has no serious or critical violation`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page, path);
    });
  }

  test('registration with every rule broken, the factor choice, Change Password and the MFA windows', async ({ page, control, credentialsOf }) => {
    await page.goto('/idm/register');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'registration with errors');

    const { users } = await control.scenario({ users: [{ userId: 'axe.user', factors: [{ type: 'email' }, { type: 'sms', phone: '410-555-0142' }] }] });
    await page.goto('/idm/');
    await page.getByLabel('User ID').fill('axe.user');
    await page.getByLabel('Password').fill(users[0]!.password);
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expect(page.getByRole('group', { name: 'Select a verification method' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'factor choice');
    await page.context().clearCookies();

    await control.scenario({ users: [{ userId: 'axe.other' }] });
    const other = (await control.state()).users.find((u) => u.userId === 'axe.other')!;
    await signIn(page, credentialsOf(other));
    for (const path of ['/idm/profile', '/idm/profile/password', '/idm/profile/mfa', '/idm/profile/mfa/add?type=sms', '/idm/profile/mfa/add?type=google-authenticator']) {
      await page.goto(path);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page, path);
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('term').filter({ hasText: 'Secret Key' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'authenticator secret key');
  });
});
