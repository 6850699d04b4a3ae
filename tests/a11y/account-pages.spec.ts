import { test, expect } from '../../fixtures/test.ts';
import { expectNoSeriousA11yViolations } from '../../fixtures/a11y.ts';
import { signIn } from '../idm/support.ts';

test.describe('accessibility (axe): the IDM account pages, the phone outbox and the simulated Experian call', () => {
  const pages = [
    ['/idm/register', 'New User Registration'], ['/idm/forgot-user-id', 'Forgot User ID'], ['/idm/forgot-password', 'Forgot Password'],
    ['/idm/unlock-account', 'Unlock Account'], ['/phone/', 'Phone outbox'], ['/experian/', 'Experian phone proofing (simulated call)'],
  ] as const;
  for (const [path, heading] of pages) {
    test(`${path} shows ${heading} with no serious or critical violation`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page, heading, path);
    });
  }

  test('registration with every rule broken, the factor choice, Change Password and the MFA windows', async ({ page, control, credentialsOf }) => {
    await page.goto('/idm/register');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'New User Registration', 'registration with errors');

    const { users } = await control.scenario({ users: [{ userId: 'axe.user', factors: [{ type: 'email' }, { type: 'sms', phone: '410-555-0142' }] }] });
    await page.goto('/idm/');
    await page.getByLabel('User ID').fill('axe.user');
    await page.getByLabel('Password').fill(users[0]!.password);
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expect(page.getByRole('group', { name: 'Select a verification method' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Verification', 'factor choice');
    await page.context().clearCookies();

    await control.scenario({ users: [{ userId: 'axe.other' }] });
    const other = (await control.state()).users.find((u) => u.userId === 'axe.other')!;
    await signIn(page, credentialsOf(other));
    const windows = [
      ['/idm/profile', 'My Profile'], ['/idm/profile/password', 'Change Password'], ['/idm/profile/mfa', 'Manage MFA and Recovery Devices'],
      ['/idm/profile/mfa/add?type=sms', 'Set Up SMS'], ['/idm/profile/mfa/add?type=google-authenticator', 'Set Up Google Authenticator'],
    ] as const;
    for (const [path, heading] of windows) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page, heading, path);
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('term').filter({ hasText: 'Secret Key' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Set Up Google Authenticator', 'authenticator secret key');
  });
});
