import { test, expect } from '../../fixtures/test.ts';
import { changeExpiredPassword } from '../../flows/idm/change-password.ts';

test.describe('idm.change-expired-password (IDM User Guide)', () => {
  test('idm.change-expired-password: a person who has not signed in for 61 days must choose a new password, then reaches the dashboard', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'olga.old', lastSignInAt: '2019-06-01T13:00:00.000Z' }] });
    // The mock clock starts on 1 August 2019: 61 days later.

    const result = await changeExpiredPassword(page, { credentials: credentialsOf(users[0]!), newPassword: 'Silver-Tulip-Harbor-83' });

    expect(result.message).toContain('Your password was changed.');
    const after = (await control.state()).users[0];
    expect(after?.password).toBe('Silver-Tulip-Harbor-83');
    expect(after?.lastSignInAt).toBe((await control.now()).toISOString());
  });
});
