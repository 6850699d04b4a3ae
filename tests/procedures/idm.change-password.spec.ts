import { test, expect } from '../../fixtures/test.ts';
import { changePassword } from '../../flows/idm/change-password.ts';

test.describe('idm.change-password (IDM User Guide)', () => {
  test('idm.change-password: a person changes the password in My Profile; the old one no longer signs in', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'fran.forgot', email: 'fran.forgot@example.test' }] });

    const result = await changePassword(page, { credentials: credentialsOf(users[0]!), newPassword: 'Quiet-Orchard-Lantern-27' });

    expect(result.message).toBe('Your password was changed. Use the new password the next time you sign in.');
    expect((await control.state()).users[0]?.password).toBe('Quiet-Orchard-Lantern-27');
    expect((await control.latestMail('fran.forgot@example.test', /password was changed/)).text).toContain('fran.forgot');
  });
});
