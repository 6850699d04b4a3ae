import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import { logInToEnterprisePortal, type PortalCredentials } from './sign-in.ts';

export type PortalApplication = 'DBidS' | 'Connexion';

export interface RemoveRoleInput {
  credentials: PortalCredentials;
  /** The application whose role to remove. */
  application: PortalApplication;
}

export interface RemoveRoleResult {
  /** The confirmation the portal showed after OK. */
  message: string;
}

/**
 * Seed 000 "Removing and/or Changing a Role" (ep.remove-role), steps 1–8. Checks the documented outcome: the role
 * is no longer in the My Access panel.
 */
export async function removeRole(page: Page, input: RemoveRoleInput): Promise<RemoveRoleResult> {
  const run = new ProcedureRun(page, 'ep.remove-role');
  await logInToEnterprisePortal(run, input.credentials);
  const myAccess = page.getByRole('region', { name: 'My Access', exact: true });

  await run.step(5, async (s) => {
    const apps = await s.find('button', 'Request/Add Apps');
    await s.target(apps);
    await apps.click();
    await expect(await s.see('region', 'My Access')).toBeVisible();
  });
  await run.step(6, async (s) => {
    const application = myAccess.getByRole('region', { name: input.application });
    await expect(application).toBeVisible();
    const remove = await s.find('button', 'Remove Role', application);
    await s.target(remove);
    await remove.click();
    await expect(await s.see('heading', 'Request to Remove Role')).toBeVisible();
  });
  await run.step(7, async (s) => {
    await expect(await s.see('columnheader', 'Remove a Role')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: input.application });
    const remove = await s.find('button', 'Remove', row);
    await s.target(remove);
    await remove.click();
  });
  return run.step(8, async (s) => {
    const box = page.getByRole('dialog');
    await expect(box).toBeVisible();
    const ok = await s.find('button', 'OK', box);
    await s.target(ok);
    await ok.click();
    const notice = page.getByRole('status').filter({ hasText: 'was removed' });
    await expect(notice).toBeVisible();
    await expect(myAccess.getByRole('region', { name: input.application })).toHaveCount(0);
    return { message: (await notice.innerText()).trim() };
  });
}
