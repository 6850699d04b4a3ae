import { test, expect } from '../../fixtures/test.ts';
import { ACME, enterPtan, h1, logIn, removeRoleQuickly, requestAccess, selectRole } from './helpers.ts';

test.describe('Enterprise Portal: the five-minute rules, on the mock clock (seed 000)', () => {
  test('a new role request within five minutes of removing a role is refused, saying when to try again', async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [{ userId: 'eddie.eu', organization: 'acme', identityVerified: true, mfa: 'skipped', roles: [{ application: 'Connexion', role: 'EU' }] }],
    });
    await logIn(page, users[0]!);
    await removeRoleQuickly(page, 'Connexion');
    await expect(page.getByRole('status')).toContainText('was removed');

    await control.advanceMinutes(4);
    await requestAccess(page, 'Connexion');
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('Wait at least five minutes after removing a role before you request a new one');
    // Removed at 9:00 a.m. Eastern on the mock clock; allowed again from 9:05.
    await expect(refusal).toContainText('please try again at Aug 1, 2019, 9:05:00 AM EDT');
    await expect(page.getByLabel('Select your new role')).toHaveCount(0);

    await control.advanceMinutes(1);
    await requestAccess(page, 'Connexion');
    await expect(page.getByLabel('Select your new role')).toBeVisible();
  });

  test('the wait is enforced again at Submit: a request begun before a removal cannot be submitted within its five minutes', async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [{ userId: 'eddie.eu', organization: 'acme', identityVerified: true, mfa: 'skipped', roles: [{ application: 'DBidS', role: 'EU', ptans: ['1234560001'] }] }],
    });
    await logIn(page, users[0]!);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    await enterPtan(page, '1234560001');
    await expect(h1(page)).toHaveText('Request New Application Access Review');

    await removeRoleQuickly(page, 'DBidS');
    await page.goto('/portal/request/review');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();

    await expect(page.getByRole('alert')).toContainText('please try again at');
    const state = await control.state();
    expect(state.users[0]!.roles).toEqual([]);
    expect(state.requests).toEqual([]);
  });

  test('a new role shows on View and Manage My Access (and My Access) only after its five minutes', async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [{ userId: 'eddie.eu', organization: 'acme', identityVerified: true, mfa: 'skipped' }],
    });
    await logIn(page, users[0]!);
    await requestAccess(page, 'DBidS');
    await selectRole(page, 'EU');
    await enterPtan(page, '1234560002');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(h1(page)).toHaveText('Request New Application Access Acknowledgement');

    const dbidsRow = page.getByRole('row').filter({ hasText: 'DBidS' });
    const myAccess = page.getByRole('region', { name: 'My Access', exact: true });
    await page.goto('/portal/access');
    await expect(page.getByText('You have no roles to display.')).toBeVisible();
    await control.advanceMinutes(4);
    await page.reload();
    await expect(h1(page)).toHaveText('View and Manage My Access');
    await expect(dbidsRow).toHaveCount(0);
    await page.goto('/portal/apps');
    await expect(myAccess).toContainText('You have no roles to display.');
    await expect(myAccess.getByRole('region', { name: 'DBidS' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Access Catalog' }).getByRole('region', { name: 'DBidS' })).toContainText('Your access is being set up');
    await expect(page.getByRole('button', { name: 'Request Access' })).toHaveCount(1);

    await control.advanceMinutes(1);
    await page.goto('/portal/access');
    await expect(dbidsRow).toContainText('EU – End User (EU)');
    await expect(dbidsRow).toContainText('1234560002');
    await page.goto('/portal/apps');
    const myDbids = myAccess.getByRole('region', { name: 'DBidS' }).getByRole('row').filter({ hasText: 'DBidS' });
    await expect(myDbids).toContainText('EU – End User (EU)');
    await expect(myDbids).toContainText('1234560002');

    // The same person, role and PECOS record as IDM: the role was in the shared state from the submission on.
    const role = (await control.state()).users[0]!.roles[0]!;
    expect(role).toMatchObject({ application: 'DBidS', role: 'EU', visibleFrom: '2019-08-01T13:05:00.000Z' });
  });
});
