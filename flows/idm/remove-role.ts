import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { signInToIdm } from './sign-in.ts';
import { idmWindow, openManageMyRoles, readRoles, readSubmitted, roleOf, type IdmApplication, type ShownRole } from './windows.ts';

export interface RemoveRoleInput {
  credentials: Credentials;
  /** The application whose role is removed. */
  application: IdmApplication;
}

export interface RemoveRoleResult {
  requestId: string;
  message: string;
  /** The user's current roles, as Manage My Roles shows them at the end. */
  roles: ShownRole[];
}

/** Seed 001 "How to Remove a Role" (idm.remove-role). */
export async function removeRole(page: Page, input: RemoveRoleInput): Promise<RemoveRoleResult> {
  const run = new ProcedureRun(page, 'idm.remove-role');
  await signInToIdm(run, input.credentials);

  await run.step(5, async (s) => {
    await openManageMyRoles(page, s.target);
    await expect(roleOf(page, input.application)).toBeVisible();
  });
  await run.step(6, async (s) => {
    const remove = roleOf(page, input.application).getByRole('button', { name: 'Remove Role' });
    await s.target(remove);
    await remove.click();
    await expect(idmWindow(page, 'Remove Role')).toBeVisible();
  });
  const submitted = await run.step(7, async (s) => {
    const remove = idmWindow(page, 'Remove Role').getByRole('button', { name: 'Remove Role' });
    await s.target(remove);
    await remove.click();
    return readSubmitted(idmWindow(page, 'Manage My Roles'), /request was successfully submitted/);
  });
  return run.step(8, async (s) => {
    const go = idmWindow(page, 'Manage My Roles').getByRole('button', { name: 'Go to My Roles' });
    await s.target(go);
    await go.click();
    await expect(roleOf(page, input.application)).toHaveCount(0);
    return { ...submitted, roles: await readRoles(page) };
  });
}
