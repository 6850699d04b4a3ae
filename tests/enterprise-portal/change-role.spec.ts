import { test, expect } from '../../fixtures/test.ts';
import { fiveMinutesOn } from '../../fixtures/enterprise-portal.ts';
import { removeRole } from '../../flows/enterprise-portal/remove-role.ts';
import { requestNewRole } from '../../flows/enterprise-portal/request-new-role.ts';
import { ACME } from './helpers.ts';

test.describe('Enterprise Portal: changing a role (seed 000: remove, wait five minutes, request)', () => {
  test('a BAO becomes an EU in Connexion: both procedures in one browser, the wait moved on the mock clock', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [{ ...ACME, authorizedOfficials: ['amy.ao', 'bea.bao'] }],
      users: [{ userId: 'bea.bao', organization: 'acme', identityVerified: true, mfa: 'added', roles: [{ application: 'Connexion', role: 'BAO', ptans: ['1234560001'] }] }],
    });
    // bea.bao added MFA earlier, so each Login also asks for the security code (e-mailed).
    const bea = credentialsOf(users[0]!);

    await removeRole(page, { credentials: bea, application: 'Connexion' });
    await control.advanceMinutes(5);
    await requestNewRole(page, { credentials: bea, application: 'Connexion', role: 'EU', ptan: '1234560001', letFiveMinutesPass: fiveMinutesOn(control) });

    expect((await control.state()).users[0]!.roles).toMatchObject([{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }]);
  });
});
