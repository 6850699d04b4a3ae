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
    await openManageMyRoles(page, s);
    await expect(roleOf(page, application)).toBeVisible();
  });
  await run.step(6, async (s) => {
    const details = await s.find('button', 'View Details', roleOf(page, application));
    await s.target(details);
    await details.click();
    await expect(await s.see('dialog', 'Application Roles')).toBeVisible();
  });
  await run.step(7, async (s) => {
    const modify = await s.find('button', 'Modify Role', idmWindow(page, 'Application Roles'));
    await s.target(modify);
    await modify.click();
    await expect(await s.see('dialog', 'Edit Role Details')).toBeVisible();
  });
  return edit;
}
