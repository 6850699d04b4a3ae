import { test, expect } from '../../fixtures/test.ts';
import { postForm, signIn, textOf } from './support.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao', 'bob.bao'] };

test.describe('IDM rules: removing and changing one\'s own role', () => {
  test('an AO cannot remove their own role while a BAO or EU of the organization is registered: call the CBIC', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'DBidS', role: 'EU' }] },
      ],
    });
    await signIn(page, credentialsOf(users[0]!));
    await page.getByRole('button', { name: 'Manage My Roles' }).click();
    await page.getByRole('button', { name: 'Remove Role' }).click();
    await page.getByRole('dialog', { name: 'Remove Role' }).getByRole('button', { name: 'Remove Role' }).click();
    const refusal = page.getByRole('dialog', { name: 'Remove Role' }).getByRole('alert');
    await expect(refusal).toContainText('other members of your organization are registered');
    await expect(refusal).toContainText('877-577-5331');
    const { users: after, requests } = await control.state();
    expect(after.find((u) => u.userId === 'jane.ao')?.roles).toHaveLength(1);
    expect(requests).toEqual([]);
  });

  test('a BAO may remove their own role while others are registered', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'bob.bao', organization: 'acme', roles: [{ application: 'Connexion', role: 'BAO' }] },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/roles/Connexion/remove');
    await page.getByRole('dialog', { name: 'Remove Role' }).getByRole('button', { name: 'Remove Role' }).click();
    await expect(page.getByRole('dialog', { name: 'Manage My Roles' })).toContainText('request was successfully submitted');
    expect((await control.state()).users.find((u) => u.userId === 'bob.bao')?.roles).toEqual([]);
  });

  test('removing the last PTAN of a role is refused: remove the role instead', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] }],
    });
    await signIn(page, credentialsOf(users[0]!));
    await page.goto('/idm/roles/Connexion/edit');
    await page.getByRole('checkbox', { name: 'Remove 1234560001' }).check();
    await page.getByLabel('Justification Statement').fill('Closing.');
    await page.getByRole('button', { name: 'Submit Changes' }).click();
    await expect(page.getByRole('alert')).toContainText('you cannot remove the last one. To give up the role, use Remove Role instead');
    expect((await control.state()).users[0]?.roles[0]?.ptans).toEqual(['1234560001']);
    expect(await control.requests()).toEqual([]);
  });

  test('adding a PTAN already on the role is refused, in Add Role and in Edit Role Details', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.getByRole('button', { name: 'Manage My Roles' }).click();
    await page.getByRole('button', { name: 'Add Role' }).click();
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    await expect(page.getByRole('alert')).toContainText('PTAN 1234560001 is already on your Connexion role');

    await page.goto('/idm/roles/Connexion/edit');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByLabel('Justification Statement').fill('Again.');
    await page.getByRole('button', { name: 'Submit Changes' }).click();
    await expect(page.getByRole('alert')).toContainText('PTAN 1234560001 is already on your Connexion role');
    expect(await control.requests()).toEqual([]);
  });

  test('Edit Role Details changes only attributes: a role or application sent in the form is ignored, a PTAN not on the role cannot be removed', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/roles/Connexion/edit');
    const notOnRole = await postForm(page, '/idm/roles/Connexion/edit', { remove: '1234560002', ptan: '', justification: 'x' });
    expect(notOnRole.status()).toBe(400);
    expect(await textOf(notOnRole)).toContain('PTAN 1234560002 is not on your Connexion role');

    const smuggled = await postForm(page, '/idm/roles/Connexion/edit', { ptan: '1234560002', role: 'AO', application: 'DBidS', justification: 'More.' });
    expect(smuggled.status()).toBe(302);
    const [request] = await control.requests();
    expect(request).toMatchObject({ kind: 'add-ptan', role: 'EU', application: 'Connexion', ptans: ['1234560002'], status: 'pending' });
  });

  test('one Edit Role Details submission that adds and removes: the removal takes effect at once, the addition only once approved', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [{ ...acme, ptans: ['1234560001', '1234560002', '1234560003'] }],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001', '1234560002'] }] },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/roles/Connexion/edit');
    await page.getByRole('checkbox', { name: 'Remove 1234560001' }).check();
    await page.getByLabel('PTAN', { exact: true }).fill('1234560003');
    await page.getByLabel('Justification Statement').fill('Moved to a new location.');
    await page.getByRole('button', { name: 'Submit Changes' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit Role Details' })).toContainText('waiting for an approver');
    const eddie = async () => (await control.state()).users.find((u) => u.userId === 'eddie.eu');
    expect((await eddie())?.roles[0]?.ptans).toEqual(['1234560002']);
    const pending = (await control.requests()).find((r) => r.status === 'pending');
    expect(pending).toMatchObject({ kind: 'add-ptan', ptans: ['1234560003'] });
    await control.decide(pending!.id, 'approve');
    expect((await eddie())?.roles[0]?.ptans).toEqual(['1234560002', '1234560003']);
  });

  test('the Add Role window\'s Selected Application and role cannot be changed, not even by sending other values', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/roles/Connexion/add-role');
    await expect(page.getByLabel('Selected Application')).toBeDisabled();
    await expect(page.getByLabel('Role', { exact: true })).toBeDisabled();
    const review = await postForm(page, '/idm/roles/Connexion/add-role', { action: 'review', ptan: '1234560002', application: 'DBidS', role: 'AO' });
    expect(review.headers().location).toBe('/idm/role-request/reason');
    await page.goto('/idm/role-request/reason');
    await page.getByLabel('Justification').fill('Second location.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    expect(await control.requests()).toEqual([expect.objectContaining({ kind: 'add-ptan', application: 'Connexion', role: 'EU', ptans: ['1234560002'] })]);
  });
});
