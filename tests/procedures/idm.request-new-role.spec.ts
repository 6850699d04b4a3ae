import { identityOf } from '../../fixtures/identity.ts';
import { test, expect } from '../../fixtures/test.ts';
import { requestNewRole } from '../../flows/idm/request-new-role.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] };

test.describe('idm.request-new-role (seed 001)', () => {
  test('idm.request-new-role: with identity proofing, a new end user requests Connexion', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'nina.new', organization: 'acme', identityVerified: false },
      ],
    });
    const nina = users[1]!;

    const result = await requestNewRole(page, {
      credentials: credentialsOf(nina),
      application: 'Connexion',
      role: 'EU',
      identity: identityOf(nina),
      ptans: ['1234560001'],
      justification: 'I upload our bid documents.',
    });

    expect(result.identityVerificationAsked).toBe(true);
    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.message).toBe('request was successfully submitted to an approver for action');
    expect(result.myRequests).toBe(result.myRequestsBefore + 1);
    const { users: after, requests } = await control.state();
    const account = after.find((u) => u.userId === 'nina.new');
    expect(account?.identityVerified).toBe(true);
    expect(account?.roles).toEqual([]);
    expect(requests).toEqual([expect.objectContaining({ id: result.requestId, kind: 'new-role', application: 'Connexion', role: 'EU', status: 'pending' })]);
  });

  test('idm.request-new-role: without identity proofing, a verified AO requests DBidS', { tag: '@procedure' }, async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', organization: 'acme', identityVerified: true, roles: [{ application: 'Connexion', role: 'AO' }] }],
    });

    const result = await requestNewRole(page, {
      credentials: credentialsOf(users[0]!),
      application: 'DBidS',
      role: 'AO',
      legalBusinessName: 'Acme Medical Supply LLC',
      ptans: ['1234560001'],
      justification: 'I will approve our bid in DBidS.',
    });

    expect(result.identityVerificationAsked).toBe(false);
    expect(result.requestId).toMatch(/^\d{8}$/);
    expect(result.myRequests).toBe(1);
  });
});
