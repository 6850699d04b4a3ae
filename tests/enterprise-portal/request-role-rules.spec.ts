import { test, expect } from '../../fixtures/test.ts';
import { fiveMinutesOn, identityOf } from '../../fixtures/enterprise-portal.ts';
import { requestNewRole } from '../../flows/enterprise-portal/request-new-role.ts';
import { ACME, OTHER_ORG, enterPtan, h1, logIn, requestAccess, selectRole } from './helpers.ts';

const returning = { userId: 'eddie.eu', organization: 'acme', identityVerified: true, mfa: 'skipped' as const };

test.describe('Enterprise Portal: who may request which role (seed 000 "Updating Role", PECOS)', () => {
  for (const role of ['AO', 'BAO'] as const) {
    test(`${role} is refused to a person not listed as an authorized official on the CMS-855S`, async ({ page, control }) => {
      const { users } = await control.scenario({ organizations: [ACME], users: [returning] });
      await logIn(page, users[0]!);
      await requestAccess(page, 'Connexion');
      await selectRole(page, role);
      await enterPtan(page, '1234560001');
      await expect(page.getByRole('alert')).toContainText(`Only an individual identified as an authorized official on your organization's CMS-855S enrollment application and in PECOS can register as ${role === 'AO' ? 'an AO' : 'a BAO'}`);
      await expect(h1(page)).toHaveText('Request New Application Access');
      expect((await control.state()).users[0]!.roles).toEqual([]);
    });
  }

  test('a PTAN that is malformed, unknown, inactive or of another organization is refused', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME, OTHER_ORG], users: [returning] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'DBidS');
    await selectRole(page, 'EU');
    const cases: [string, string][] = [
      ['12345', 'Enter the PTAN as 10 digits'],
      ['9999990001', 'PTAN 9999990001 was not found in PECOS'],
      ['1234560009', 'PTAN 1234560009 is not active in PECOS'],
      ['7654320001', 'PTAN 7654320001 belongs to another organization in PECOS'],
    ];
    for (const [ptan, message] of cases) {
      await enterPtan(page, ptan);
      await expect(page.getByRole('alert')).toContainText(message);
    }
    expect((await control.state()).users[0]!.roles).toEqual([]);
  });

  test('the PTAN must be the same one the person registered with for the other application', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ ...returning, roles: [{ application: 'DBidS', role: 'EU', ptans: ['1234560001'] }] }] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    await enterPtan(page, '1234560002');
    await expect(page.getByRole('alert')).toHaveText('Enter the same PTAN you provided when you registered: your DBidS role is on PTAN 1234560001.');
  });

  test('a role in an application the person already holds cannot be requested (remove it first), even through an edited form', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ ...returning, roles: [{ application: 'DBidS', role: 'EU', ptans: ['1234560001'] }] }] });
    await logIn(page, users[0]!);
    await page.goto('/portal/apps');
    await expect(page.getByRole('region', { name: 'Access Catalog' }).getByRole('region', { name: 'DBidS' }).getByRole('button', { name: 'Request Access' })).toHaveCount(0);
    const connexion = page.getByRole('region', { name: 'Access Catalog' }).getByRole('region', { name: 'Connexion' });
    await connexion.locator('input[name="application"]').evaluate((input) => input.setAttribute('value', 'DBidS'));
    await connexion.getByRole('button', { name: 'Request Access' }).click();
    await expect(page.getByRole('alert')).toContainText('You already hold the EU role in DBidS. To change your role, first remove your current role');
  });
});

test.describe('Enterprise Portal: Identity Verification once, MFA offered once (seed 000 steps 8–9)', () => {
  test('Identity Verification needs the terms agreed and every field; wrong answers are refused and verify nothing', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'nora.new', firstName: 'Nora', lastName: 'Newman', organization: 'acme' }] });
    const nora = users[0]!;
    await logIn(page, nora);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    await expect(h1(page)).toHaveText('Identity Verification');

    const identity = identityOf(nora, 'wrong');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('agree to the Terms and Conditions');
    await page.getByRole('checkbox', { name: 'I agree to the Terms and Conditions' }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Complete every field of Your Information');
    await expect(page.getByText('Enter your 9-digit Social Security Number.')).toBeVisible();
    expect((await control.state()).users[0]!.identityVerified).toBe(false);

    for (const [label, value] of Object.entries(identity.information)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Answer every question');
    const questions = page.getByRole('main').getByRole('group');
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).getByRole('radio', { name: identity.answers[i], exact: true }).check();
    await page.getByRole('button', { name: 'Verify', exact: true }).click();

    await expect(page.getByRole('alert')).toContainText('We could not verify your identity from your answers, so no role can be requested yet');
    const after = (await control.state()).users[0]!;
    expect(after).toMatchObject({ identityVerified: false, mfa: 'not-asked', roles: [] });
    // The request ended: its later pages are not reachable.
    await page.goto('/portal/request/access');
    await expect(h1(page)).toHaveText('Request/Add Apps');
  });

  test('a verified person is not asked again, and the MFA offer is not repeated, even by typing their addresses', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [returning] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    await expect(h1(page)).toHaveText('Request New Application Access');
    await page.goto('/portal/request/identity');
    await expect(h1(page)).toHaveText('Request New Application Access');
    await page.goto('/portal/request/mfa');
    await expect(h1(page)).toHaveText('Request New Application Access');
  });

  test('a never-verified person cannot skip Identity Verification or the MFA offer by typing a later address', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'nora.new', organization: 'acme' }] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    for (const path of ['/portal/request/access', '/portal/request/review', '/portal/request/mfa', '/portal/request/acknowledgement']) {
      await page.goto(path);
      await expect(h1(page)).toHaveText('Identity Verification');
    }
  });

  // The flow itself fails if the portal asks for Identity Verification or the MFA choice when the input has none.
  test('after a first request (identity verified, MFA skipped) the next request asks neither', async ({ page, browser, control, baseURL }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'nora.new', firstName: 'Nora', lastName: 'Newman', organization: 'acme' }] });
    const nora = users[0]!;
    await requestNewRole(page, { credentials: nora, application: 'DBidS', role: 'EU', ptan: '1234560001', identity: identityOf(nora), mfa: 'Skip MFA', letFiveMinutesPass: fiveMinutesOn(control) });
    expect((await control.state()).users[0]).toMatchObject({ identityVerified: true, mfa: 'skipped' });

    const again = await browser.newPage({ baseURL });
    await requestNewRole(again, { credentials: nora, application: 'Connexion', role: 'EU', ptan: '1234560001', letFiveMinutesPass: fiveMinutesOn(control) });
    await again.close();
    expect((await control.state()).users[0]!.roles.map((r) => r.application).sort()).toEqual(['Connexion', 'DBidS']);
  });

  test('Cancel leaves the MFA question open: the next request offers it again', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'nora.new', organization: 'acme', identityVerified: true }] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'DBidS');
    await selectRole(page, 'EU');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Your request was cancelled. No role was requested.');
    const state = await control.state();
    expect(state.users[0]).toMatchObject({ mfa: 'not-asked', roles: [] });
    expect(state.requests).toEqual([]);
    await requestAccess(page, 'DBidS');
    await selectRole(page, 'EU');
    await expect(h1(page)).toHaveText('Multi-Factor Authentication (MFA)');
    await expect(page.getByRole('button', { name: 'Add MFA' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skip MFA' })).toBeVisible();
  });
});

test.describe('Enterprise Portal: DBidS registration closes (REGCL, as in IDM)', () => {
  test('after 16 August 2019, 8:59:59 p.m. ET a DBidS role cannot be requested; Connexion still can', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [returning] });
    await control.setClock('2019-08-17T01:00:00.000Z');
    await logIn(page, users[0]!);
    await requestAccess(page, 'DBidS');
    await expect(page.getByRole('alert')).toHaveText('Registration for DBidS closed on August 16, 2019 at 8:59:59 p.m. Eastern Time, so no new DBidS role can be requested. Connexion registration stays open.');
    await requestAccess(page, 'Connexion');
    await expect(page.getByLabel('Select your new role')).toBeVisible();
  });
});
