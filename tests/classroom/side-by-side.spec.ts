import { expect, type Browser, type Page } from '@playwright/test';
import { test } from '../../fixtures/test.ts';
import { unlockAccount } from '../../flows/idm/recover-account.ts';
import { removeRole } from '../../flows/idm/remove-role.ts';
import { signInToIdm } from '../../flows/idm/sign-in.ts';
import { ProcedureRun } from '../../flows/step.ts';
import type { Credentials } from '../../flows/types.ts';
import type { RosterEntry } from '../../mock-portal/domain/classroom/class.ts';
import { personOf, seedClass, traineePart } from './class-world.ts';

/** A trainee at their own machine: a browser of their own, reading codes in their own mailbox page as the roster says. */
async function traineeAt(browser: Browser, baseURL: string, entry: RosterEntry) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const mailbox = await context.newPage();
  const credentialsOf = (suffix: string): Credentials => {
    const person = personOf(entry, suffix);
    return {
      userId: person.userId,
      password: person.password,
      verificationCode: async () => {
        await mailbox.goto(entry.mailboxPath);
        await mailbox.getByRole('link', { name: /verification code/ }).first().click();
        const text = (await mailbox.locator('.mail-text').textContent()) ?? '';
        return /verification code is (\d+)/.exec(text)?.[1] ?? '';
      },
    };
  };
  return { page, mailbox, credentialsOf, close: () => context.close() };
}

/** The addresses a mailbox page lists. */
async function addressesIn(mailbox: Page, path: string): Promise<string[]> {
  await mailbox.goto(path);
  return [...new Set(await mailbox.getByRole('row').locator('td:nth-child(2)').allTextContents())];
}

test.describe('a class on one mock, in the browser', () => {
  test("two trainees follow procedures side by side, each with their own codes, and neither disturbs the other", async ({ browser, baseURL, request, control }) => {
    const [t01Entry, t02Entry] = await seedClass(request, baseURL!, 2);
    const seeded = await control.state();
    const t01 = await traineeAt(browser, baseURL!, t01Entry!);
    const t02 = await traineeAt(browser, baseURL!, t02Entry!);

    // At the same time: t01's EU removes their Connexion role (idm.remove-role); t02's EU signs in to IDM.
    const [removed] = await Promise.all([
      removeRole(t01.page, { credentials: t01.credentialsOf('eu'), application: 'Connexion' }),
      signInToIdm(new ProcedureRun(t02.page, 'idm.remove-role'), t02.credentialsOf('eu')),
    ]);

    expect(removed.roles).toEqual([]);
    await expect(t02.page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
    expect(await addressesIn(t01.mailbox, '/mailbox/t01/')).toEqual(['t01.eu@example.test']);
    expect(await addressesIn(t02.mailbox, '/mailbox/t02/')).toEqual(['t02.eu@example.test']);
    const after = await control.state();
    expect(after.users.find((u) => u.userId === 't01.eu')?.roles).toEqual([]);
    expect(after.organizations.find((o) => o.id === 't02')).toEqual(seeded.organizations.find((o) => o.id === 't02'));
    expect(after.requests.filter((r) => r.organizationId === 't02')).toEqual([]);
    expect(after.users.filter((u) => u.organizationId === 't02').map((u) => u.roles)).toEqual(seeded.users.filter((u) => u.organizationId === 't02').map((u) => u.roles));
    await Promise.all([t01.close(), t02.close()]);
  });

  test("the trainer's page shows what each trainee did last, and its Reset button puts back only that trainee's world", async ({ browser, baseURL, page, request, control }) => {
    const roster = await seedClass(request, baseURL!, 2);
    const seeded = await control.state();
    const t01 = await traineeAt(browser, baseURL!, roster[0]!);
    await removeRole(t01.page, { credentials: t01.credentialsOf('eu'), application: 'Connexion' });

    await page.goto('/class/');
    const row = (id: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: id }) });
    await expect(row('t01')).toContainText('t01.eu, ');
    await expect(row('t02')).toContainText('nothing yet');
    const beforeReset = await control.state();
    await row('t01').getByRole('button', { name: 'Reset t01' }).click();
    await expect(page.getByRole('status')).toHaveText("t01's world is back as it was seeded; their people were signed out.");

    const after = await control.state();
    expect(traineePart(after, 't01')).toEqual(traineePart(seeded, 't01'));
    expect(traineePart(after, 't02')).toEqual(traineePart(beforeReset, 't02'));
    await t01.mailbox.goto('/mailbox/t01/');
    await expect(t01.mailbox.getByText('No messages yet.')).toBeVisible();
    await t01.page.reload();
    await expect(t01.page.getByRole('button', { name: 'Sign In' })).toBeVisible(); // signed out by the reset
    await t01.close();
  });

  test("a trainee follows Unlock Account on their own locked-out person, codes from their own mailbox; the trainee's reset locks them again", async ({ browser, baseURL, request, control }) => {
    const roster = await seedClass(request, baseURL!, 2);
    const t02 = await traineeAt(browser, baseURL!, roster[1]!);
    const locked = t02.credentialsOf('locked');
    const lockedOf = async (userId: string) => (await control.state()).users.find((u) => u.userId === userId)?.locked;
    expect([await lockedOf('t01.locked'), await lockedOf('t02.locked')]).toEqual([true, true]);

    const result = await unlockAccount(t02.page, { userId: locked.userId, sendTo: 'Email', verificationCode: locked.verificationCode });

    expect(result.message).toBe('Your account is unlocked. Sign in with your user ID and password.');
    expect([await lockedOf('t01.locked'), await lockedOf('t02.locked')]).toEqual([true, false]);
    expect(await addressesIn(t02.mailbox, '/mailbox/t02/')).toEqual(['t02.locked@example.test']);
    expect((await request.post(`${baseURL}/__admin/reset`, { data: { trainee: 't02' } })).status()).toBe(204);
    expect(await lockedOf('t02.locked')).toBe(true);
    await t02.close();
  });
});
