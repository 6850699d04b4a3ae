/**
 * Rules 14, 19 and 30, each broken in the browser: failed online proofing goes to phone proofing, then the help
 * desk; a BAO or EU request of an organization without an approved AO stays pending; a person whose DBidS and
 * Connexion roles differ is told where they sign in.
 */
import { test, expect } from '../../fixtures/test.ts';
import { identityOf, IDENTITY_FORM } from '../../fixtures/identity.ts';
import type { Page } from '@playwright/test';
import { requestNewRole } from '../../flows/idm/request-new-role.ts';
import { signIn, startRoleRequest } from './support.ts';
import { HttpUser } from '../../fixtures/http-user.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] };

async function failOnlineProofing(page: Page, person: { userId: string; firstName: string; lastName: string; email: string }): Promise<string> {
  await page.goto('/idm/role-request');
  await page.getByLabel('Select an Application').selectOption('Connexion');
  await page.getByLabel('Select a Role').selectOption('EU');
  await page.getByRole('checkbox', { name: 'I agree to the terms and conditions' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  const identity = identityOf(person, 'wrong');
  const form = page.getByRole('dialog', { name: 'Identity Verification' });
  for (const [label, value] of Object.entries(identity.evidence)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Next' }).click();
  for (const answer of identity.answers) await page.getByRole('radio', { name: answer, exact: true }).check();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('We could not verify your identity from your answers');
  return /reference number (EXP-\d+)/.exec((await page.getByRole('alert').textContent()) ?? '')?.[1] ?? '';
}

async function callExperian(page: Page, reference: string, dateOfBirth: string): Promise<void> {
  await page.goto('/experian/');
  await page.getByLabel('Reference Number').fill(reference);
  await page.getByLabel('Date of Birth').fill(dateOfBirth);
  await page.getByLabel('Last 4 digits of your Social Security Number').fill(IDENTITY_FORM['Social Security Number'].slice(-4));
  await page.getByRole('button', { name: 'Confirm Details' }).click();
}

test.describe('rule 14: failed online proofing → phone proofing → the help desk', () => {
  test('Experian verifies the person by phone; Check Phone Proofing goes on to the attribute menu and the request is made', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ organizations: [acme], users: [{ userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Ulm', organization: 'acme' }] });
    const eddie = users[0]!;
    await signIn(page, credentialsOf(eddie));
    const reference = await failOnlineProofing(page, eddie);
    await page.getByRole('button', { name: 'Check Phone Proofing' }).click();
    await expect(page.getByRole('alert')).toContainText(`Experian has not verified you by phone yet. Call Experian's phone proofing line (1-866-578-5409) and give reference number ${reference}`);

    await callExperian(page, reference, IDENTITY_FORM['Date of Birth']);
    await expect(page.getByRole('status')).toContainText('Experian verified your identity');
    await page.goto('/idm/role-request/identity');
    await page.getByRole('button', { name: 'Check Phone Proofing' }).click();
    await expect(page.getByRole('status')).toContainText('Experian verified your identity by phone.');
    await expect(page.getByRole('group', { name: 'Attribute Menu' })).toBeVisible();
    expect((await control.state()).users[0]?.identityVerified).toBe(true);
  });

  test('Experian cannot verify the person by phone: the page sends them to the help desk and no role can be requested', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ organizations: [acme], users: [{ userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Ulm', organization: 'acme' }] });
    await signIn(page, credentialsOf(users[0]!));
    const reference = await failOnlineProofing(page, users[0]!);
    await callExperian(page, reference, '01/01/1999');
    await expect(page.getByRole('status')).toContainText('Experian could not verify your identity by phone');
    await page.goto('/idm/role-request/identity');
    await page.getByRole('button', { name: 'Check Phone Proofing' }).click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText(`Experian could not verify your identity by phone (reference number ${reference})`);
    await expect(refusal).toContainText('call the CBIC customer service center at 877-577-5331');
    await expect(page.getByRole('button', { name: 'Check Phone Proofing' })).toHaveCount(0);
    const state = await control.state();
    expect(state.users[0]).toMatchObject({ identityVerified: false, phoneProofing: { referenceNumber: reference, status: 'failed' } });
    expect(state.requests).toEqual([]);
  });
});

test.describe('rule 19: the AO registers first', () => {
  test('an EU request of an organization with no approved AO stays pending, the page says why, and it cannot be approved', async ({ page, control, credentialsOf, request, baseURL }) => {
    const { users } = await control.scenario({ organizations: [acme], users: [{ userId: 'eddie.eu', organization: 'acme', identityVerified: true }] });
    await signIn(page, credentialsOf(users[0]!));
    await startRoleRequest(page, 'Connexion', 'EU');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Review Request' }).click();
    await page.getByLabel('Justification').fill('I upload our bidding documents.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    const window = page.getByRole('dialog', { name: 'Role Request' });
    await expect(window.getByRole('status')).toContainText('successfully submitted to an approver for action');
    await expect(window.getByRole('alert')).toContainText('Acme Medical Supply LLC has no approved Authorized Official (AO) in Connexion yet. The AO must register first');

    const [pending] = await control.requests();
    const before = await control.state();
    const approve = await request.post(`${baseURL}/__admin/requests/${pending!.id}/approve`, { data: {} });
    expect(approve.status()).toBe(409);
    expect(JSON.stringify(await approve.json())).toContain('The AO must register first');
    // Refused: the request stays pending, no role is granted, nothing else changes either.
    expect(await control.state()).toEqual(before);
    expect(before.requests[0]).toMatchObject({ status: 'pending' });

    // Once the AO holds the role, the same request can be approved.
    await control.scenario({ users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    expect((await control.decide(pending!.id, 'approve')).status).toBe('approved');
  });

  test('with an approved AO the request shows no such warning', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ organizations: [acme], users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }, { userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Ulm', organization: 'acme' }] });
    const eddie = users[1]!;
    await requestNewRole(page, { credentials: credentialsOf(eddie), application: 'Connexion', role: 'EU', identity: identityOf(eddie), ptans: ['1234560001'], justification: 'Uploads.' });
    await expect(page.getByRole('dialog', { name: 'Role Request' }).getByRole('alert')).toHaveCount(0);
  });
});

test.describe('rule 30: the same role and PTAN in DBidS and Connexion', () => {
  test('a person whose roles differ is told what to correct on the IDM dashboard, the Connexion dashboard and the DBidS home page', async ({ page, playwright, control, credentialsOf, baseURL }) => {
    const { users } = await control.scenario({
      organizations: [{ ...acme, bidderNumbers: ['210001'] }],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'DBidS', role: 'AO', ptans: ['1234560001'] }, { application: 'Connexion', role: 'AO', ptans: ['1234560002'] }] }],
    });
    const jane = users[0]!;
    const flagged = 'Your DBidS role (AO on PTAN 1234560001) and your Connexion role (AO on PTAN 1234560002) differ.';
    await signIn(page, credentialsOf(jane));
    await expect(page.getByRole('alert')).toContainText(flagged);
    await expect(page.getByRole('alert')).toContainText('PTAN 1234560001 is on your DBidS role only; PTAN 1234560002 is on your Connexion role only');
    for (const system of ['connexion', 'dbids'] as const) {
      const person = await HttpUser.signIn(playwright, baseURL ?? '', control, system, jane);
      const home = await person.get(system === 'connexion' ? '/connexion/dashboard' : '/dbids/bids');
      expect(home.text.replace(/&#39;|&rsquo;/g, "'")).toContain(flagged);
      await person.dispose();
    }
  });

  test('the same role on the same PTAN is not flagged', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ organizations: [acme], users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'DBidS', role: 'AO' }, { application: 'Connexion', role: 'AO' }] }] });
    await signIn(page, credentialsOf(users[0]!));
    await expect(page.getByRole('heading', { name: 'Your DBidS and Connexion roles do not match' })).toHaveCount(0);
  });
});
