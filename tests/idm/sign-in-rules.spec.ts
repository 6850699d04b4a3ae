import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';

const PASSWORD = 'Correct-Horse-Battery-9';
const LOCK_MESSAGE = /Your account is locked after 3 unsuccessful attempts\. To unlock it, call the CBIC customer service center at 877-577-5331/;

async function submitSignIn(page: Page, userId: string, password: string, agree = true) {
  await page.goto('/idm/');
  await page.getByLabel('User ID').fill(userId);
  await page.getByLabel('Password').fill(password);
  if (agree) await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
  await page.getByRole('button', { name: 'Sign In' }).click();
}

test.describe('IDM sign-in rules', () => {
  test.beforeEach(async ({ control }) => {
    await control.scenario({ users: [{ userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test' }] });
  });

  test('without the terms box: "Please Agree to the Terms & Conditions." and no code is sent', async ({ page, control }) => {
    await submitSignIn(page, 'jane.ao', PASSWORD, false);
    await expect(page.getByRole('alert')).toContainText('Please Agree to the Terms & Conditions.');
    await expect(page.getByLabel('Verification Code')).toHaveCount(0);
    expect(await control.mail('jane.ao@example.test')).toEqual([]);
  });

  test('a wrong password and an unknown user ID get the same message, which names neither', async ({ page }) => {
    await submitSignIn(page, 'jane.ao', 'Wrong-Password-Entirely-1');
    const wrongPassword = await page.getByRole('alert').textContent();
    await submitSignIn(page, 'nobody.here', PASSWORD);
    const unknownUser = await page.getByRole('alert').textContent();
    expect(wrongPassword).toBe(unknownUser);
    expect(wrongPassword).toContain('user ID or password');
  });

  test('a wrong verification code is refused and the right one then works', async ({ page, control }) => {
    await submitSignIn(page, 'jane.ao', PASSWORD);
    const code = await control.latestCode('jane.ao@example.test');
    await page.getByLabel('Verification Code').fill(code === '111111' ? '222222' : '111111');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toContainText('verification code is not correct');
    await page.getByLabel('Verification Code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { name: 'Self Service Dashboard' })).toBeVisible();
  });

  test('three wrong passwords lock the account; the right password is then refused with the CBIC number', async ({ page, control }) => {
    for (let i = 0; i < 2; i++) {
      await submitSignIn(page, 'jane.ao', `Wrong-Password-Number-${i}`);
      await expect(page.getByRole('alert')).toContainText('user ID or password');
    }
    await submitSignIn(page, 'jane.ao', 'Wrong-Password-Number-3');
    await expect(page.getByRole('alert')).toContainText(LOCK_MESSAGE);
    await submitSignIn(page, 'jane.ao', PASSWORD);
    await expect(page.getByRole('alert')).toContainText(LOCK_MESSAGE);
    expect(await control.mail('jane.ao@example.test')).toEqual([]);
    expect((await control.state()).users[0]).toMatchObject({ locked: true });
  });

  test('wrong codes count toward the lock too', async ({ page, control }) => {
    await submitSignIn(page, 'jane.ao', PASSWORD);
    const code = await control.latestCode('jane.ao@example.test');
    const wrong = code === '999999' ? '888888' : '999999';
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('Verification Code').fill(wrong);
      await page.getByRole('button', { name: 'Verify' }).click();
    }
    await expect(page.getByRole('alert')).toContainText(LOCK_MESSAGE);
  });

  test('a code expires after five minutes on the mock clock', async ({ page, control }) => {
    await submitSignIn(page, 'jane.ao', PASSWORD);
    const code = await control.latestCode('jane.ao@example.test');
    await control.advanceMinutes(6);
    await page.getByLabel('Verification Code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toContainText('verification code has expired');
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  });

  test('a session ends after 30 minutes of inactivity on the mock clock, not before', async ({ page, control, credentialsOf }) => {
    const jane = credentialsOf({ userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test' });
    await submitSignIn(page, jane.userId, jane.password);
    await page.getByLabel('Verification Code').fill(await jane.verificationCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { name: 'Self Service Dashboard' })).toBeVisible();

    await control.advanceMinutes(29);
    await page.goto('/idm/dashboard');
    await expect(page.getByRole('heading', { name: 'Self Service Dashboard' })).toBeVisible();

    await control.advanceMinutes(31);
    await page.goto('/idm/dashboard');
    await expect(page.getByRole('status')).toContainText('Your session ended after 30 minutes of inactivity');
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  });

  test('the user can sign out, and the dashboard then asks to sign in', async ({ page, credentialsOf }) => {
    const jane = credentialsOf({ userId: 'jane.ao', password: PASSWORD, email: 'jane.ao@example.test' });
    await submitSignIn(page, jane.userId, jane.password);
    await page.getByLabel('Verification Code').fill(await jane.verificationCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Sign Out' }).click();
    await expect(page.getByRole('status')).toContainText('You have signed out.');
    await page.goto('/idm/dashboard');
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  });

  test('when the mail service fails, sign-in says the code could not be sent', async ({ page, control }) => {
    await control.fault('mail.send', 1);
    await submitSignIn(page, 'jane.ao', PASSWORD);
    await expect(page.getByRole('alert')).toContainText('could not send the e-mail');
    await expect(page.getByLabel('Verification Code')).toHaveCount(0);
  });

  test('a form posted without its CSRF token is refused', async ({ request, control }) => {
    const response = await request.post(`${control.baseURL}/idm/sign-in`, { form: { userId: 'jane.ao', password: PASSWORD, agree: 'yes' } });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('This form has expired or did not come from this site.');
    expect(await control.mail('jane.ao@example.test')).toEqual([]);
  });
});
