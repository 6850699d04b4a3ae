import { test, expect } from '../../fixtures/test.ts';
import { resetPassword } from '../../flows/idm/recover-account.ts';

test.describe('idm.reset-password (IDM User Guide)', () => {
  test('idm.reset-password: a person resets a forgotten password with a code e-mailed to them, then signs in with the new one', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({ users: [{ userId: 'fran.forgot', firstName: 'Frances', lastName: 'Ford', email: 'fran.forgot@example.test' }] });

    const result = await resetPassword(page, { userId: 'fran.forgot', sendTo: 'Email', verificationCode: () => control.latestCode('fran.forgot@example.test'), newPassword: 'Copper-Meadow-Falcon-64' });

    expect(result.message).toBe('Your password was reset. Sign in with your new password.');
    expect((await control.latestMail('fran.forgot@example.test', /password was changed/)).text).toContain('fran.forgot');
    // The old password no longer signs in; the new one does.
    for (const [password, landed] of [[users[0]!.password, 'The user ID or password you entered is not correct'], ['Copper-Meadow-Falcon-64', 'We sent a verification code']] as const) {
      await page.getByLabel('User ID').fill('fran.forgot');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
      await page.getByRole('button', { name: 'Sign In' }).click();
      await expect(page.getByRole('main')).toContainText(landed);
    }
  });

  test('idm.reset-password: the code goes to the phone by text message (SMS), another factor of the account', { tag: '@procedure' }, async ({ page, control }) => {
    await control.scenario({ users: [{ userId: 'fran.forgot', firstName: 'Frances', lastName: 'Ford', factors: [{ type: 'email' }, { type: 'sms', phone: '410-555-0142' }] }] });

    await resetPassword(page, { userId: 'fran.forgot', sendTo: 'SMS', verificationCode: () => control.latestPhoneCode('410-555-0142'), newPassword: 'Copper-Meadow-Falcon-64' });

    expect((await control.phone('410-555-0142'))[0]).toMatchObject({ channel: 'sms' });
    expect((await control.state()).users[0]?.password).toBe('Copper-Meadow-Falcon-64');
  });
});
