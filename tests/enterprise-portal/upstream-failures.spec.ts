import { test, expect } from '../../fixtures/test.ts';
import { ACME, enterPtan, h1, logIn, requestAccess, selectRole } from './helpers.ts';

test.describe('Enterprise Portal when PECOS, identity proofing or e-mail fail', () => {
  test('PECOS not answering: the PTAN step says to try again and nothing is requested; the retry works', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'eddie.eu', organization: 'acme', identityVerified: true, mfa: 'skipped' }] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    await control.fault('pecos.lookup', 1);
    await enterPtan(page, '1234560001');
    await expect(page.getByRole('alert')).toContainText('PECOS is not answering right now');
    expect((await control.state()).requests).toEqual([]);
    await enterPtan(page, '1234560001');
    await expect(h1(page)).toHaveText('Request New Application Access Review');
  });

  test('identity proofing not answering: the person is told to try again and is not verified', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'nora.new', organization: 'acme' }] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'Connexion');
    await selectRole(page, 'EU');
    await control.fault('identity.proofing', 1);
    await page.getByRole('checkbox', { name: 'I agree to the Terms and Conditions' }).check();
    const info: Record<string, string> = {
      'First Name': 'Nora', 'Last Name': 'Newman', 'Date of Birth': '04/12/1971', 'Social Security Number': '123-45-6789', 'Home Address': '12 Elm Street',
      City: 'Columbia', State: 'SC', 'ZIP Code': '29201', 'Phone Number': '803-555-0142', 'E-mail Address': 'nora@example.test',
    };
    for (const [label, value] of Object.entries(info)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('The identity verification service is not answering right now');
    await expect(page.getByRole('textbox', { name: 'City', exact: true })).toHaveValue('Columbia');
    expect((await control.state()).users[0]!.identityVerified).toBe(false);
  });

  test('the verification e-mail cannot be sent: the request still stands and the page says so', async ({ page, control }) => {
    const { users } = await control.scenario({ organizations: [ACME], users: [{ userId: 'eddie.eu', organization: 'acme', identityVerified: true, mfa: 'skipped' }] });
    await logIn(page, users[0]!);
    await requestAccess(page, 'DBidS');
    await selectRole(page, 'EU');
    await enterPtan(page, '1234560001');
    await control.fault('mail.send', 2);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(h1(page)).toHaveText('Request New Application Access Acknowledgement');
    await expect(page.getByText('We could not send the verification email right now')).toBeVisible();
    expect((await control.state()).requests).toMatchObject([{ status: 'approved', system: 'enterprise-portal' }]);
  });
});
