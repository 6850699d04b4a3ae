import { test, expect } from '../../fixtures/test.ts';
import { unlockAccount } from '../../flows/idm/recover-account.ts';
import { authenticatorCode } from '../../fixtures/authenticator.ts';

/** Three wrong passwords lock the account (rule 3). */
async function lockOut(page: import('@playwright/test').Page, userId: string): Promise<void> {
  await page.goto('/idm/');
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('User ID').fill(userId);
    await page.getByLabel('Password').fill('Not-The-Password-1');
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('Your account is locked');
}

test.describe('idm.unlock-account (IDM User Guide)', () => {
  test('idm.unlock-account: a locked-out person unlocks the account with a code e-mailed to them', { tag: '@procedure' }, async ({ page, control }) => {
    await control.scenario({ users: [{ userId: 'lou.locked', email: 'lou.locked@example.test' }] });
    await lockOut(page, 'lou.locked');

    const result = await unlockAccount(page, { userId: 'lou.locked', sendTo: 'Email', verificationCode: () => control.latestCode('lou.locked@example.test') });

    expect(result.message).toBe('Your account is unlocked. Sign in with your user ID and password.');
    expect((await control.state()).users[0]).toMatchObject({ locked: false, failedAttempts: 0 });
  });

  test('idm.unlock-account: the code comes from Google Authenticator, an MFA factor of the account', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({ users: [{ userId: 'lou.locked', factors: [{ type: 'email' }, { type: 'google-authenticator' }] }] });
    const secret = users[0]!.factors!.find((f) => f.type === 'google-authenticator')!.secret!;
    await lockOut(page, 'lou.locked');

    await unlockAccount(page, { userId: 'lou.locked', sendTo: 'Google Authenticator', verificationCode: () => authenticatorCode(secret) });

    expect((await control.state()).users[0]).toMatchObject({ locked: false });
  });
});
