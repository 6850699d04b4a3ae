/**
 * The IDM account rules, each broken on its page: New User Registration (user ID and password rules 4, 5, 7, each
 * named), Change Password (rule 6), the lockout and its self-service unlock (rule 3), the expired password (rule 8),
 * MFA factors (rule 9), the phone outbox, and the scenario fields for accounts.
 */
import { test, expect } from '../../fixtures/test.ts';
import { authenticatorCode } from '../../fixtures/authenticator.ts';
import { followVerification } from '../../flows/verification.ts';
import type { Credentials } from '../../flows/types.ts';
import type { Page } from '@playwright/test';
import { signIn } from './support.ts';

async function signInWith(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/idm/');
  await page.getByLabel('User ID').fill(credentials.userId);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
  await page.getByRole('button', { name: 'Sign In' }).click();
  await followVerification(page, credentials);
}

test('New User Registration names every rule the user ID and the password break, and changes nothing', async ({ page, control }) => {
  await control.scenario({ users: [{ userId: 'taken.user' }] });
  const before = await control.state();
  await page.goto('/idm/register');
  await page.getByRole('button', { name: 'Next' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter your legal first name');
  await expect(summary).toContainText('Please Agree to the Terms & Conditions.');

  await page.getByLabel('First Name').fill('Nadia');
  await page.getByLabel('Last Name').fill('Quill');
  await page.getByLabel('E-mail Address', { exact: true }).fill('nadia@example.test');
  await page.getByLabel('Confirm E-mail Address').fill('nadia@example.test');
  await page.getByLabel('Phone Number').fill('410-555-0177');
  await page.getByRole('checkbox', { name: 'I agree to the Terms & Conditions' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('User ID', { exact: true }).fill('TAKEN.user');
  await page.getByLabel('Password', { exact: true }).fill('quill taken§');
  await page.getByLabel('Confirm Password').fill('something else');
  await page.getByRole('button', { name: 'Next' }).click();
  const problems = page.getByRole('alert');
  for (const rule of [
    'The user ID “TAKEN.user” is already taken.',
    'The password must be at least 15 characters long; it has 12.',
    'The password must contain at least one uppercase letter (A–Z).',
    'The password must contain at least one number (0–9).',
    'The password contains a space, “§”, which is not among the allowed special characters.',
    'The password must not contain your user ID or name: “taken” is part of your user ID.',
    'The password must not contain your user ID or name: it contains your last name.',
    'The two passwords do not match.',
    'Select a security question.',
  ]) await expect(problems).toContainText(rule);
  expect(await control.state()).toEqual(before);
});

test('Change Password refuses the current password and earlier ones (rule 6), and a wrong current password; nothing changes', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario({ users: [{ userId: 'jane.ao', password: 'Correct-Horse-Battery-9', passwordHistory: ['Amber-Falcon-Willow-33'] }] });
  await signIn(page, credentialsOf(users[0]!));
  await page.goto('/idm/profile/password');
  const before = await control.state();
  const window = page.getByRole('dialog', { name: 'Change Password' });
  for (const [current, next, refusal] of [
    ['Correct-Horse-Battery-9', 'Correct-Horse-Battery-9', 'The password must not be one of your last 6 passwords.'],
    ['Correct-Horse-Battery-9', 'Amber-Falcon-Willow-33', 'The password must not be one of your last 6 passwords.'],
    ['Wrong-Current-Password-1', 'Brand-New-Password-77', 'The current password is not correct.'],
  ] as const) {
    await window.getByLabel('Current Password').fill(current);
    await window.getByLabel('New Password', { exact: true }).fill(next);
    await window.getByLabel('Confirm New Password').fill(next);
    await window.getByRole('button', { name: 'Change Password' }).click();
    await expect(page.getByRole('alert')).toContainText(refusal);
  }
  expect(await control.state()).toEqual(before);
});

test('three wrong passwords lock the account; the page names the self-service unlock and the CBIC with its hours (rule 3)', async ({ page, control }) => {
  await control.scenario({ users: [{ userId: 'jane.ao' }] });
  await page.goto('/idm/');
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('User ID').fill('jane.ao');
    await page.getByLabel('Password').fill('Not-The-Password-1');
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('call the CBIC customer service center at 877-577-5331 between 9 a.m. and 5:30 p.m. prevailing Eastern Time, Monday through Friday, or use Unlock Account');
  await expect(page.getByRole('link', { name: 'Unlock Account?' })).toBeVisible();
  // Unlock Account refuses an account that is not locked.
  await control.scenario({ users: [{ userId: 'bob.bao' }] });
  const before = await control.state();
  await page.getByRole('link', { name: 'Unlock Account?' }).click();
  await page.getByLabel('User ID').fill('bob.bao');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText('Your account is not locked');
  expect(await control.state()).toEqual(before);
});

test('an expired password (60 days unused, rule 8) must be changed before anything else, and not to one of the last 6', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario({ users: [{ userId: 'jane.ao', password: 'Correct-Horse-Battery-9' }] });
  await control.advanceMinutes(60 * 24 * 60 + 1);
  await signInWith(page, credentialsOf(users[0]!));
  await expect(page.getByRole('heading', { level: 1, name: 'Change Expired Password' })).toBeVisible();
  await page.goto('/idm/dashboard');
  await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
  await page.goto('/idm/expired-password');
  const before = await control.state();
  await page.getByLabel('New Password', { exact: true }).fill('Correct-Horse-Battery-9');
  await page.getByLabel('Confirm New Password').fill('Correct-Horse-Battery-9');
  await page.getByRole('button', { name: 'Change Password' }).click();
  await expect(page.getByRole('alert')).toContainText('The password must not be one of your last 6 passwords.');
  expect(await control.state()).toEqual(before);
});

test('a password used within 60 days signs in straight to the dashboard', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario({ users: [{ userId: 'jane.ao' }] });
  await control.advanceMinutes(60 * 24 * 60);
  await signIn(page, credentialsOf(users[0]!));
});

test('MFA factors are removed one at a time, never the last; a Voice Call reads the code out; Okta Verify codes are TOTP', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario({ users: [{ userId: 'jane.ao', factors: [{ type: 'voice', phone: '410-555-0143' }, { type: 'okta-verify' }] }] });
  const jane = users[0]!;
  await signInWith(page, credentialsOf(jane, 'Voice Call'));
  await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
  expect((await control.phone('410-555-0143'))[0]).toMatchObject({ channel: 'voice', text: expect.stringMatching(/^This is the CMS IDM System\. Your verification code is (\d ){5}\d\./) });

  await page.goto('/idm/profile/mfa');
  const window = page.getByRole('dialog', { name: 'Manage MFA and Recovery Devices' });
  await window.getByRole('button', { name: 'Remove Voice Call' }).click();
  await expect(page.getByRole('status')).toContainText('Voice Call was removed');
  const oneLeft = await control.state();
  expect(oneLeft.users[0]?.factors?.map((f) => f.type)).toEqual(['okta-verify']);
  await window.getByRole('button', { name: 'Remove Okta Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('You cannot remove your only verification method');
  expect(await control.state()).toEqual(oneLeft);

  // One factor left: the sign-in asks its code at once, no choice.
  await page.getByRole('button', { name: 'Sign Out' }).click();
  await signInWith(page, { ...credentialsOf(jane, 'Okta Verify') });
  await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
});

test('a wrong app code at sign-in is refused and counts towards the lockout', async ({ page, control, credentialsOf }) => {
  const { users } = await control.scenario({ users: [{ userId: 'jane.ao', factors: [{ type: 'google-authenticator' }] }] });
  const secret = users[0]!.factors![0]!.secret!;
  const wrong = String((Number(await authenticatorCode(secret)) + 1) % 1_000_000).padStart(6, '0');
  await signInWith(page, { ...credentialsOf(users[0]!), verificationCode: async () => wrong });
  await expect(page.getByRole('alert')).toContainText('That verification code is not correct. Check the code and try again.');
  expect((await control.state()).users[0]?.failedAttempts).toBe(1);
});

test('the phone outbox shows texts and calls in the browser; the control API reads it and refuses a malformed number', async ({ page, control, request, baseURL }) => {
  const { users } = await control.scenario({ users: [{ userId: 'jane.ao', factors: [{ type: 'sms', phone: '410-555-0142' }] }] });
  await signInWith(page, { userId: 'jane.ao', password: users[0]!.password, verificationCode: () => control.latestPhoneCode('410-555-0142') });
  await page.goto('/phone/?to=4105550142');
  await expect(page.getByRole('table', { name: 'Messages' })).toContainText('Text message (SMS)');
  await expect(page.getByRole('table', { name: 'Messages' })).toContainText('CMS IDM: your verification code is');
  const bad = await request.get(`${baseURL}/__admin/phone?to=abc`);
  expect(bad.status()).toBe(400);
  const { errors } = (await bad.json()) as { errors: { path: string; message: string }[] };
  expect(errors).toEqual([{ path: '/to', message: expect.stringMatching(/^in the query string: /) }]);
  // The call is described in the OpenAPI document, with the answer's schema.
  const openApi = (await (await request.get(`${baseURL}/__admin/openapi.json`)).json()) as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
  expect(openApi.paths['/phone']?.get?.parameters?.map((p) => p.name)).toEqual(['to']);
});

test('the scenario body takes factors, password history, last sign-in and a locked account; bad ones are refused with their path; old bodies still work', async ({ control, request, baseURL }) => {
  const post = (data: unknown) => request.post(`${baseURL}/__admin/scenario`, { data });
  for (const [body, path] of [
    [{ users: [{ factors: [{ type: 'fax' }] }] }, '/users/0/factors/0/type'],
    [{ users: [{ factors: [{ type: 'sms' }, { type: 'sms' }] }] }, '/users/0/factors/1/type'],
    [{ users: [{ lastSignInAt: 'yesterday' }] }, '/users/0/lastSignInAt'],
    [{ users: [{ password: 'Correct-Horse-Battery-9', passwordHistory: ['Correct-Horse-Battery-9'] }] }, '/users/0/passwordHistory/0'],
  ] as const) {
    const answer = await post(body);
    expect(answer.status(), JSON.stringify(body)).toBe(400);
    expect(((await answer.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
  }
  expect((await control.state()).users).toEqual([]);
  const { users } = await control.scenario({ users: [{ userId: 'old.body', roles: [] }] });
  expect(users[0]).toMatchObject({ factors: [{ type: 'email' }], lastSignInAt: (await control.now()).toISOString() });
  await control.scenario({ users: [{ userId: 'lou.locked', locked: true }] });
  expect((await control.state()).users.find((u) => u.userId === 'lou.locked')).toMatchObject({ locked: true, failedAttempts: 3 });
  const schema = await (await request.get(`${baseURL}/__admin/schemas/scenario`)).json();
  expect(Object.keys(schema.properties.users.items.properties)).toEqual(expect.arrayContaining(['factors', 'passwordHistory', 'lastSignInAt', 'locked']));
});
