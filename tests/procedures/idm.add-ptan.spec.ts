import { test, expect } from '../../fixtures/test.ts';
import { addPtan } from '../../flows/idm/add-ptan.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002', '1234560003'], authorizedOfficials: ['jane.ao'] };

test.describe('idm.add-ptan (seed 001)', () => {
  test('idm.add-ptan: an end user enters the PTAN, searches for the organization and submits; the request waits for an approver', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eve.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });

    const result = await addPtan(page, { credentials: credentialsOf(users[1]!), application: 'Connexion', ptans: ['1234560002'], justification: 'I also serve our second location.' });

    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.message).toBe('request was successfully submitted to an approver for action');
    expect(result.myRequests).toBe(result.myRequestsBefore + 1);
    const { requests, users: after } = await control.state();
    expect(requests).toEqual([expect.objectContaining({ id: result.requestId, kind: 'add-ptan', userId: 'eve.eu', ptans: ['1234560002'], status: 'pending' })]);
    expect(after.find((u) => u.userId === 'eve.eu')?.roles[0]?.ptans).toEqual(['1234560001']);
  });

  test('idm.add-ptan: an AO enters the organization details including the PTAN', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'DBidS', role: 'AO', ptans: ['1234560001'] }] }],
    });

    const result = await addPtan(page, {
      credentials: credentialsOf(users[0]!),
      application: 'DBidS',
      legalBusinessName: 'Acme Medical Supply LLC',
      ptans: ['1234560002', '1234560003'],
      justification: 'Both new locations bid with us.',
    });

    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.myRequests).toBe(1);
    const { requests } = await control.state();
    expect(requests).toEqual([expect.objectContaining({ kind: 'add-ptan', application: 'DBidS', role: 'AO', ptans: ['1234560002', '1234560003'] })]);
  });
});
