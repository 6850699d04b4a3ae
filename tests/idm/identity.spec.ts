import { identityOf } from '../../fixtures/identity.ts';
import { test, expect } from '../../fixtures/test.ts';
import { requestNewRole } from '../../flows/idm/request-new-role.ts';
import { signIn } from './support.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'] };
const scenario = {
  organizations: [acme],
  users: [
    { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion' as const, role: 'AO' as const }] },
    { userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Ulm', email: 'eddie@acme.example', organization: 'acme' },
  ],
};

test.describe('IDM rules: remote identity proofing (RIDP), asked once per person', () => {
  /** Role Request → Connexion, EU → agree to the RIDP terms → Next → the Identity Verification form filled in → Next. */
  async function toQuestions(page: import('@playwright/test').Page, identity: ReturnType<typeof identityOf>) {
    await page.getByRole('button', { name: 'Role Request' }).click();
    await page.getByLabel('Select an Application').selectOption('Connexion');
    await page.getByLabel('Select a Role').selectOption('EU');
    await page.getByRole('checkbox', { name: 'I agree to the terms and conditions' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    const form = page.getByRole('dialog', { name: 'Identity Verification' });
    for (const [label, value] of Object.entries(identity.evidence)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Next' }).click();
  }

  test('a person who fails the proofing questions gets no role and is told what to do next; they are asked again next time', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(scenario);
    const eddie = users[1]!;
    await signIn(page, credentialsOf(eddie));
    const identity = identityOf(eddie, 'wrong');
    await toQuestions(page, identity);
    for (const answer of identity.answers) await page.getByRole('radio', { name: answer, exact: true }).check();
    await page.getByRole('button', { name: 'Verify' }).click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('We could not verify your identity from your answers, so no role can be requested yet');
    await expect(refusal).toContainText(/Experian's phone proofing line .* reference number EXP-\d+/);
    await expect(page.getByRole('group', { name: 'Attribute Menu' })).toHaveCount(0);
    const state = await control.state();
    expect(state.users.find((u) => u.userId === 'eddie.eu')?.identityVerified).toBe(false);
    expect(state.requests).toEqual([]);

    await page.goto('/idm/dashboard');
    await toQuestions(page, identityOf(eddie, 'right'));
    await expect(page.getByRole('dialog', { name: 'RIDP Proofing Questions' })).toBeVisible();
  });

  test('identity verification is asked once: after passing it, the next Role Request skips it', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(scenario);
    const eddie = users[1]!;
    const first = await requestNewRole(page, { credentials: credentialsOf(eddie), application: 'Connexion', role: 'EU', identity: identityOf(eddie), ptans: ['1234560001'], justification: 'Uploads.' });
    expect(first.identityVerificationAsked).toBe(true);
    await page.goto('/idm/role-request');
    await expect(page.getByRole('dialog', { name: 'Role Request' })).toContainText('Your identity is already verified; you are not asked again.');
    await page.getByLabel('Select an Application').selectOption('DMEPOS Bidding System (DBidS)');
    await page.getByLabel('Select a Role').selectOption('EU');
    await page.getByRole('checkbox', { name: 'I agree to the terms and conditions' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('group', { name: 'Attribute Menu' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Identity Verification' })).toHaveCount(0);
  });

  test('the RIDP terms must be agreed to, and every field of the Identity Verification form is required', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario(scenario);
    await signIn(page, credentialsOf(users[1]!));
    await page.getByRole('button', { name: 'Role Request' }).click();
    await page.getByLabel('Select an Application').selectOption('Connexion');
    await page.getByLabel('Select a Role').selectOption('EU');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Check the box "I agree to the terms and conditions" to continue')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Identity Verification' })).toHaveCount(0);

    await page.getByRole('checkbox', { name: 'I agree to the terms and conditions' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    const form = page.getByRole('dialog', { name: 'Identity Verification' });
    await form.getByLabel('Date of Birth', { exact: true }).fill('1970-04-12');
    await form.getByRole('button', { name: 'Next' }).click();
    await expect(form.getByRole('alert')).toContainText('Enter your date of birth as MM/DD/YYYY.');
    await expect(form.getByRole('alert')).toContainText('Enter your 9-digit Social Security Number.');
    await expect(page.getByRole('dialog', { name: 'RIDP Proofing Questions' })).toHaveCount(0);
  });

  for (const mode of ['error', 'timeout'] as const) {
    test(`when the identity service ${mode === 'error' ? 'fails' : 'times out'}, the person sees a clear message and can try again`, async ({ page, control, credentialsOf }) => {
      const { users } = await control.scenario(scenario);
      const eddie = users[1]!;
      await signIn(page, credentialsOf(eddie));
      await control.fault('identity.proofing', 1, mode);
      const identity = identityOf(eddie);
      await toQuestions(page, identity);
      await expect(page.getByRole('dialog', { name: 'Identity Verification' }).getByRole('alert')).toContainText('The identity verification service is not answering right now. Nothing was changed');
      await page.getByRole('dialog', { name: 'Identity Verification' }).getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('dialog', { name: 'RIDP Proofing Questions' })).toBeVisible();
    });
  }
});
