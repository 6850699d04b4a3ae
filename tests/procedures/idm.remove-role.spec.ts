import { test, expect } from '../../fixtures/test.ts';
import { removeRole } from '../../flows/idm/remove-role.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] };

test.describe('idm.remove-role (seed 001)', () => {
  test('idm.remove-role: an end user removes the Connexion role; Manage My Roles shows the roles left', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eve.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }, { application: 'DBidS', role: 'EU' }] },
      ],
    });

    const result = await removeRole(page, { credentials: credentialsOf(users[1]!), application: 'Connexion' });

    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.message).toBe('request was successfully submitted');
    expect(result.roles).toEqual([{ application: 'DMEPOS Bidding System (DBidS)', role: 'End User (EU)', ptans: ['1234560001'] }]);
    const { users: after } = await control.state();
    expect(after.find((u) => u.userId === 'eve.eu')?.roles.map((r) => r.application)).toEqual(['DBidS']);
  });

  test('idm.remove-role: an AO who is the only member of the organization removes their own role', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }],
    });

    const result = await removeRole(page, { credentials: credentialsOf(users[0]!), application: 'Connexion' });

    expect(result.roles).toEqual([]);
    await expect(page.getByText('You have no roles.')).toBeVisible();
  });
});
