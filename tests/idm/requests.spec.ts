import { test, expect } from '../../fixtures/test.ts';
import { readMyRequests } from '../../flows/idm/sign-in.ts';
import { alertOf, signIn, startRoleRequest } from './support.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] };

test.describe('IDM rules: requests need a justification, wait for an approver and grant nothing until approved', () => {
  test('Submit Role Request without a justification is refused and nothing is submitted', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', identityVerified: true },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await startRoleRequest(page, 'Connexion', 'EU');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    const before = await control.state();
    await page.getByLabel('Justification').fill('   ');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    await expect(page.getByRole('dialog', { name: 'Reason for Request' }).getByRole('alert')).toContainText('Enter a justification');
    expect(await control.state()).toEqual(before);
    expect(await readMyRequests(page)).toBe(0);
  });

  test('Edit Role Details without a justification statement is refused', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO', ptans: ['1234560001'] }] }],
    });
    await signIn(page, credentialsOf(users[0]!));
    await page.goto('/idm/roles/Connexion/edit');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560002');
    await page.getByRole('button', { name: 'Submit Changes' }).click();
    await expect(alertOf(page)).toContainText('Enter a justification');
    expect(await control.requests()).toEqual([]);
  });

  test('a pending request grants nothing; the CBIC queue (control API) approves an AO request and the requester is e-mailed', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', email: 'jane@acme.example', organization: 'acme', identityVerified: true }],
    });
    await signIn(page, credentialsOf(users[0]!));
    await startRoleRequest(page, 'Connexion', 'AO');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    await page.getByLabel('Justification').fill('I am the AO on our CMS-855S.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    const id = /Request ID:\s*(\d+)/.exec((await page.getByRole('dialog', { name: 'Role Request' }).textContent()) ?? '')?.[1] ?? '';

    // Until then the role grants nothing.
    await page.goto('/idm/roles');
    await expect(page.getByRole('dialog', { name: 'Manage My Roles' })).toContainText('You have no roles.');
    await expect(page.getByRole('dialog', { name: 'Manage My Roles' })).toContainText(`request ${id}`);
    expect(await readMyRequests(page)).toBe(1);

    const decided = await control.decide(id, 'approve');
    expect(decided).toMatchObject({ id, status: 'approved', decidedBy: 'CBIC' });
    expect((await control.mail('jane@acme.example'))[0]).toMatchObject({ subject: `Your request ${id} was approved` });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Connexion' })).toContainText('Authorized Official (AO)');
    expect(await readMyRequests(page)).toBe(0);
  });

  test('a rejected request grants nothing and the requester is e-mailed with the reason', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [{ userId: 'jane.ao', email: 'jane@acme.example', organization: 'acme', identityVerified: true }],
    });
    await signIn(page, credentialsOf(users[0]!));
    await startRoleRequest(page, 'Connexion', 'AO');
    await page.getByLabel('PTAN', { exact: true }).fill('1234560001');
    await page.getByRole('button', { name: 'Review Request' }).click();
    await page.getByLabel('Justification').fill('I am the AO.');
    await page.getByRole('button', { name: 'Submit Role Request' }).click();
    const [request] = await control.requests();

    await control.decide(request!.id, 'reject', 'Not on the enrollment record');
    const mail = (await control.mail('jane@acme.example'))[0];
    expect(mail?.subject).toBe(`Your request ${request!.id} was rejected`);
    expect(mail?.text).toContain('Not on the enrollment record');
    expect((await control.state()).users[0]?.roles).toEqual([]);
  });
});
