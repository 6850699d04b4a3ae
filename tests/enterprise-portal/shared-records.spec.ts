import { test, expect } from '../../fixtures/test.ts';
import { ACME, h1, logIn, removeRoleQuickly } from './helpers.ts';

test.describe('Enterprise Portal and IDM share people, roles and PECOS records', () => {
  test('a role removed in the Enterprise Portal is gone from the IDM state; a role granted outside shows at once', async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [{ userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'DBidS', role: 'EU' }, { application: 'Connexion', role: 'EU' }] }],
    });
    await logIn(page, users[0]!);
    await page.goto('/portal/access');
    // Roles granted in IDM (here by the scenario) have no Enterprise Portal delay.
    await expect(page.getByRole('row').filter({ hasText: 'Connexion' })).toBeVisible();

    await removeRoleQuickly(page, 'Connexion');
    const state = await control.state();
    const eddie = state.users.find((u) => u.userId === 'eddie.eu')!;
    expect(eddie.roles.map((r) => r.application)).toEqual(['DBidS']);
    expect(eddie.lastRoleRemovalAt).toBe(state.now);
  });

  test('an e-mail address changed in the Enterprise Portal is the IDM account\'s address', async ({ page, control }) => {
    const { users } = await control.scenario({ users: [{ userId: 'eddie.eu', email: 'eddie.old@example.test', securityQuestions: [{ question: 'In what city were you born?', answer: 'Columbia' }] }] });
    await logIn(page, users[0]!);
    await page.goto('/portal/profile/change');
    await page.getByRole('textbox', { name: 'In what city were you born?' }).fill('Columbia');
    await page.getByRole('textbox', { name: 'E-mail Address', exact: true }).fill('eddie.new@example.test');
    await page.getByRole('textbox', { name: 'Confirm E-mail Address', exact: true }).fill('eddie.new@example.test');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(h1(page)).toHaveText('View My Profile');
    await expect(page.getByRole('status')).toHaveText('Your e-mail address was changed to eddie.new@example.test.');
    expect((await control.state()).users[0]!.email).toBe('eddie.new@example.test');
  });
});
