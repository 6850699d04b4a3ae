import { test, expect } from '../../fixtures/test.ts';
import { updateEmail } from '../../flows/idm/update-email.ts';

test.describe('idm.update-email (seed 001)', () => {
  test('idm.update-email: a person changes the e-mail address; Personal Contact Information shows the new one', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'jane.ao', email: 'jane.ao@example.test', roles: [{ application: 'Connexion', role: 'AO' }] }] });

    await updateEmail(page, { credentials: credentialsOf(users[0]!), newEmail: 'jane.ames@acme.example' });

    // The refreshed window shows the new address (and only it), as step 8 says.
    await expect(page.getByRole('dialog', { name: 'Personal Contact Information' }).getByTestId('email')).toHaveText('jane.ames@acme.example');
    const { users: after } = await control.state();
    expect(after[0]?.email).toBe('jane.ames@acme.example');
    // The old address is told of the change.
    expect((await control.mail('jane.ao@example.test'))[0]?.subject).toBe('Your CMS IDM System email address was changed');
  });
});
