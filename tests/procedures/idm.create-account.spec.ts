import { test, expect } from '../../fixtures/test.ts';
import { createAccount, type CreateAccountInput } from '../../flows/idm/create-account.ts';
import type { PortalControl } from '../../fixtures/control.ts';

const newcomer = {
  firstName: 'Pat', lastName: 'Newell', email: 'pat.new@example.test', phone: '410-555-0188',
  userId: 'pat.new', password: 'Sunny-Pebble-Garden-47', securityQuestion: 'What was the name of your first pet?', securityAnswer: 'Biscuit',
};

/** The verification e-mail as the newcomer reads it in the mailbox: its link and its code. */
const verificationEmail = (control: PortalControl): CreateAccountInput['verificationEmail'] => async () => {
  const mail = await control.latestMail(newcomer.email, /^Verify your e-mail address/);
  return { link: /(https?:\/\/\S+)/.exec(mail.text)?.[1] ?? '', code: /verification code (\d{6})/.exec(mail.text)?.[1] ?? '' };
};

test.describe('idm.create-account (IDM User Guide)', () => {
  test('idm.create-account: a newcomer registers, verifies the e-mail address by its link, and signs in with the new account', { tag: '@procedure' }, async ({ page, control }) => {
    const result = await createAccount(page, { ...newcomer, verificationEmail: verificationEmail(control) });

    expect(result.message).toContain('Sign in with your new user ID and password.');
    const account = (await control.state()).users.find((u) => u.userId === 'pat.new');
    expect(account).toMatchObject({ email: newcomer.email, firstName: 'Pat', lastName: 'Newell', roles: [], identityVerified: false, factors: [{ type: 'email' }] });
    // The new account signs in: password, then the code e-mailed to the new address.
    await page.getByLabel('User ID').fill('pat.new');
    await page.getByLabel('Password').fill(newcomer.password);
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.getByLabel('Verification Code').fill(await control.latestCode(newcomer.email));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
  });

  test('idm.create-account: the e-mail address is verified by typing the code instead of opening the link', { tag: '@procedure' }, async ({ page, control }) => {
    await createAccount(page, { ...newcomer, verificationEmail: verificationEmail(control), verifyBy: 'code' });
    expect((await control.state()).users.map((u) => u.userId)).toEqual(['pat.new']);
  });
});
