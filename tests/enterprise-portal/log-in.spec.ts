import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../../fixtures/test.ts';
import { h1, logIn } from './helpers.ts';

test.describe('Enterprise Portal log-in page (seed 003)', () => {
  test('shows the application catalog with each help desk, the Terms & Conditions, the banner, the rules and the OMB number', async ({ page, control }) => {
    await control.reset();
    await page.goto('/portal/');
    await expect(h1(page)).toHaveText('Welcome to CMS Enterprise Portal via Okta');
    const dbids = page.getByRole('region', { name: 'DMEPOS Bidding System', exact: true });
    await expect(dbids).toContainText('Help Desk phone number: 1 (877) 577-5331');
    await expect(dbids).toContainText('cbic.admin@palmettogba.com');
    const suppliers = page.getByRole('region', { name: 'DMEPOS Competitive Bidding Program Suppliers', exact: true });
    await expect(suppliers).toContainText('Connexion is the Durable Medical Equipment');
    await expect(suppliers).toContainText('1 (877) 577-5331');
    for (const name of ['Advanced Provider Screening (APS)', 'Data Extract System (DESY)', 'Welcome to PECOS (PECOS AI)', 'Oncology Care Model', 'VMS Client Letter']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Log In', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Terms & Conditions', exact: true })).toBeVisible();
    await expect(page.getByText('OMB No.0938-1236 | Expiration Date: 08/31/2025 |')).toBeVisible();
    await expect(page.getByText('Updated Departmental Standard Warning Banner for HHS Information Systems')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'HHS Rules of Behavior', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'HHS Rules of Behavior text' })).toContainText('A time-out function that requires re-authentication after no more than 30 minutes');
    await expect(page.getByRole('region', { name: 'CMS Privacy Act Statement text' })).toContainText('45 Code of Federal Regulations');
  });

  test('Login without agreeing to the Terms & Conditions is refused with "Please Agree to the Terms & Conditions."', async ({ page, control }) => {
    const { users } = await control.scenario({ users: [{ userId: 'eddie.eu' }] });
    await page.goto('/portal/');
    await page.getByLabel('User ID', { exact: true }).fill(users[0]!.userId);
    await page.getByLabel('Password', { exact: true }).fill(users[0]!.password);
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Please Agree to the Terms & Conditions.');
    await expect(page.getByRole('checkbox', { name: 'I agree to the Terms & Conditions' })).toHaveAttribute('aria-invalid', 'true');
    await page.goto('/portal/welcome');
    await expect(h1(page)).toHaveText('Welcome to CMS Enterprise Portal via Okta');
  });

  test('a wrong password is refused without saying which of the two was wrong', async ({ page, control }) => {
    await control.scenario({ users: [{ userId: 'eddie.eu' }] });
    await page.goto('/portal/');
    await page.getByLabel('User ID', { exact: true }).fill('eddie.eu');
    await page.getByLabel('Password', { exact: true }).fill('Not-The-Password-42');
    await page.getByRole('checkbox', { name: 'I agree to the Terms & Conditions' }).check();
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('The user ID or password you entered is not correct. Check both and try again.');
    expect((await control.state()).users[0]).toMatchObject({ failedAttempts: 1, locked: false });
  });

  test('Login asks no one-time code and sends no e-mail; the pages behind it need a log-in', async ({ page, control }) => {
    const { users } = await control.scenario({ users: [{ userId: 'eddie.eu', email: 'eddie@example.test' }] });
    await page.goto('/portal/apps');
    await expect(h1(page)).toHaveText('Welcome to CMS Enterprise Portal via Okta');
    await logIn(page, users[0]!);
    expect(await control.mail('eddie@example.test')).toEqual([]);
    await page.getByRole('button', { name: users[0]!.firstName }).click();
    await page.getByRole('button', { name: 'Log Out' }).click();
    await page.goto('/portal/profile');
    await expect(h1(page)).toHaveText('Welcome to CMS Enterprise Portal via Okta');
  });

  test('the log-in page passes the accessibility scan (no serious or critical violations), also with an error shown', async ({ page, control }) => {
    await control.reset();
    await page.goto('/portal/');
    const scan = async () => {
      await expect(h1(page), 'the log-in page, not another, is scanned').toHaveText('Welcome to CMS Enterprise Portal via Okta');
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    };
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
});
