import { test, expect } from '../../fixtures/test.ts';
import { postForm, signIn, textOf } from './support.ts';

const acme = { id: 'acme', legalBusinessName: 'Acme Medical Supply LLC', ptans: ['1234560001', '1234560002'], authorizedOfficials: ['jane.ao'] };

test.describe('IDM rules: nothing about another user can be seen or changed by editing a URL', () => {
  test('another person\'s request, role and windows are not reachable by URL', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });
    // Eddie asks for another PTAN; Jane then tries to read and act on Eddie's things.
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/roles/Connexion/edit');
    await postForm(page, '/idm/roles/Connexion/edit', { ptan: '1234560002', justification: 'Second location.' });
    const [request] = await control.requests();
    await page.context().clearCookies();

    await signIn(page, credentialsOf(users[0]!));
    for (const path of [`/idm/role-request/submitted/${request!.id}`, `/idm/roles/Connexion/edit/submitted/${request!.id}`, `/idm/roles/removed/${request!.id}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await textOf(response)).toContain(`You have no request with the ID ${request!.id}`);
    }
    for (const path of ['/idm/roles/DBidS', '/idm/roles/DBidS/edit', '/idm/roles/DBidS/remove', '/idm/roles/Nowhere']) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    const removeMissing = await postForm(page, '/idm/roles/DBidS/remove', {});
    expect(removeMissing.status()).toBe(404);
    expect(await textOf(removeMissing)).toContain('You do not hold a DBidS role');
    const myRequests = await textOf(await page.request.get('/idm/requests'));
    expect(myRequests).not.toContain(request!.id);
    expect((await control.state()).users.find((u) => u.userId === 'eddie.eu')?.roles).toHaveLength(1);
  });

  test('the IDM windows need a signed-in person', async ({ page, control }) => {
    await control.scenario({ users: [{ userId: 'jane.ao' }] });
    for (const path of ['/idm/roles', '/idm/role-request', '/idm/profile', '/idm/requests', '/idm/approvals']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Sign In' }), path).toBeVisible();
    }
  });

  test('My Requests cancels only one\'s own pending request', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({
      organizations: [acme],
      users: [
        { userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] },
        { userId: 'eddie.eu', organization: 'acme', roles: [{ application: 'Connexion', role: 'EU', ptans: ['1234560001'] }] },
      ],
    });
    await signIn(page, credentialsOf(users[1]!));
    await page.goto('/idm/roles/Connexion/edit');
    await postForm(page, '/idm/roles/Connexion/edit', { ptan: '1234560002', justification: 'Second location.' });
    const [request] = await control.requests();
    await page.context().clearCookies();

    await signIn(page, credentialsOf(users[0]!));
    const someoneElses = await postForm(page, `/idm/requests/${request!.id}/cancel`, {});
    expect(someoneElses.status()).toBe(404);
    expect((await control.requests())[0]?.status).toBe('pending');
    await page.context().clearCookies();

    await signIn(page, credentialsOf(users[1]!));
    await page.getByRole('link', { name: /^My Requests/ }).click();
    await page.getByRole('button', { name: `Cancel Request ${request!.id}` }).click();
    await expect(page.getByRole('status')).toContainText(`Request ${request!.id} was cancelled.`);
    expect((await control.requests())[0]).toMatchObject({ status: 'rejected', decisionReason: 'Cancelled by the requester.' });
    expect(await postForm(page, `/idm/requests/${request!.id}/cancel`, {}).then((r) => r.status())).toBe(409);
  });
});
