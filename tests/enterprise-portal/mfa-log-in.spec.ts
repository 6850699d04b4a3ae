import { test, expect } from '../../fixtures/test.ts';
import { fiveMinutesOn, identityOf } from '../../fixtures/enterprise-portal.ts';
import { requestNewRole } from '../../flows/enterprise-portal/request-new-role.ts';
import { ACME, h1, logIn } from './helpers.ts';

const newUser = { userId: 'nora.new', firstName: 'Nora', lastName: 'Newman', email: 'nora.new@example.test', organization: 'acme' };

test.describe('Enterprise Portal: after Add MFA the next Login asks for the security code (seed 000 step 9)', () => {
  test('a person who chose Add MFA gives the e-mailed security code at the next Login; a wrong one is refused', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [newUser] });
    const nora = users[0]!;
    await requestNewRole(page, { credentials: nora, application: 'Connexion', role: 'EU', ptan: '1234560001', identity: identityOf(nora), mfa: 'Add MFA', letFiveMinutesPass: fiveMinutesOn(control) });

    await page.goto('/portal/');
    await page.getByLabel('User ID', { exact: true }).fill('nora.new');
    await page.getByLabel('Password', { exact: true }).fill(nora.password);
    await page.getByRole('checkbox', { name: 'I agree to the Terms & Conditions' }).check();
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expect(h1(page)).toHaveText('Multi-Factor Authentication (MFA)');
    const code = await control.latestCode('nora.new@example.test');
    await page.getByLabel('Security Code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toContainText('That verification code is not correct.');
    await page.getByLabel('Security Code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(h1(page)).toHaveText('Welcome to CMS Enterprise Portal');
  });

  test('a person who skipped MFA (or was never asked) logs in with the user ID and password only, as seed 000 step 4 reads', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ ...newUser, mfa: 'skipped' }, { ...newUser, userId: 'ned.new', email: 'ned@example.test' }] });
    for (const user of users) {
      await logIn(page, user);
      await page.context().clearCookies();
    }
    expect((await control.state()).mail).toEqual([]);
  });
});
