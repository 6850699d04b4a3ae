import { expect, type Locator } from '@playwright/test';
import type { ProcedureRun } from '../step.ts';
import { idmWindow, openManageMyRoles, roleOf, type IdmApplication } from './windows.ts';

/**
 * Steps 5–7 shared word for word by "How to Update PTAN/Organization Information for an Existing Role" and "How to
 * Remove PTANs from a Role": Manage My Roles → View Details (Application Roles) → Modify Role. Returns the Edit Role
 * Details window.
 */
export async function openEditRoleDetails(run: ProcedureRun, application: IdmApplication): Promise<Locator> {
  const { page } = run;
  const edit = idmWindow(page, 'Edit Role Details');
  await run.step(5, async (s) => {
    await openManageMyRoles(page, s.target);
    await expect(roleOf(page, application)).toBeVisible();
  });
  await run.step(6, async (s) => {
    const details = roleOf(page, application).getByRole('button', { name: 'View Details' });
    await s.target(details);
    await details.click();
    await expect(idmWindow(page, 'Application Roles')).toBeVisible();
  });
  await run.step(7, async (s) => {
    const modify = idmWindow(page, 'Application Roles').getByRole('button', { name: 'Modify Role' });
    await s.target(modify);
    await modify.click();
    await expect(edit).toBeVisible();
  });
  return edit;
}
