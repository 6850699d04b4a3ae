import { test, expect } from '../../fixtures/test.ts';
import { addMfaDevice } from '../../flows/idm/add-mfa-device.ts';
import { authenticatorCode } from '../../fixtures/authenticator.ts';

test.describe('idm.add-mfa-device (IDM User Guide, IDM FAQ)', () => {
  test('idm.add-mfa-device: a person adds SMS; the code is texted to the phone; the next sign-in offers it', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'bob.bao', email: 'bob@example.test' }] });

    const result = await addMfaDevice(page, { credentials: credentialsOf(users[0]!), device: 'SMS', phone: '410-555-0142', deviceCode: () => control.latestPhoneCode('410-555-0142') });

    expect(result.devices).toEqual(['Email (bo*@example.test)', 'SMS (***-***-0142)']);
    expect((await control.state()).users[0]?.factors?.map((f) => f.type)).toEqual(['email', 'sms']);
    // The next sign-in offers both; SMS is chosen and its code texted.
    await page.getByRole('button', { name: 'Sign Out' }).click();
    await page.getByLabel('User ID').fill('bob.bao');
    await page.getByLabel('Password').fill(users[0]!.password);
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    const choice = page.getByRole('group', { name: 'Select a verification method' });
    await expect(choice.getByRole('radio')).toHaveCount(2);
    await choice.getByRole('radio', { name: /^SMS/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Verification Code').fill(await control.latestPhoneCode('410-555-0142'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
  });

  test('idm.add-mfa-device: a person adds Google Authenticator with the secret key shown; its real TOTP code verifies it', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'bob.bao' }] });

    const result = await addMfaDevice(page, { credentials: credentialsOf(users[0]!), device: 'Google Authenticator', deviceCode: async (secret) => authenticatorCode(secret ?? '') });

    expect(result.secretKey).toMatch(/^[A-Z2-7]{32}$/);
    const factor = (await control.state()).users[0]?.factors?.find((f) => f.type === 'google-authenticator');
    expect(factor?.secret).toBe(result.secretKey);
  });
});
