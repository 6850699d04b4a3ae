import { test, expect } from '../../fixtures/test.ts';
import { removeRole } from '../../flows/enterprise-portal/remove-role.ts';
import { readRoles } from '../../flows/idm/windows.ts';
import { signIn } from '../idm/support.ts';

const ACME = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['amy.ao'] };

test.describe('ep.remove-role (seed 000, Removing and/or Changing a Role)', () => {
  test('ep.remove-role: an EU removes their own Connexion role; the DBidS role stays, and IDM sees the change', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [
        { userId: 'amy.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eve.eu', organization: 'acme', roles: [{ application: 'DBidS', role: 'EU' }, { application: 'Connexion', role: 'EU' }] },
      ],
    });
    const eve = users[1]!;

    const result = await removeRole(page, { credentials: eve, application: 'Connexion' });

    expect(result.message).toContain('Connexion was removed');
    await expect(page.getByRole('region', { name: 'My Access', exact: true }).getByRole('region', { name: 'DBidS' })).toBeVisible();
    const state = await control.state();
    const after = state.users.find((u) => u.userId === 'eve.eu')!;
    expect(after.roles.map((r) => r.application)).toEqual(['DBidS']);
    expect(after.lastRoleRemovalAt).toBe(state.now);

    // The same person in the CMS IDM System: Manage My Roles shows the DBidS role only.
    await page.context().clearCookies();
    await signIn(page, credentialsOf(eve));
    await page.goto('/idm/roles');
    expect((await readRoles(page)).map((r) => r.application)).toEqual(['DMEPOS Bidding System (DBidS)']);
  });

  test('ep.remove-role: an AO who is the only member registered removes their own DBidS role', { tag: '@procedure' }, async ({ page, control }) => {
    const { users } = await control.scenario({
      organizations: [ACME],
      users: [{ userId: 'amy.ao', firstName: 'Amy', lastName: 'Ortiz', organization: 'acme', roles: [{ application: 'DBidS', role: 'AO' }] }],
    });

    await removeRole(page, { credentials: users[0]!, application: 'DBidS' });

    const state = await control.state();
    expect(state.users.find((u) => u.userId === 'amy.ao')!.roles).toEqual([]);
  });
});
