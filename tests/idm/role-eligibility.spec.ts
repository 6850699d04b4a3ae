import { test, expect } from '../../fixtures/test.ts';
import { alertOf, signIn, startRoleRequest } from './support.ts';

const orgs = [
  { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], inactivePtans: ['1234560009'], authorizedOfficials: ['jane.ao'] },
  { id: 'other', legalBusinessName: 'Other Supply Inc', ptans: ['7654320001'], authorizedOfficials: [] },
];

test.describe('IDM rules: who may hold which role, and PTANs checked against PECOS', () => {
  test('a person not listed as an authorized official on the CMS-855S cannot request AO or BAO, but may request EU (as a delegated official does)', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: orgs,
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'dora.do', organization: 'acme', identityVerified: true },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));

    for (const role of ['BAO', 'AO']) {
      await startRoleRequest(page, 'Connexion', role);
      if (role === 'AO') await page.getByLabel('Legal Business Name').fill('Acme Medical Supply LLC');
      await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
      await page.getByRole('button', { name: 'Review Request' }).click();
      await expect(alertOf(page)).toContainText(`Only an individual identified as an authorized official on your organization's CMS-855S enrollment application and in PECOS can register as ${role === 'AO' ? 'an AO' : 'a BAO'}`);
      await expect(page.getByRole('dialog', { name: 'Reason for Request' })).toHaveCount(0);
    }

    await startRoleRequest(page, 'Connexion', 'EU');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    await page.getByLabel('Justification').fill('Delegated official: I register as an end user.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    await expect(page.getByRole('dialog', { name: 'Role Request' })).toContainText('successfully submitted to an approver for action');
    expect((await control.requests()).map((r) => r.role)).toEqual(['EU']);
  });

  test('a PTAN must be 10 digits, exist in PECOS, be active and belong to the organization', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: orgs,
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', identityVerified: true },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await startRoleRequest(page, 'Connexion', 'EU');

    const cases: [string, string][] = [
      ['12345', 'Enter the PTAN as 10 digits'],
      ['9999999999', 'PTAN 9999999999 was not found in PECOS'],
      ['1234560009', 'PTAN 1234560009 is not active in PECOS'],
      ['7654320001', 'PTAN 7654320001 belongs to another organization in PECOS'],
    ];
    for (const [ptan, message] of cases) {
      await page.getByLabel('PTAN', { exact: true }).fill(ptan);
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(alertOf(page)).toContainText(message);
      await page.getByLabel('PTAN', { exact: true }).fill(ptan);
      await page.getByRole('button', { name: 'Review Request' }).click();
      await expect(alertOf(page)).toContainText(message);
    }
    expect(await control.requests()).toEqual([]);
  });

  test('an AO enters the organization details: a Legal Business Name that PECOS does not hold for the PTAN is refused', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: orgs,
      users: [{ userId: 'jane.ao', organization: 'acme', identityVerified: true, roles: [{ application: 'Connexion', role: 'AO' }] }],
    });
    await signIn(page, credentialsOf(users[0]!));
    await startRoleRequest(page, 'DMEPOS Bidding System (DBidS)', 'AO');
    await page.getByLabel('Legal Business Name').fill('Acme Something Else');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    await expect(alertOf(page)).toContainText('The Legal Business Name does not match the one PECOS holds for PTAN 1234560001');
  });

  test('when PECOS does not answer, the PTAN check says so clearly and nothing is stored', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: orgs,
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', identityVerified: true },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await startRoleRequest(page, 'Connexion', 'EU');
    await control.fault('pecos.lookup', 1, 'error');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(alertOf(page)).toContainText('PECOS is not answering right now');
    expect(await control.requests()).toEqual([]);
  });

  test('DBidS registration is closed after August 16, 2019 8:59:59 p.m. ET; Connexion stays open', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ organizations: orgs, users: [{ userId: 'jane.ao', organization: 'acme', identityVerified: true }] });
    await control.setClock('2019-08-17T01:00:00.000Z');
    await signIn(page, credentialsOf(users[0]!));
    await startRoleRequest(page, 'DMEPOS Bidding System (DBidS)', 'AO');
    await expect(alertOf(page)).toContainText('Registration for DBidS closed on August 16, 2019');
    await startRoleRequest(page, 'Connexion', 'AO');
    await expect(page.getByRole('group', { name: 'Attribute Menu' })).toBeVisible();
  });
});
