import { test, expect } from '../../fixtures/test.ts';
import { removePtans } from '../../flows/idm/remove-ptans.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002', '1234560003'], authorizedOfficials: ['jane.ao'] };

test.describe('idm.remove-ptans (seed 001)', () => {
  test('idm.remove-ptans: an end user removes a PTAN from the role; Manage My Roles shows the PTANs left', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eve.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001', '1234560002', '1234560003'] }] },
      ],
    });

    const result = await removePtans(page, {
      credentials: credentialsOf(users[1]!),
      application: 'Connexion',
      removePtans: ['1234560002', '1234560003'],
      justification: 'Those locations closed.',
    });

    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.roles).toEqual([{ application: 'Connexion', role: 'End User (EU)', ptans: ['1234560001'] }]);
    const { requests } = await control.state();
    expect(requests).toEqual([expect.objectContaining({ id: result.requestId, kind: 'modify-role', status: 'approved', ptans: ['1234560001'] })]);
  });
});
