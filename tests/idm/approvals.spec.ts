import { identityOf } from '../../fixtures/identity.ts';
import { test, expect } from '../../fixtures/test.ts';
import { approveRequest } from '../../flows/idm/approve-request.ts';
import { requestNewRole } from '../../flows/idm/request-new-role.ts';
import { readRoles } from '../../flows/idm/windows.ts';
import { logInToConnexion } from '../connexion-uploads/log-in.ts';
import { postForm, signIn, textOf } from './support.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao', 'bob.bao', 'beth.ao'] };

test.describe('IDM approvals: the AO, or a BAO for EUs, decides on the approver page', () => {
  test('an EU requests Connexion, the BAO approves it on Pending Approvals, and the EU\'s Manage My Roles shows the role, which then opens Connexion', async ({ browser, page, control, credentialsOf }) => {
    test.slow(); // three sign-ins, proofing and two systems
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'bob.bao', organization: 'acme', roles: [{ application: 'Connexion', role: 'BAO' }] },
        { userId: 'eddie.eu', firstName: 'Eddie', lastName: 'Ulm', email: 'eddie@acme.example', organization: 'acme' },
      ],
    });
    const [, bob, eddie] = users;

    const requested = await requestNewRole(page, {
      credentials: credentialsOf(eddie!),
      application: 'Connexion',
      role: 'EU',
      identity: identityOf(eddie!),
      ptans: ['1234560002'],
      justification: 'I upload our documents.',
    });

    // Until approved, the request grants nothing: Connexion turns Eddie away.
    const eddieCredentials = credentialsOf(eddie!);
    await page.goto('/connexion/');
    await page.getByLabel('User ID').fill(eddie!.userId);
    await page.getByLabel('Password').fill(eddie!.password);
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.getByLabel('Verification Code').fill(await eddieCredentials.verificationCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toContainText('does not have Connexion access');

    const approverContext = await browser.newContext({ baseURL: control.baseURL });
    const approverPage = await approverContext.newPage();
    await approveRequest(approverPage, { credentials: credentialsOf(bob!), requestId: requested.requestId });
    await approverContext.close();
    expect(await control.requests()).toEqual([expect.objectContaining({ id: requested.requestId, status: 'approved', decidedBy: 'bob.bao' })]);

    expect((await control.mail('eddie@acme.example'))[0]?.subject).toBe(`Your request ${requested.requestId} was approved`);
    await page.goto('/idm/roles');
    expect(await readRoles(page)).toEqual([{ application: 'Connexion', role: 'End User (EU)', ptans: ['1234560002'] }]);
    // The role in use: Eddie now gets into Connexion.
    await logInToConnexion(page, credentialsOf(eddie!));
  });

  test('a BAO cannot decide a BAO request (only the AO can), nor can an EU; the AO can', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'bob.bao', organization: 'acme', roles: [{ application: 'Connexion', role: 'BAO' }] },
        { userId: 'beth.ao', organization: 'acme', identityVerified: true },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU' }] },
      ],
    });
    const [jane, bob, beth, eddie] = users;

    // beth (an AO on the CMS-855S) requests BAO.
    await signIn(page, credentialsOf(beth!));
    await page.getByRole('button', { name: 'Role Request' }).click();
    await page.getByLabel('Select an Application').selectOption('Connexion');
    await page.getByLabel('Select a Role').selectOption('BAO');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Review Request' }).click();
    await page.getByLabel('Justification').fill('Backup for Jane.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    const [request] = await control.requests();
    await page.context().clearCookies();

    for (const person of [bob!, eddie!]) {
      await signIn(page, credentialsOf(person));
      await page.goto('/idm/approvals');
      await expect(page.getByRole('region', { name: `Request ${request!.id}` })).toHaveCount(0);
      const response = await postForm(page, `/idm/approvals/${request!.id}/approve`, {});
      expect(response.status()).toBe(403);
      expect(await textOf(response)).toContain(`Request ${request!.id} is not waiting on you`);
      await page.context().clearCookies();
    }
    expect((await control.requests())[0]?.status).toBe('pending');

    const approverPage = page;
    await approveRequest(approverPage, { credentials: credentialsOf(jane!), requestId: request!.id, decision: 'reject', reason: 'We have a BAO already.' });
    expect((await control.requests())[0]).toMatchObject({ status: 'rejected', decidedBy: 'jane.ao', decisionReason: 'We have a BAO already.' });
  });

  test('an AO request waits in the CBIC queue: no AO or BAO of the organization sees it', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'bob.bao', organization: 'acme', roles: [{ application: 'Connexion', role: 'BAO' }] },
        { userId: 'beth.ao', organization: 'acme', identityVerified: true },
      ],
    });
    const [jane, bob, beth] = users;
    await signIn(page, credentialsOf(beth!));
    await page.getByRole('button', { name: 'Role Request' }).click();
    await page.getByLabel('Select an Application').selectOption('Connexion');
    await page.getByLabel('Select a Role').selectOption('AO');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    await page.getByLabel('Justification').fill('Second AO.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    await page.context().clearCookies();

    const [request] = await control.requests();
    expect(request).toMatchObject({ userId: 'beth.ao', role: 'AO', status: 'pending' });

    for (const approver of [jane!, bob!]) {
      await signIn(page, credentialsOf(approver));
      await page.getByRole('link', { name: /^Pending Approvals/ }).click();
      await expect(page.getByRole('dialog', { name: 'Pending Approvals' })).toContainText('No requests are waiting on you.');
      const response = await postForm(page, `/idm/approvals/${request!.id}/approve`, {});
      expect(response.status(), approver.userId).toBe(403);
      await page.context().clearCookies();
    }
    expect(await control.requests()).toEqual([expect.objectContaining({ id: request!.id, role: 'AO', status: 'pending' })]);
  });
});
