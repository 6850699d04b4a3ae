import { expectNoSeriousA11yViolations } from '../../fixtures/a11y.ts';
import { test, expect } from '../../fixtures/test.ts';
import { signIn } from './support.ts';

test('accessibility (axe): the IDM windows of seed 001, empty, refused and done', async ({ page, control, credentialsOf }) => {
  test.slow(); // about twenty axe scans
  const { users } = await control.scenario({
    organizations: [{ id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] }],
    users: [
      { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO', ptans: ['1234560001'] }] },
      { userId: 'eddie.eu', organization: 'acme' },
    ],
  });
  await signIn(page, credentialsOf(users[0]!));
  await expectNoSeriousA11yViolations(page, 'Self Service Dashboard');
  for (const [path, heading, label] of [
    ['/idm/roles', 'Manage My Roles', 'Manage My Roles'],
    ['/idm/roles/Connexion', 'Application Roles', 'Application Roles'],
    ['/idm/roles/Connexion/edit', 'Edit Role Details', 'Edit Role Details'],
    ['/idm/roles/Connexion/remove', 'Remove Role', 'Remove Role'],
    ['/idm/roles/Connexion/add-role', 'Add Role', 'Add Role'],
    ['/idm/role-request', 'Role Request', 'Role Request'],
    ['/idm/profile', 'My Profile', 'My Profile'],
    ['/idm/profile/contact', 'Personal Contact Information', 'Personal Contact Information'],
    ['/idm/profile/contact/edit', 'Personal Contact Information', 'Personal Contact Information (Edit)'],
    ['/idm/requests', 'My Requests', 'My Requests'],
    ['/idm/approvals', 'Pending Approvals', 'Pending Approvals'],
  ] as const) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page, heading, label);
  }

  await page.goto('/idm/roles/Connexion/add-role');
  await page.getByLabel('PTAN', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Review Request' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Add Role', 'Add Role refused');
  await page.getByLabel('PTAN', { exact: true }).fill('1234560002');
  await page.getByRole('button', { name: 'Review Request' }).click();
  await expectNoSeriousA11yViolations(page, 'Reason for Request');
  await page.getByLabel('Justification').fill('Second location.');
  await page.getByRole('button', { name: 'Submit Role Request' }).click();
  await expectNoSeriousA11yViolations(page, 'Role Request', 'Role Request submitted');

  await page.context().clearCookies();
  await signIn(page, credentialsOf(users[1]!));
  await page.getByRole('button', { name: 'Role Request' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expectNoSeriousA11yViolations(page, 'Role Request', 'Role Request refused');
  await page.getByLabel('Select an Application').selectOption('Connexion');
  await page.getByLabel('Select a Role').selectOption('EU');
  await page.getByRole('checkbox', { name: 'I agree to the terms and conditions' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expectNoSeriousA11yViolations(page, 'Identity Verification');
  await page.getByRole('button', { name: 'Next' }).click();
  await expectNoSeriousA11yViolations(page, 'Identity Verification', 'Identity Verification refused');
});
