import { test, expect } from '../../fixtures/test.ts';
import { recoverUserId } from '../../flows/idm/forgot-user-id.ts';

test.describe('idm.forgot-user-id (IDM User Guide)', () => {
  test('idm.forgot-user-id: a person who forgot the user ID gives name and e-mail address and gets the user ID by e-mail', { tag: '@procedure' }, async ({ page, control }) => {
    await control.scenario({ users: [{ userId: 'fran.forgot', firstName: 'Frances', lastName: 'Ford', email: 'fran.forgot@example.test' }] });

    const result = await recoverUserId(page, {
      firstName: 'Frances', lastName: 'Ford', email: 'fran.forgot@example.test',
      userIdEmail: async () => (await control.latestMail('fran.forgot@example.test', /user ID$/)).text,
    });

    expect(result.userId).toBe('fran.forgot');
  });
});
