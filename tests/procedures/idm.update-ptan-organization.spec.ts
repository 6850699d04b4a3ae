import { test, expect } from '../../fixtures/test.ts';
import { updatePtanOrganization } from '../../flows/idm/update-ptan-organization.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao', 'bob.bao'] };

test.describe('idm.update-ptan-organization (seed 001)', () => {
  test('idm.update-ptan-organization: a BAO adds a PTAN in Edit Role Details; My Requests increments and the role waits for approval', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'bob.bao', organization: 'acme', roles: [{ application: 'Connexion', role: 'BAO', ptans: ['1234560001'] }] },
      ],
    });

    const result = await updatePtanOrganization(page, {
      credentials: credentialsOf(users[1]!),
      application: 'Connexion',
      addPtans: ['1234560002'],
      justification: 'Our second location opened.',
    });

    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.myRequests).toBe(result.myRequestsBefore + 1);
    // Until the AO approves, the role keeps its PTAN.
    expect(result.roles).toEqual([{ application: 'Connexion', role: 'Backup Authorized Official (BAO)', ptans: ['1234560001'] }]);
    const { requests } = await control.state();
    expect(requests).toEqual([expect.objectContaining({ id: result.requestId, kind: 'add-ptan', ptans: ['1234560002'], status: 'pending' })]);
  });
});
