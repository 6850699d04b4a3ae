import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { HttpUser } from '../../fixtures/http-user.ts';
import { test, expect } from '../../fixtures/test.ts';
import { validFields } from './connexion-http.ts';
import { logInToConnexion } from './log-in.ts';
import type { Page } from '@playwright/test';

const NO_ACCESS = 'Your CMS IDM System account does not have Connexion access.';

async function logIn(page: Page, userId: string, password: string, code: () => Promise<string>) {
  await page.goto('/connexion/');
  await page.getByLabel('User ID').fill(userId);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByLabel('Verification Code').fill(await code());
  await page.getByRole('button', { name: 'Verify' }).click();
}

test.describe('Connexion access (seeds 002, 004)', () => {
  test('an IDM account without a Connexion role is turned away with the way to get access', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'dana.dbids', roles: [{ application: 'DBidS', role: 'EU' }] }] });
    const dana = credentialsOf(users[0]!);
    await logIn(page, dana.userId, dana.password, dana.verificationCode);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(NO_ACCESS);
    await expect(alert).toContainText('select Role Request and request a Connexion role');
    await expect(alert).toContainText('877-577-5331');
    await page.goto('/connexion/dashboard');
    await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
  });

  test('the pages of Connexion need a log-in; an upload without one is sent to the log-in and changes nothing', async ({ page, control, playwright, baseURL }) => {
    for (const path of ['/connexion/dashboard', '/connexion/documents/upload', '/connexion/documents/history']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
    }
    await control.scenario({ organizations: [{ id: 'acme', bidderNumbers: ['210001'] }], users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    // A complete, valid upload with the CSRF token of the visitor's own session: only the missing log-in is wrong.
    const visitor = await HttpUser.anonymous(playwright, baseURL ?? '');
    const before = await control.state();
    const answer = await visitor.postFile('/connexion/documents/upload', validFields('jane.ao'), { field: 'file', name: 'balance-sheet.pdf', buffer: Buffer.from(await pdfBytes('Balance Sheet')) }, '/connexion/');
    await visitor.dispose();
    expect(answer.status).toBe(302);
    expect(answer.location).toBe('/connexion/');
    expect(await control.state()).toEqual(before);
  });

  test('after 30 idle minutes the session ends and Connexion asks to log in again', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'jane.ao', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    await logInToConnexion(page, credentialsOf(users[0]!));
    await control.advanceMinutes(31);
    await page.getByRole('link', { name: 'My Upload History' }).click();
    await expect(page.getByText('Your session ended after 30 minutes of inactivity.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
  });

  test('Log Out ends the Connexion session', async ({ page, control, credentialsOf }) => {
    const { users } = await control.scenario({ users: [{ userId: 'jane.ao', roles: [{ application: 'Connexion', role: 'AO' }] }] });
    await logInToConnexion(page, credentialsOf(users[0]!));
    await page.getByRole('button', { name: 'Log Out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    await page.goto('/connexion/dashboard');
    await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
  });
});
