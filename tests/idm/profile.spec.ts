import { test, expect } from '../../fixtures/test.ts';
import { postForm, signIn, textOf } from './support.ts';

test.describe('IDM rules: e-mail changes are validated and only ever the person\'s own', () => {
  test('a malformed or empty e-mail address is refused and nothing changes', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'jane.ao', email: 'jane@acme.example', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    await signIn(page, credentialsOf(users[0]!));
    await page.getByRole('button', { name: 'My Profile' }).click();
    await page.getByRole('button', { name: 'Personal Contact Information' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const window = page.getByRole('dialog', { name: 'Personal Contact Information' });
    const before = await control.state();

    for (const [value, message] of [
      ['jane at acme', 'Enter the email address in the format name@example.com'],
      ['', 'Enter your email address'],
      ['jane@acme.example', 'That is already your email address'],
    ]) {
      await window.getByLabel('Email Address').fill(value!);
      await window.getByRole('button', { name: 'Submit Changes' }).click();
      await expect(window.getByRole('alert')).toContainText(message!);
    }
    expect(await control.state()).toEqual(before);
  });

  test('a user ID slipped into the form changes only the signed-in person\'s own address', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      users: [
        { userId: 'jane.ao', email: 'jane@acme.example', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', email: 'eddie@acme.example' },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/profile/contact/edit');
    const janeBefore = (await control.state()).users.find((u) => u.userId === 'jane.ao');
    const response = await postForm(page, '/idm/profile/contact', { userId: 'jane.ao', email: 'attacker@evil.example', phone: '803-555-0100' });
    expect(response.status()).toBe(302);
    const after = (await control.state()).users;
    expect(after.find((u) => u.userId === 'jane.ao')).toEqual(janeBefore);
    expect(after.find((u) => u.userId === 'eddie.eu')?.email).toBe('attacker@evil.example');
    await page.goto('/idm/profile/contact');
    expect(await textOf(await page.request.get('/idm/profile/contact'))).not.toContain('jane@acme.example');
  });
});
