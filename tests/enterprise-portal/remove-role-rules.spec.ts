import { test, expect } from '../../fixtures/test.ts';
import { ACME, h1, logIn } from './helpers.ts';

test.describe('Enterprise Portal: who may remove their own role (seed 000 "Updating Role")', () => {
  test('an AO cannot remove their own role while others of the organization are registered; the refusal gives 877-577-5331', async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [
        { userId: 'amy.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] },
      ],
    });
    await logIn(page, users[0]!);
    await page.getByRole('button', { name: 'Request/Add Apps' }).click();
    await page.getByRole('region', { name: 'My Access', exact: true }).getByRole('region', { name: 'Connexion' }).getByRole('button', { name: 'Remove Role' }).click();
    await expect(h1(page)).toHaveText('Request to Remove Role');
    await expect(page.getByRole('alert')).toContainText('877-577-5331');

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK', exact: true }).click();

    await expect(page.getByRole('alert')).toContainText('other members of your organization are registered');
    await expect(page.getByRole('alert')).toContainText('call the CBIC customer service center at 877-577-5331');
    const amy = (await control.state()).users.find((u) => u.userId === 'amy.ao')!;
    expect(amy.roles).toMatchObject([{ application: 'Connexion', role: 'AO' }]);
    expect(amy.lastRoleRemovalAt).toBeUndefined();
  });

  test('Cancel in the confirmation box removes nothing', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'DBidS', role: 'EU' }] }] });
    await logIn(page, users[0]!);
    await page.goto('/portal/apps/remove/DBidS');
    const before = await control.state();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    const box = page.getByRole('dialog', { name: 'Confirm Role Removal' });
    await expect(box).toContainText('Are you sure you want to remove your EU role');
    await box.getByRole('link', { name: 'Cancel' }).click();
    await expect(page.getByRole('region', { name: 'My Access', exact: true }).getByRole('region', { name: 'DBidS' })).toBeVisible();
    expect(await control.state()).toEqual(before);
  });

  test('an edited address or form cannot remove a role the person does not hold, and never crashes', async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'DBidS', role: 'EU' }] },
        { userId: 'bob.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] },
      ],
    });
    await logIn(page, users[0]!);
    const before = await control.state();
    const unknown = await page.goto('/portal/apps/remove/Bogus');
    expect(unknown?.status()).toBe(400);
    await expect(page.getByRole('alert')).toContainText('Choose DBidS or Connexion');

    await page.goto('/portal/apps/remove/Connexion');
    await expect(page.getByRole('alert')).toHaveText('You have no Connexion role to remove.');

    // The OK form of the DBidS box, pointed at Connexion (which only bob holds).
    await page.goto('/portal/apps/remove/DBidS?confirm=yes');
    await page.getByRole('dialog').locator('form').evaluate((form) => form.setAttribute('action', '/portal/apps/remove/Connexion'));
    const refused = page.waitForResponse((r) => r.url().endsWith('/portal/apps/remove/Connexion') && r.request().method() === 'POST');
    await page.getByRole('dialog').getByRole('button', { name: 'OK', exact: true }).click();
    expect((await refused).status()).toBe(404);
    await expect(page.getByRole('alert')).toContainText('You do not hold a Connexion role.');
    expect(await control.state()).toEqual(before);
  });
});
